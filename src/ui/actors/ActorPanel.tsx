import { memo, useState } from 'react';
import { LIFETIME_QUESTION } from '../../protocol/clause';
import { type Actor, type HeldValue, type Trace, type ValueName } from '../../protocol/types';
import { displayValue, isIllustrative, VALUE_INFO } from '../../protocol/values';
import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import { DerivationInspector } from './DerivationInspector';
import { describeProvenance, provenanceStep } from './provenance';
import { KEY_ROWS, schemeKeysOf, shortHex } from './keyRows';
import './actors.css';

const ROLE: Record<Actor, string> = {
  UE_1: 'device that starts the procedure',
  MME_1: 'serves UE_1',
  MME_2: 'serves UE_2',
  UE_2: 'peer device',
};

/** The key rows first (held or awaited), then every other value in the order it was acquired. */
function rowsOf(
  values: readonly HeldValue[],
  isUe: boolean,
  own: readonly ValueName[],
): (HeldValue | ValueName)[] {
  if (!isUe) return [...values];
  const byName = new Map(values.map((v) => [v.name, v]));
  const first = [...KEY_ROWS, ...own];
  return [
    ...KEY_ROWS.map((name) => byName.get(name) ?? name),
    ...own.flatMap((name) => byName.get(name) ?? []),
    ...values.filter((v) => !first.includes(v.name)),
  ];
}

const Awaited = ({ name }: { name: ValueName }) => (
  <div className="value key awaited" data-awaits={name} data-held="false">
    <dt>{VALUE_INFO[name].label}</dt>
    <dd>
      <span className="not-yet" data-testid={TID.awaits(name)}>
        not yet
      </span>
    </dd>
  </div>
);

/**
 * One held value: name and marks, the bytes, where it came from and how it was computed. Memoised
 * on its inputs, so a step re-renders only the rows whose marks change.
 */
const ValueRow = memo(function ValueRow({
  v,
  isNew,
  differs,
  retired,
  isKey,
}: {
  v: HeldValue;
  isNew: boolean;
  differs: boolean;
  retired: boolean;
  isKey: boolean;
}) {
  const info = VALUE_INFO[v.name];
  const text = displayValue(v.name, v.hex);
  const illustrative = isIllustrative(v);
  const [open, setOpen] = useState(false);
  const from = `${describeProvenance(v.provenance)}${retired ? `; retired at step ${v.retiredAt}: replaced by the new KD` : ''}`;
  const cls = [
    'value',
    isKey && 'key',
    isNew && 'new',
    v.name === 'KD' && 'kd',
    differs && 'differs',
    retired && 'retired',
    open && 'open',
  ].filter(Boolean);
  return (
    <div
      className={cls.join(' ')}
      data-value={v.name}
      data-hex={v.hex}
      data-held="true"
      data-illustrative={String(illustrative)}
      data-new={isNew ? 'true' : 'false'}
      {...(retired ? { 'data-retired': String(v.retiredAt) } : {})}
      {...(differs ? { 'data-diff': 'true' } : {})}
    >
      <dt title={info.about}>
        <span className="name">{info.label}</span>
        {isNew && <span className="badge">new</span>}
        {differs && <span className="badge diff">differs</span>}
        {illustrative && <span className="tag">illustrative</span>}
        {/* On a phone the row shows the name and a shortened value; this shows the rest. */}
        <button
          type="button"
          className="row-more"
          aria-expanded={open}
          aria-label={`${open ? 'Less' : 'More'} about ${info.label}`}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </dt>
      <dd>
        <code className="hex full">{text}</code>
        <code className="hex short" aria-hidden="true">
          {shortHex(text)}
        </code>
        <span className="from" title={from}>
          {from}
        </span>
        {v.provenance.kind === 'derived' && <DerivationInspector d={v.provenance.derivation} />}
      </dd>
    </div>
  );
});

/**
 * Every value one actor holds at the current step, new ones marked, with where each came from.
 * `condensed` (the MMEs beside the figure) folds the list under a summary line.
 */
export function ActorPanel({
  actor,
  trace,
  diff,
  condensed = false,
}: {
  actor: Actor;
  trace: Trace;
  /** Values that differ from (or are missing on) the other side of a comparison. */
  diff?: ReadonlySet<ValueName>;
  condensed?: boolean;
}) {
  const step = useKdflow((s) => s.step);
  const values = trace.steps[step]?.holdings[actor] ?? [];
  const isUe = actor.startsWith('UE');
  const own = schemeKeysOf(trace.scenario);
  const acting = trace.steps[step]?.def.actors.includes(actor) ?? false;
  const newCount = values.filter((v) => provenanceStep(v.provenance) === step).length;
  const list = (
    <dl>
      {rowsOf(values, isUe, own).map((v) =>
        typeof v === 'string' ? (
          <Awaited key={v} name={v} />
        ) : (
          <ValueRow
            key={v.name}
            v={v}
            isKey={KEY_ROWS.includes(v.name) || own.includes(v.name)}
            isNew={provenanceStep(v.provenance) === step}
            differs={diff?.has(v.name) ?? false}
            retired={v.retiredAt !== undefined && v.retiredAt <= step}
          />
        ),
      )}
      {[...(diff ?? [])]
        .filter((name) => !values.some((v) => v.name === name))
        .map((name) => (
          <div key={name} className="value differs absent" data-absent={name} data-diff="true">
            <dt>
              {VALUE_INFO[name].label}
              <span className="badge diff">differs</span>
            </dt>
            <dd>
              <span className="from">not held here (held on the other side)</span>
            </dd>
          </div>
        ))}
    </dl>
  );
  const heading = (
    <h2>
      {actor} <span className="role">{ROLE[actor]}</span>
    </h2>
  );
  return (
    <section
      className={`actor ${isUe ? 'ue' : 'mme'}${acting ? ' acting' : ''}${condensed ? ' condensed' : ''}`}
      data-actor={actor}
      aria-label={`${actor} holds`}
    >
      {condensed ? (
        <details>
          <summary>
            {heading}
            <span className="count">
              {values.length} values{newCount > 0 ? `, ${newCount} new` : ''}
            </span>
          </summary>
          {list}
        </details>
      ) : (
        <>
          {heading}
          {list}
        </>
      )}
      {isUe && step >= trace.clauseLast && values.some((v) => v.name === 'KD') && (
        <p className="open-question" data-open-question="lifetime">
          <strong>Open question</strong> (the clause’s Editor’s note, about KD and the DKSI that
          names it): “{LIFETIME_QUESTION.text}”
        </p>
      )}
    </section>
  );
}
