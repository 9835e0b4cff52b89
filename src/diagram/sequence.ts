/**
 * Turns a trace into the text of a Mermaid `sequenceDiagram`: the updated Figure 6.3.4.3.2-1.
 * Pure: the same trace always gives the same text, so the page renders it once per scenario.
 */
import { VALUE_INFO } from '../protocol/values';
import {
  ACTORS,
  CLAUSE_LAST_STEP,
  type CarriedParam,
  type StepDef,
  type Trace,
} from '../protocol/types';
import { escapeLabel } from './escape';

export const FIGURE_TITLE = 'Figure 6.3.4.3.2-1: Network authorised key establishment (updated)';

/** How a carried parameter is written in the figure: FFS ones say so. */
export function paramLabel(p: CarriedParam): string {
  const label = VALUE_INFO[p.name].label;
  return p.basis === 'ffs' ? `${label} (FFS)` : label;
}

/** Label lines longer than this are wrapped, so that the figure stays narrow enough to read. */
export const WRAP_AT = 30;

/** Greedy wrap of `pieces` joined by `sep` into lines of at most `width` characters where possible. */
export function wrap(pieces: string[], sep: string, width = WRAP_AT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece : `${line}${sep}${piece}`;
    if (line !== '' && candidate.length > width) {
      lines.push(line + sep.trimEnd());
      line = piece;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The lines of a step's label in the figure, before escaping. */
export function stepLabelLines(def: StepDef): string[] {
  if (def.kind === 'trigger') return wrap(def.title.split(' '), ' ');
  if (def.kind === 'calculation') return wrap(`${def.n}. ${def.title}`.split(' '), ' ');
  const head = def.messageName === undefined ? `${def.n}.` : `${def.n}. ${def.messageName}`;
  return [head, ...wrap(def.params.map(paramLabel), ', ')];
}

const line = (lines: string[]) => lines.map(escapeLabel).join('<br/>');

/**
 * The Mermaid source of the figure for one trace. With `clauseOnly`, only the clause's steps 0–7:
 * the figure of the TR. Otherwise kdflow's PC5 continuation follows, shaded apart.
 */
export function toMermaid(trace: Trace, { clauseOnly = false } = {}): string {
  const out = ['sequenceDiagram'];
  for (const a of ACTORS) out.push(`  participant ${a}`);
  let shaded = false;
  for (const { def } of trace.steps) {
    if (def.n > CLAUSE_LAST_STEP) {
      if (clauseOnly) break;
      if (!shaded) out.push('  rect rgb(238, 244, 255)');
      shaded = true;
    }
    if (def.kind === 'message' && def.from && def.to) {
      out.push(`  ${def.from}->>${def.to}: ${line(stepLabelLines(def))}`);
    } else {
      const over = def.actors.length > 1 ? `${def.actors[0]},${def.actors.at(-1)}` : def.actors[0];
      out.push(`  Note over ${over}: ${line(stepLabelLines(def))}`);
    }
  }
  if (shaded) out.push('  end');
  return out.join('\n') + '\n';
}

/**
 * The step of each arrow and note in the diagram `toMermaid` draws, in order: what `indexFigure`
 * needs to tag the rendered SVG.
 */
export function figureOrder(
  trace: Trace,
  { clauseOnly = false } = {},
): { n: number; note: boolean }[] {
  return trace.steps
    .filter(({ def }) => !clauseOnly || def.n <= CLAUSE_LAST_STEP)
    .map(({ def }) => ({ n: def.n, note: def.kind !== 'message' }));
}
