import { useEffect, useState } from 'react';
import { renderSvg } from '../../diagram/mermaid';

/** What Mermaid made of a diagram text: its SVG markup, or why it could not. */
export type Rendered = { text: string; svg: string } | { text: string; error: string };

/**
 * Renders `text` (once per text: mermaid.ts caches) after `before` (a font to load, say), and
 * keeps the last result; a result for a text no longer asked for is dropped. `null` text renders
 * nothing. Compare `rendered.text` with the text asked for to know whether it is current.
 */
export function useRendered(text: string | null, before?: () => Promise<unknown>): Rendered | null {
  const [rendered, setRendered] = useState<Rendered | null>(null);
  useEffect(() => {
    if (text === null) return;
    let stale = false;
    (before ? before() : Promise.resolve())
      .then(() => renderSvg(text))
      .then(
        (svg) => !stale && setRendered({ text, svg }),
        (err: unknown) =>
          !stale && setRendered({ text, error: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      stale = true;
    };
  }, [text, before]);
  return rendered;
}
