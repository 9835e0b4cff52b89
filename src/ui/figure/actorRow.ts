/**
 * The sticky actor row's geometry, measured from the rendered figure: each actor's top box as the
 * SVG draws it now (Mermaid's `rect.actor-top`, `name` = the actor), so that the row's names sit
 * over their lifelines at any size. Measured after a render and on a resize, never on a step.
 */

export interface ActorSlot {
  name: string;
  /** Pixels from the row's left edge, and the box's rendered width. */
  left: number;
  width: number;
}

export interface ActorRowLayout {
  slots: ActorSlot[];
  /** The row's height and type size in pixels. */
  height: number;
  fontPx: number;
  /** The row's full width: the figure's right edge from the row's left. */
  width: number;
  /**
   * How far the scroll box must scroll down before the SVG's own names start to go out of sight
   * (the row shows from there on).
   */
  showAfter: number;
}

/** Mermaid's actor type size (config.ts `actorFontSize`), in SVG units. */
const ACTOR_FONT = 16;
/** The row's type never gets smaller than this, whatever the figure's scale. */
const MIN_FONT_PX = 12;

/** Type size and height of the row for a figure drawn at `scale` (rendered px per SVG unit). */
export function rowMetrics(scale: number): { fontPx: number; height: number } {
  const fontPx = Math.max(MIN_FONT_PX, Math.round(ACTOR_FONT * scale * 10) / 10);
  return { fontPx, height: Math.round(fontPx * 2) };
}

/** Measures the row for `svg`, with `row` (the row element) and `scrollBox` as origins. */
export function measureActorRow(
  svg: SVGSVGElement,
  row: HTMLElement,
  scrollBox: HTMLElement,
): ActorRowLayout | null {
  const rects = [...svg.querySelectorAll<SVGRectElement>('rect.actor-top')];
  const first = rects[0];
  if (!first) return null;
  const origin = row.getBoundingClientRect();
  const slots = rects
    .map((rect) => {
      const r = rect.getBoundingClientRect();
      return { name: rect.getAttribute('name') ?? '', left: r.left - origin.left, width: r.width };
    })
    .sort((a, b) => a.left - b.left);
  const unitWidth = Number(first.getAttribute('width'));
  const scale = unitWidth > 0 ? first.getBoundingClientRect().width / unitWidth : 1;
  // The names' text, or the boxes if there is none: where the SVG's own names begin.
  const names = [...svg.querySelectorAll('text.actor')];
  const tops = (names.length ? names : rects).map((el) => el.getBoundingClientRect().top);
  const frame = scrollBox.getBoundingClientRect();
  const showAfter = Math.min(...tops) - frame.top - scrollBox.clientTop + scrollBox.scrollTop;
  return {
    slots,
    ...rowMetrics(scale),
    width: svg.getBoundingClientRect().right - origin.left,
    showAfter: Math.max(0, showAfter),
  };
}

/** Whether two layouts draw the same row (a resize that changed nothing is no re-render). */
export function sameRow(a: ActorRowLayout | null, b: ActorRowLayout | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
