import { STEP_SENTENCES } from '../../protocol/clause';
import { CLAUSE_LAST_STEP, type Actor, type Trace, type ValueName } from '../../protocol/types';
import { displayValue, VALUE_INFO } from '../../protocol/values';
import { useKdflow } from '../../store/react';
import { DerivationInspector } from './DerivationInspector';
import { describeProvenance, provenanceStep } from './provenance';
import './actors.css';

/** The Editor's note's open question, verbatim from step 7. */
const LIFETIME_QUESTION =
  STEP_SENTENCES[7]?.find((s) => s.text.startsWith('What’s the life time'))?.text ?? '';

const ROLE: Record<Actor, string> = {
  UE_1: 'device that starts the procedure',
  MME_1: 'serves UE_1',
  MME_2: 'serves UE_2',
  UE_2: 'peer device',
};

/** Every value one actor holds at the current step, new ones marked, with where each came from. */
export function ActorPanel({
  actor,
  trace,
  diff,
}: {
  actor: Actor;
  trace: Trace;
  /** Values that differ from (or are missing on) the other side of a comparison. */
  diff?: ReadonlySet<ValueName>;
}) {
  const step = useKdflow((s) => s.step);
  const values = trace.steps[step]?.holdings[actor] ?? [];
  const isUe = actor.startsWith('UE');
  const acting = trace.steps[step]?.def.actors.includes(actor) ?? false;
  return (
    <section
      className={`actor ${isUe ? 'ue' : 'mme'}${acting ? ' acting' : ''}`}
      data-actor={actor}
      aria-label={`${actor} holds`}
    >
      <h2>
        {actor} <span className="role">{ROLE[actor]}</span>
      </h2>
      <dl>
        {values.map((v) => {
          const info = VALUE_INFO[v.name];
          const isNew = provenanceStep(v.provenance) === step;
          const differs = diff?.has(v.name) ?? false;
          const retired = v.retiredAt !== undefined && v.retiredAt <= step;
          return (
            <div
              key={v.name}
              className={`value${isNew ? ' new' : ''}${v.name === 'KD' ? ' kd' : ''}${differs ? ' differs' : ''}${retired ? ' retired' : ''}`}
              data-value={v.name}
              data-hex={v.hex}
              data-new={isNew ? 'true' : 'false'}
              {...(retired ? { 'data-retired': String(v.retiredAt) } : {})}
              {...(differs ? { 'data-diff': 'true' } : {})}
            >
              <dt title={info.about}>
                {info.label}
                {isNew && <span className="badge">new</span>}
                {differs && <span className="badge diff">differs</span>}
                {info.illustrative && <span className="tag">illustrative</span>}
              </dt>
              <dd>
                <code className="hex">{displayValue(v.name, v.hex)}</code>
                <span className="from">
                  {describeProvenance(v.provenance)}
                  {retired && `; retired at step ${v.retiredAt}: replaced by the new KD`}
                </span>
                {v.provenance.kind === 'derived' && (
                  <DerivationInspector d={v.provenance.derivation} />
                )}
              </dd>
            </div>
          );
        })}
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
      {isUe && step >= CLAUSE_LAST_STEP && values.some((v) => v.name === 'KD') && (
        <p className="open-question" data-open-question="lifetime">
          <strong>Open question</strong> (the clause’s Editor’s note, about KD and the DKSI that
          names it): “{LIFETIME_QUESTION}”
        </p>
      )}
    </section>
  );
}
