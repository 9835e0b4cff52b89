/**
 * Turns a trace into the text of a Mermaid `sequenceDiagram`: the updated Figure 6.3.4.3.2-1.
 * Pure: the same trace always gives the same text, so the page renders it once per scenario.
 */
import type { CarriedParam, StepDef, Trace } from '../protocol/engine/types';
import { VALUE_INFO } from '../protocol/values';
import { escapeLabel } from './escape';

type Labels = Readonly<Record<string, { label: string }>>;

export const FIGURE_TITLE = 'Figure 6.3.4.3.2-1: Network authorised key establishment (updated)';

/**
 * How a carried parameter is written in the figure: FFS and inferred ones say so, and one its
 * sender does not hold is `(missing)`: a message never lists a value its sender lacks; one an
 * attacking sender replaced is `(substituted)`.
 */
export function paramLabel<V extends string>(
  p: CarriedParam<V>,
  values: Labels = VALUE_INFO,
): string {
  const label = values[p.name]?.label ?? p.name;
  if (p.missing) return `${label} (missing)`;
  // An attacker's replay: the sender put its own bytes in the parameter's place.
  if (p.substituted) return `${label} (substituted)`;
  return p.basis === 'ffs'
    ? `${label} (FFS)`
    : p.basis === 'inferred'
      ? `${label} (inferred)`
      : label;
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
export function stepLabelLines<V extends string>(
  def: StepDef<string, V>,
  values: Labels = VALUE_INFO,
): string[] {
  if (def.kind === 'trigger') return wrap(def.title.split(' '), ' ');
  if (def.kind === 'calculation') return wrap(`${def.n}. ${def.title}`.split(' '), ' ');
  const head = def.messageName === undefined ? `${def.n}.` : `${def.n}. ${def.messageName}`;
  return [
    head,
    ...wrap(
      def.params.map((p) => paramLabel(p, values)),
      ', ',
    ),
  ];
}

const line = (lines: string[]) => lines.map(escapeLabel).join('<br/>');

/**
 * The Mermaid source of the figure for one trace of any procedure. With `clauseOnly`, only the
 * clause's steps: the figure of the TR. Otherwise the continuation follows, shaded apart.
 */
export function toMermaid<A extends string, V extends string, S>(
  trace: Trace<A, V, S>,
  { clauseOnly = false } = {},
): string {
  const out = ['sequenceDiagram'];
  const values: Labels = trace.procedure.values;
  for (const a of trace.procedure.actors) out.push(`  participant ${a}`);
  let shaded = false;
  for (const { def } of trace.steps) {
    if (def.part !== 'clause') {
      if (clauseOnly) break;
      if (!shaded) out.push('  rect rgb(238, 244, 255)');
      shaded = true;
    }
    if (def.kind === 'message' && def.from && def.to) {
      out.push(`  ${def.from}->>${def.to}: ${line(stepLabelLines(def, values))}`);
    } else {
      const over = def.actors.length > 1 ? `${def.actors[0]},${def.actors.at(-1)}` : def.actors[0];
      out.push(`  Note over ${over}: ${line(stepLabelLines(def, values))}`);
    }
  }
  if (shaded) out.push('  end');
  return out.join('\n') + '\n';
}

/**
 * The step of each arrow and note in the diagram `toMermaid` draws, in order: what `indexFigure`
 * needs to tag the rendered SVG.
 */
export function figureOrder<A extends string, V extends string, S>(
  trace: Trace<A, V, S>,
  { clauseOnly = false } = {},
): { n: number; note: boolean }[] {
  return trace.steps
    .filter(({ def }) => !clauseOnly || def.part === 'clause')
    .map(({ def }) => ({ n: def.n, note: def.kind !== 'message' }));
}
