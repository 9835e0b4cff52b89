/**
 * Shows a step by restyling the rendered SVG in place: no Mermaid call on a step. After a render,
 * `indexFigure` tags each message's arrow and label with its step number once; `showStep` then only
 * rewrites `data-state` attributes.
 */

export type StepState = 'past' | 'current' | 'future';

export function stateOf(elementStep: number, currentStep: number): StepState {
  if (elementStep < currentStep) return 'past';
  return elementStep === currentStep ? 'current' : 'future';
}

export interface FigureIndex {
  /** Elements belonging to each step: the message line or note, and its label texts. */
  byStep: Map<number, Element[]>;
  /** The arrow element of each message, in order: `[data-et="message"]`. */
  messages: Element[];
}

/**
 * Tags the rendered figure. Mermaid writes each message's `text.messageText` elements just before
 * its `[data-et="message"]` arrow, in document order; notes are `g[data-et="note"]`. `stepsInOrder`
 * lists the step number of each arrow or note as they appear in the diagram text.
 */
export function indexFigure(
  svg: SVGSVGElement,
  stepsInOrder: { n: number; note: boolean }[],
): FigureIndex {
  const byStep = new Map<number, Element[]>();
  const add = (n: number, el: Element) => {
    el.setAttribute('data-step', String(n));
    byStep.set(n, [...(byStep.get(n) ?? []), el]);
  };
  const messageSteps = stepsInOrder.filter((s) => !s.note).map((s) => s.n);
  const noteSteps = stepsInOrder.filter((s) => s.note).map((s) => s.n);

  const messages = [...svg.querySelectorAll('[data-et="message"]')];
  const notes = [...svg.querySelectorAll('[data-et="note"]')];
  messages.forEach((el, i) => add(messageSteps[i] ?? -1, el));
  notes.forEach((el, i) => add(noteSteps[i] ?? -1, el));

  // Each label text belongs to the next message arrow after it in document order.
  let pending: Element[] = [];
  let msg = 0;
  for (const el of svg.querySelectorAll('text.messageText, [data-et="message"]')) {
    if (el.matches('[data-et="message"]')) {
      for (const t of pending) add(messageSteps[msg] ?? -1, t);
      pending = [];
      msg++;
    } else pending.push(el);
  }
  return { byStep, messages };
}

/** Marks every tagged element past, current or future for the given step. */
export function showStep(index: FigureIndex, step: number): void {
  for (const [n, els] of index.byStep) {
    const state = stateOf(n, step);
    for (const el of els)
      if (el.getAttribute('data-state') !== state) el.setAttribute('data-state', state);
  }
}
