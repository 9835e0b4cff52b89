import { ACTORS, type HeldValue, type TraceStep } from '../../protocol/types';
import { displayValue, isIllustrative, VALUE_INFO } from '../../protocol/values';
import { useTrace } from '../../store/react';
import { provenanceStep } from '../actors/provenance';
import { TID } from '../app/testIds';

/**
 * What an actor newly holds at a step: what the panels badge "new". Step 0 also lists what was
 * held before the procedure, so the table starts from everything each actor has.
 */
export function newAt(step: TraceStep, actor: (typeof ACTORS)[number]): HeldValue[] {
  return step.holdings[actor].filter((v) => {
    const at = provenanceStep(v.provenance);
    return at === step.def.n || (step.def.n === 0 && at === null);
  });
}

function what(step: TraceStep): string {
  const d = step.def;
  const who = d.kind === 'message' ? `${d.from} → ${d.to}` : d.actors.join(', ');
  const pc5 = d.part === 'continuation' ? ' (kdflow’s PC5 continuation, illustrative)' : '';
  return `${who}: ${d.title}${pc5}`;
}

/**
 * The print-only table of values: every step, and per actor the values it newly holds, with
 * their hex. Loaded and rendered only while the page prints (PrintSlot), never on a step.
 */
export function PrintTable() {
  const trace = useTrace();
  return (
    <section className="print-table" data-testid={TID.printTable} aria-label="Values by step">
      <h2>
        Values by step{' '}
        <span className="side-scenario">({Object.values(trace.scenario).join(' · ')})</span>
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Message or calculation</th>
            <th scope="col">Actor</th>
            <th scope="col">Newly held value</th>
          </tr>
        </thead>
        {trace.steps.map((step) => {
          const rows = ACTORS.flatMap((actor) =>
            newAt(step, actor).map((v, i, all) => ({ actor, v, first: i === 0, span: all.length })),
          );
          const span = Math.max(rows.length, 1);
          const head = (
            <>
              <th scope="rowgroup" rowSpan={span}>
                {step.def.n}
              </th>
              <td rowSpan={span}>{what(step)}</td>
            </>
          );
          return (
            <tbody key={step.def.n} data-print-step={step.def.n}>
              {rows.length === 0 && (
                <tr>
                  {head}
                  <td colSpan={2}>nothing new</td>
                </tr>
              )}
              {rows.map(({ actor, v, first, span: actorSpan }, i) => (
                <tr
                  key={`${actor}-${v.name}`}
                  data-actor={actor}
                  data-value={v.name}
                  data-hex={v.hex}
                  data-illustrative={String(isIllustrative(v))}
                >
                  {i === 0 && head}
                  {first && <td rowSpan={actorSpan}>{actor}</td>}
                  <td>
                    {VALUE_INFO[v.name].label}
                    {isIllustrative(v) && ' (illustrative)'}{' '}
                    <code className="hex">{displayValue(v.name, v.hex)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
