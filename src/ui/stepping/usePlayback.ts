import { useEffect } from 'react';
import { useKdflow } from '../../store/react';

/** While playing, advances one step per interval; the store stops at the last step. */
export function usePlayback(): void {
  const playing = useKdflow((s) => s.playing);
  const interval = useKdflow((s) => s.playIntervalMs);
  const next = useKdflow((s) => s.next);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(next, interval);
    return () => window.clearInterval(timer);
  }, [playing, interval, next]);
}
