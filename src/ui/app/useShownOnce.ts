import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element has been shown at least once. A tab's panel is mounted hidden with the
 * page (Sections.tsx): a panel that makes costly things (a Mermaid render, many traces) makes them
 * only once it is first shown, not at start-up.
 */
export function useShownOnce(ref: RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || shown) return;
    const seen = new ResizeObserver((entries) => {
      if (entries.some((e) => e.contentRect.width > 0)) setShown(true);
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [ref, shown]);
  return shown;
}
