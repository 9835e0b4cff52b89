/**
 * Following the current step inside the figure's own scroll box. `scrollIntoView` would scroll
 * every scrollable ancestor, the page included; this moves `.figure-scroll` only, and only when
 * the current message is not already wholly in sight.
 */

/** A box in the scroll box's client coordinates: 0,0 is the top left of what it shows now. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ScrollView {
  scrollTop: number;
  scrollLeft: number;
  /** What the box shows: its client size. */
  width: number;
  height: number;
  /** The largest scrollTop and scrollLeft it allows. */
  maxTop: number;
  maxLeft: number;
  /** Pixels at the top covered by something that sticks there (the actor row). */
  insetTop: number;
}

/**
 * Where to scroll so that `target` is wholly inside the part of the view nothing covers, on each
 * axis: unchanged on an axis where it already is, else centred in it, clamped to what the box can
 * scroll. On an axis where `target` is larger than the view, `core` (the labels, which must be
 * read) takes its place, or its start if it is larger still. `null` when nothing needs to move.
 */
export function revealOffsets(
  target: Box,
  view: ScrollView,
  core: Box = target,
): { top: number; left: number } | null {
  const axis = (
    [start, end]: [number, number],
    [coreStart, coreEnd]: [number, number],
    [bandStart, bandEnd]: [number, number],
    scroll: number,
    max: number,
  ): number => {
    const band = bandEnd - bandStart;
    const [s, e] = end - start <= band ? [start, end] : [coreStart, coreEnd];
    if (s >= bandStart && e <= bandEnd) return scroll;
    const delta = e - s <= band ? (s + e) / 2 - (bandStart + bandEnd) / 2 : s - bandStart;
    return Math.round(Math.min(Math.max(scroll + delta, 0), Math.max(max, 0)));
  };
  const top = axis(
    [target.top, target.bottom],
    [core.top, core.bottom],
    [view.insetTop, view.height],
    view.scrollTop,
    view.maxTop,
  );
  const left = axis(
    [target.left, target.right],
    [core.left, core.right],
    [0, view.width],
    view.scrollLeft,
    view.maxLeft,
  );
  // Less than a pixel is no move (scroll offsets can be fractional; ours are rounded).
  const still = Math.abs(top - view.scrollTop) < 1 && Math.abs(left - view.scrollLeft) < 1;
  return still ? null : { top, left };
}

/** The smallest box holding all of `boxes`, grown by `pad` on each side; `null` if none. */
export function unionBox(boxes: readonly Box[], pad = 0): Box | null {
  if (boxes.length === 0) return null;
  return {
    top: Math.min(...boxes.map((b) => b.top)) - pad,
    left: Math.min(...boxes.map((b) => b.left)) - pad,
    bottom: Math.max(...boxes.map((b) => b.bottom)) + pad,
    right: Math.max(...boxes.map((b) => b.right)) + pad,
  };
}

/** Room around the message, so its arrowhead and the label's descenders show too. */
const PAD = 8;

/** Where a smooth scroll still under way will end, per scroll box: a step judges from there. */
const heading = new WeakMap<HTMLElement, { top: number; left: number }>();

/**
 * Scrolls `scrollBox` (a `.figure-scroll`) so that the current step's elements (arrow and label
 * texts, or the note) are in sight below the sticky actor row. Smooth unless the reader asked
 * for reduced motion, or `instant` (a new zoom: the figure has just jumped anyway).
 */
export function revealCurrent(scrollBox: HTMLElement, instant = false): void {
  const els = [...scrollBox.querySelectorAll('.figure-svg [data-step][data-state="current"]')];
  const frame = scrollBox.getBoundingClientRect();
  const originTop = frame.top + scrollBox.clientTop;
  const originLeft = frame.left + scrollBox.clientLeft;
  const boxOf = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return {
      top: r.top - originTop,
      left: r.left - originLeft,
      bottom: r.bottom - originTop,
      right: r.right - originLeft,
    };
  };
  const target = unionBox(els.map(boxOf), PAD);
  // The words: a message's label texts, or the note's text.
  const texts = els.flatMap((el) =>
    el.matches('text') ? [el] : [...el.querySelectorAll('.noteText')],
  );
  const core = unionBox(texts.map(boxOf), PAD) ?? target;
  if (!target || !core) return;
  // During a smooth scroll, judge from where it will stop: else a step that is in sight halfway
  // would be left to the scroll that carries it off.
  const from = heading.get(scrollBox) ?? { top: scrollBox.scrollTop, left: scrollBox.scrollLeft };
  const dy = scrollBox.scrollTop - from.top;
  const dx = scrollBox.scrollLeft - from.left;
  const row = scrollBox.querySelector<HTMLElement>('.figure-actors');
  const shift = (b: Box): Box => ({
    top: b.top + dy,
    bottom: b.bottom + dy,
    left: b.left + dx,
    right: b.right + dx,
  });
  const to = revealOffsets(
    shift(target),
    {
      scrollTop: from.top,
      scrollLeft: from.left,
      width: scrollBox.clientWidth,
      height: scrollBox.clientHeight,
      maxTop: scrollBox.scrollHeight - scrollBox.clientHeight,
      maxLeft: scrollBox.scrollWidth - scrollBox.clientWidth,
      insetTop: Number(row?.dataset['height'] ?? 0),
    },
    shift(core),
  );
  if (!to) return;
  const smooth = !instant && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (smooth) {
    heading.set(scrollBox, to);
    const done = () => heading.get(scrollBox) === to && heading.delete(scrollBox);
    scrollBox.addEventListener('scrollend', done, { once: true });
  } else heading.delete(scrollBox);
  scrollBox.scrollTo({ ...to, behavior: smooth ? 'smooth' : 'instant' });
}
