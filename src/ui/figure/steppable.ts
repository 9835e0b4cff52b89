/**
 * Click (or Enter, Space) on a message or note to go to its step. Wired once per render, on the
 * page's live figure only (an export indexes its own copy and never gets these): each step's first
 * label text, or its note, becomes a focusable button, and each arrow gets a wider invisible twin
 * to hit. A step never touches them; one delegated listener on the host does the rest.
 */
import type { FigureIndex } from '../../diagram/restyle';

/** The invisible, wider line over each arrow that takes its clicks (figure.css `.step-hit`). */
const HIT_CLASS = 'step-hit';

/** Attributes of an arrow its hit twin must not copy: it is no message, and draws nothing. */
const NOT_COPIED = ['id', 'class', 'style', 'marker-end', 'marker-start', 'data-et', 'data-id'];

export function makeSteppable(index: FigureIndex, titleOf: (step: number) => string): void {
  for (const [n, els] of index.byStep) {
    if (n < 0) continue;
    const handle =
      els.find((el) => el.matches('text.messageText')) ??
      els.find((el) => el.matches('[data-et="note"]'));
    if (handle) {
      handle.setAttribute('tabindex', '0');
      handle.setAttribute('role', 'button');
      handle.setAttribute('aria-label', `Go to step ${n}: ${titleOf(n)}`);
    }
    for (const arrow of els.filter((el) => el.matches('[data-et="message"]'))) {
      const hit = arrow.cloneNode(false) as Element;
      for (const name of NOT_COPIED) hit.removeAttribute(name);
      for (const name of [...hit.getAttributeNames()])
        if (name.startsWith('data-') && name !== 'data-step') hit.removeAttribute(name);
      hit.setAttribute('class', HIT_CLASS);
      hit.setAttribute('aria-hidden', 'true');
      arrow.after(hit);
    }
  }
}

/** The step an event on the figure is about, if it hit a message, label or note. */
export function stepOfTarget(target: EventTarget | null, host: Element): number | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('[data-step]');
  if (!el || !host.contains(el)) return null;
  const n = Number(el.getAttribute('data-step'));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * Listens on the figure's host for clicks on steps and for Enter or Space on a focused step
 * button; returns the function that stops listening. The key is kept from the page's shortcuts
 * (where Space would play): the event stops at the host.
 */
export function listenForSteps(host: HTMLElement, goTo: (step: number) => void): () => void {
  const onClick = (e: MouseEvent) => {
    const n = stepOfTarget(e.target, host);
    if (n !== null) goTo(n);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (!(e.target instanceof Element) || e.target.getAttribute('role') !== 'button') return;
    const n = stepOfTarget(e.target, host);
    if (n === null) return;
    e.preventDefault();
    e.stopPropagation();
    goTo(n);
  };
  host.addEventListener('click', onClick);
  host.addEventListener('keydown', onKey);
  return () => {
    host.removeEventListener('click', onClick);
    host.removeEventListener('keydown', onKey);
  };
}
