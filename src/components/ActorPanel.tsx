import type { Actor } from '../protocol/types';
import { displayValue, VALUE_INFO } from '../protocol/values';
import { useKdflow, useTrace } from '../store/react';
import { describeProvenance, provenanceStep } from './provenance';

const ROLE: Record<Actor, string> = {
  UE_1: 'device that starts the procedure',
  MME_1: 'serves UE_1',
  MME_2: 'serves UE_2',
  UE_2: 'peer device',
};

/** Every value one actor holds at the current step, new ones marked, with where each came from. */
export function ActorPanel({ actor }: { actor: Actor }) {
  const trace = useTrace();
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
          return (
            <div
              key={v.name}
              className={`value${isNew ? ' new' : ''}${v.name === 'KD' ? ' kd' : ''}`}
              data-value={v.name}
              data-hex={v.hex}
              data-new={isNew ? 'true' : 'false'}
            >
              <dt title={info.about}>
                {info.label}
                {isNew && <span className="badge">new</span>}
                {info.illustrative && <span className="tag">illustrative</span>}
              </dt>
              <dd>
                <code className="hex">{displayValue(v.name, v.hex)}</code>
                <span className="from">{describeProvenance(v.provenance)}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
