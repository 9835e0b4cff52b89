import { schemeOf } from '../../protocol/scheme';
import { useMemo, useRef } from 'react';
import { FIELDS } from '../../protocol/procedure/fields';
import { PROTECTION_ASSUMPTIONS } from '../../protocol/procedure/links';
import type { Scenario } from '../../protocol/scenario';
import type { Link } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';
import {
  PROPERTY_IDS,
  PROPERTY_INFO,
  schemeProperties,
  type Justification,
  type PropertyCell,
  type PropertyId,
} from '../../review/properties';
import { useActions, useKdflow } from '../../store/react';
import { traceOf } from '../../store/store';
import { TID } from '../app/testIds';
import { useShownOnce } from '../app/useShownOnce';
import './schemes.css';

/** The scenario field that picks the key-establishment scheme: one row per choice. */
const SCHEME_KEY = 'scheme' satisfies keyof Scenario;
const SCHEME_FIELD = FIELDS.find((f) => f.key === SCHEME_KEY)!;
type SchemeChoice = Scenario[typeof SCHEME_KEY];

const LINK_SHORT: Record<Link, string> = {
  'NAS-1': 'NAS 1',
  'NAS-2': 'NAS 2',
  'MME-MME': 'MME–MME',
  PC5: 'PC5',
};

/** A justification's chip: a step (or a derivation at its step) goes there; an assumption is named. */
function Because({ j, go }: { j: Justification; go: (step: number) => void }) {
  if (j.kind === 'assumption') {
    const a = PROTECTION_ASSUMPTIONS.find((x) => x.key === j.key);
    return (
      <span className="because assumption" data-assumption={j.key} title={j.text}>
        assumes {a?.label ?? j.key}: {j.value}
      </span>
    );
  }
  const what = j.kind === 'derivation' ? `${VALUE_INFO[j.output].label} at ` : '';
  return (
    <button
      type="button"
      className={`because ${j.kind}${j.illustrative ? ' illustrative' : ''}`}
      data-step={j.step}
      data-because={j.kind === 'derivation' ? `${j.use}/${j.output}` : j.kind}
      title={`${j.text}. Go to step ${j.step}.`}
      onClick={() => go(j.step)}
    >
      {what}step {j.step}
    </button>
  );
}

/** One result, for a property or one UE or link of it, with its data attributes. */
function Result({
  c,
  scheme,
  go,
}: {
  c: PropertyCell;
  scheme: SchemeChoice;
  go: (step: number) => void;
}) {
  const party = c.of ? (LINK_SHORT[c.of as Link] ?? c.of) : null;
  return (
    <div
      className={`scheme-result${c.illustrative ? ' illustrative' : ''}`}
      data-scheme={scheme}
      data-property={c.property}
      data-of={c.of}
      data-result={c.result}
    >
      <span className="verdict">
        {party && <span className="party">{party}: </span>}
        <strong className={`r-${c.result.replace(/[^a-z0-9-]/gi, '_')}`}>
          {c.result.split(',').join(', ')}
        </strong>
        {c.illustrative && (
          <span className="ill" title="rests on something kdflow fills in (illustrative)">
            *
          </span>
        )}
      </span>
      <span className="scheme-short">{c.short}</span>
      <details className="scheme-why">
        <summary>why</summary>
        {c.text}
      </details>
      {c.because.length > 0 && (
        <span className="because-list" aria-label="Justification">
          {c.because.map((j, i) => (
            <Because key={i} j={j} go={go} />
          ))}
        </span>
      )}
    </div>
  );
}

/**
 * The property matrix (issue 14): one row per key-establishment scheme, each the trace of that
 * scheme with the rest of the current scenario, seed and inputs; one column per property, each
 * result with its text and its justifications (steps to go to, assumptions named). It follows the
 * protection assumptions set in "Who knows what".
 */
export function SchemeMatrix() {
  const scenario = useKdflow((s) => s.scenario);
  const seed = useKdflow((s) => s.seed);
  const inputs = useKdflow((s) => s.inputs);
  const assumptions = useKdflow((s) => s.assumptions);
  const { setScenario, setComparison, goTo } = useActions();
  // One trace and property row per scheme, made only once the tab is first shown.
  const root = useRef<HTMLElement>(null);
  const shown = useShownOnce(root);
  const rows = useMemo(
    () =>
      shown
        ? SCHEME_FIELD.choices.map((choice) => {
            const scheme = choice.value as SchemeChoice;
            const trace = traceOf({ ...scenario, [SCHEME_KEY]: scheme }, seed, inputs);
            return { choice, scheme, cells: schemeProperties(trace, assumptions) };
          })
        : [],
    [shown, scenario, seed, inputs, assumptions],
  );
  /** A step of a row's scheme: the figure switches to that scheme first. */
  const goIn = (scheme: SchemeChoice) => (step: number) => {
    if (scenario[SCHEME_KEY] !== scheme) setScenario({ [SCHEME_KEY]: scheme });
    goTo(step);
  };
  const under = PROTECTION_ASSUMPTIONS.map((a) => {
    const c = a.choices.find((x) => x.value === assumptions[a.key]);
    return `${a.label}: ${c?.label ?? assumptions[a.key]}`;
  }).join(' · ');
  const byProperty = (cells: readonly PropertyCell[], p: PropertyId) =>
    cells.filter((c) => c.property === p);
  return (
    <section ref={root} className="schemes" aria-labelledby="schemes-title">
      <h2 id="schemes-title">Schemes compared</h2>
      <p className="hint" data-testid={TID.schemesUnder}>
        Each row runs the current scenario under one scheme (the {SCHEME_FIELD.label.toLowerCase()}{' '}
        picker), seed and inputs, to its last step. Under: {under} (switch them in “Who knows
        what”). A step button goes to that step of the row’s scheme; * marks a result that rests on
        kdflow’s illustrative fill-ins.
      </p>
      <div className="schemes-scroll" tabIndex={0} role="region" aria-label="The property matrix">
        <table data-testid={TID.schemes}>
          <thead>
            <tr>
              <th scope="col">Scheme</th>
              {PROPERTY_IDS.map((p) => (
                <th
                  key={p}
                  scope="col"
                  title={`${PROPERTY_INFO[p].asks} Result: ${PROPERTY_INFO[p].read.replaceAll('`', '')}`}
                >
                  {PROPERTY_INFO[p].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ choice, scheme, cells }) => (
              <tr
                key={scheme}
                data-scheme={scheme}
                className={scenario[SCHEME_KEY] === scheme ? 'current' : undefined}
              >
                <th scope="row" title={`${schemeOf({ scheme }).name}. ${choice.long}`}>
                  {choice.short}
                  {scenario[SCHEME_KEY] === scheme ? (
                    <span className="now"> (shown)</span>
                  ) : (
                    <button
                      type="button"
                      className="compare-scheme"
                      data-compare-scheme={scheme}
                      aria-label={`Compare ${choice.short} with the shown scheme, side by side`}
                      onClick={() => setComparison({ ...scenario, [SCHEME_KEY]: scheme })}
                    >
                      compare
                    </button>
                  )}
                  {schemeOf({ scheme }).illustrative && (
                    <span className="illustrative-mark" data-illustrative="true">
                      {' '}
                      illustrative
                    </span>
                  )}
                </th>
                {PROPERTY_IDS.map((p) => {
                  const mine = byProperty(cells, p);
                  const single = mine.length === 1 ? mine[0] : undefined;
                  return (
                    <td
                      key={p}
                      data-scheme={scheme}
                      data-property={p}
                      data-result={single && !single.of ? single.result : undefined}
                    >
                      {mine.map((c) => (
                        <Result key={c.of ?? p} c={c} scheme={scheme} go={goIn(scheme)} />
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="schemes-key">
        {PROPERTY_IDS.map((p) => (
          <div key={p}>
            <dt>{PROPERTY_INFO[p].label}</dt>
            <dd>
              {PROPERTY_INFO[p].asks}{' '}
              <span className="read">
                Result:{' '}
                {PROPERTY_INFO[p].read
                  .split('`')
                  .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
