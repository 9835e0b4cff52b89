import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { renderCount } from '../../diagram/mermaid';
import { indexFigure, showStep, type FigureIndex } from '../../diagram/restyle';
import { FIGURE_TITLE, figureOrder, toMermaid } from '../../diagram/sequence';
import type { Trace } from '../../protocol/types';
import { useActions, useKdflow } from '../../store/react';
import { figureSettled } from '../app/afterFigure';
import { ActorRow } from './ActorRow';
import { FigureText } from './FigureText';
import { useRendered } from './useRendered';
import { revealCurrent } from './reveal';
import { StepLookStyle } from './StepLookStyle';
import { listenForSteps, makeSteppable } from './steppable';
import { TID } from '../app/testIds';
import './figure.css';

/**
 * The live figure. Mermaid renders once per diagram text; a step only restyles the SVG in place
 * (`showStep`), so stepping never calls Mermaid. A click on a message or note goes to its step;
 * the actors' names stay at the top of the scroll box (`ActorRow`); with `follow`, the scroll
 * box (never the page) keeps the current step in sight.
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
  /**
   * On each step (and resize), scroll `.figure-scroll` so that the current message is in sight,
   * for a figure taller or wider than its box (presenter mode, the page's stage).
   */
  follow?: boolean;
}) {
  const step = useKdflow((s) => s.step);
  const text = useMemo(() => toMermaid(trace), [trace]);
  const order = useMemo(() => figureOrder(trace), [trace]);
  const rendered = useRendered(text);
  const [index, setIndex] = useState<FigureIndex | null>(null);
  const [svgEl, setSvgEl] = useState<SVGSVGElement | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const scrollBox = useRef<HTMLDivElement>(null);
  const { goTo } = useActions();

  // Insert the new SVG (only when its text changed) and tag its elements by step once.
  useEffect(() => {
    const el = host.current;
    if (!el || !rendered || !('svg' in rendered)) return;
    el.innerHTML = rendered.svg;
    const svg = el.querySelector('svg');
    el.dataset['renderCount'] = String(renderCount());
    const tagged = svg ? indexFigure(svg, order) : null;
    if (tagged) makeSteppable(tagged, (n) => trace.steps[n]?.def.title ?? `step ${n}`);
    setIndex(tagged);
    setSvgEl(svg);
  }, [rendered, order, trace]);

  // One delegated listener for the whole figure: clicks, and Enter or Space on a step's label.
  useEffect(() => {
    const el = host.current;
    return el ? listenForSteps(el, goTo) : undefined;
  }, [goTo]);

  // The first figure drawn (once painted: a frame, then a task), or failed, lets the parts that
  // wait for it load.
  useEffect(() => {
    if (rendered) requestAnimationFrame(() => setTimeout(figureSettled));
  }, [rendered]);

  useEffect(() => {
    if (!index) return;
    showStep(index, step);
    if (follow && scrollBox.current) revealCurrent(scrollBox.current);
  }, [index, step, follow]);

  // A new size (a zoom, the window) can put the current step out of sight: bring it back at once.
  const onResize = useCallback(() => {
    if (follow && scrollBox.current) revealCurrent(scrollBox.current, true);
  }, [follow]);

  useEffect(() => {
    if (!index) return;
    for (const [n, els] of index.byStep)
      for (const el of els) el.toggleAttribute('data-diff', diffSteps?.has(n) ?? false);
  }, [index, diffSteps]);

  const error = rendered && 'error' in rendered ? rendered.error : null;
  const ready = rendered !== null && rendered.text === text && error === null;
  return (
    <figure className="figure" aria-busy={!ready}>
      <StepLookStyle />
      {error !== null && (
        <div className="error-box" role="alert" data-testid={TID.figureError}>
          <strong>The figure could not be drawn:</strong> {error}. The steps and values below are
          still correct.
        </div>
      )}
      {rendered === null && <p className="loading">Drawing the figure…</p>}
      {/* The figure keeps a readable size and scrolls inside this box (sideways on a narrow
          screen; both ways where the layout gives the box a height): focusable, so the keyboard
          can scroll it too. */}
      <div
        ref={scrollBox}
        className="figure-scroll"
        tabIndex={0}
        role="region"
        aria-label={`Figure${testId === TID.figure ? '' : ` (${testId})`}, scrolls`}
      >
        <ActorRow svg={svgEl} scrollBox={scrollBox} onResize={onResize} />
        {/* A group, not an image: its labels are buttons that go to their step. */}
        <div
          ref={host}
          className="figure-svg"
          data-testid={testId}
          data-ready={ready ? 'true' : 'false'}
          role="group"
          aria-label={`${FIGURE_TITLE}: sequence diagram between UE_1, MME_1, MME_2 and UE_2`}
          aria-describedby={`${testId}-text`}
        />
      </div>
      <figcaption>{FIGURE_TITLE}</figcaption>
      <FigureText trace={trace} id={`${testId}-text`} />
    </figure>
  );
}
