import { useActions, useKdflow } from '../../store/react';
import { PLAY_SPEEDS_MS } from '../../store/store';
import { TID } from '../app/testIds';

const SPEED_NAMES = ['slow', 'normal', 'fast', 'faster'] as const;

/** The play speed, as the stepper and presenter mode both offer it (+ and − change it too). */
export function SpeedSelect() {
  const interval = useKdflow((s) => s.playIntervalMs);
  const { setPlayInterval } = useActions();
  return (
    <label className="speed">
      <span>Speed</span>
      <select
        data-testid={TID.speed}
        value={interval}
        onChange={(e) => setPlayInterval(Number(e.target.value))}
      >
        {PLAY_SPEEDS_MS.map((ms, i) => (
          <option key={ms} value={ms}>
            {SPEED_NAMES[i]} ({(ms / 1000).toFixed(1)} s)
          </option>
        ))}
      </select>
    </label>
  );
}
