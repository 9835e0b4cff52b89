import { useEffect, useMemo, useRef, useState } from 'react';
import { renderCount, renderSvg } from '../../diagram/mermaid';
import { indexFigure, showStep, type FigureIndex } from '../../diagram/restyle';
import { FIGURE_TITLE, figureOrder, toMermaid } from '../../diagram/sequence';
import type { Trace } from '../../protocol/types';
import { useKdflow } from '../../store/react';
import { figureSettled } from '../app/afterFigure';
import { FigureText } from './FigureText';
import { TID } from '../app/testIds';
import './figure.css';

type Rendered = { text: string; svg: string } | { text: string; error: string };

/**
 * The live figure. Mermaid renders once per diagram text; a step only restyles the SVG in place
 * (`showStep`), so stepping never calls Mermaid.
 */
export function Figure({
  trace,
  testId = TID.figure,
  diffSteps,
  follow = false,
}: {
  trace: Trace;
  testId?: string;
  /** Steps whose message differs from the other side of a comparison. */
  diffSteps?: ReadonlySet<number>;
  /** Scroll the current step into view on each step (presenter mode, where the figure is large). */
  follow?: boolean;
}) {
  const step = useKdflow((s) => s.step);
  const text = useMemo(() => toMermaid(trace), [trace]);
  const order = useMemo(() => figureOrder(trace), [trace]);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [index, setIndex] = useState<FigureIndex | null>(null);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let stale = false;
    renderSvg(text).then(
      (svg) => !stale && setRendered({ text, svg }),
      (err: unknown) =>
        !stale && setRendered({ text, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      stale = true;
    };
  }, [text]);

  // Insert the new SVG (only when its text changed) and tag its elements by step once.
  useEffect(() => {
    const el = host.current;
    if (!el || !rendered || !('svg' in rendered)) return;
    el.innerHTML = rendered.svg;
    const svg = el.querySelector('svg');
    el.dataset['renderCount'] = String(renderCount());
    setIndex(svg ? indexFigure(svg, order) : null);
  }, [rendered, order]);

  // The first figure drawn (once painted: a frame, then a task), or failed, lets the parts that
  // wait for it load.
  useEffect(() => {
    if (rendered) requestAnimationFrame(() => setTimeout(figureSettled));
  }, [rendered]);

  useEffect(() => {
    if (!index) return;
    showStep(index, step);
    if (follow) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      index.byStep.get(step)?.[0]?.scrollIntoView({
        block: 'center',
        inline: 'center',
        behavior: smooth ? 'smooth' : 'auto',
      });
    }
  }, [index, step, follow]);

  useEffect(() => {
    if (!index) return;
    for (const [n, els] of index.byStep)
      for (const el of els) el.toggleAttribute('data-diff', diffSteps?.has(n) ?? false);
  }, [index, diffSteps]);

  const error = rendered && 'error' in rendered ? rendered.error : null;
  const ready = rendered !== null && rendered.text === text && error === null;
  return (
    <figure className="figure" aria-busy={!ready}>
      {error !== null && (
        <div className="error-box" role="alert" data-testid={TID.figureError}>
          <strong>The figure could not be drawn:</strong> {error}. The steps and values below are
          still correct.
        </div>
      )}
      {rendered === null && <p className="loading">Drawing the figure…</p>}
      {/* On a narrow screen the figure keeps a readable size and scrolls sideways: focusable, so
          the keyboard can scroll it too. */}
      <div
        className="figure-scroll"
        tabIndex={0}
        role="region"
        aria-label={`Figure${testId === TID.figure ? '' : ` (${testId})`}, scrolls sideways`}
      >
        <div
          ref={host}
          className="figure-svg"
          data-testid={testId}
          data-ready={ready ? 'true' : 'false'}
          role="img"
          aria-label={`${FIGURE_TITLE}: sequence diagram between UE_1, MME_1, MME_2 and UE_2`}
          aria-describedby={`${testId}-text`}
        />
      </div>
      <figcaption>{FIGURE_TITLE}</figcaption>
      <FigureText trace={trace} id={`${testId}-text`} />
    </figure>
  );
}
