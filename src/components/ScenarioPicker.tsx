import { MODES, PEERS, REFRESHES, TRIGGERS, type Scenario } from '../protocol/scenario';
import { useKdflow } from '../store/react';
import { TID } from './testIds';

const LABELS: Record<string, string> = {
  calculated: 'calculated: each UE calculates KD from the peer’s keying material',
  common: 'common: the MMEs agree one KD and send it',
  '0a': '0a: UE_1 received a Direct-Connection-/Rekeying-Request',
  '0b': '0b: UE_1 wants to connect to UE_2',
  'connection-identity': 'connection identity UE_2 gave earlier',
  'exp-code': 'EXP code of UE_2',
  yes: 'yes',
  no: 'no',
};

interface FieldSpec<K extends keyof Scenario> {
  field: K;
  label: string;
  options: readonly Scenario[K][];
}

const FIELDS = [
  { field: 'mode', label: 'Variant', options: MODES },
  { field: 'trigger', label: 'Step 0', options: TRIGGERS },
  { field: 'peer', label: 'UE_1 names UE_2 by', options: PEERS },
  { field: 'refresh', label: 'UE_2 refreshes its connection identity', options: REFRESHES },
] as const satisfies readonly FieldSpec<keyof Scenario>[];

export function ScenarioPicker() {
  const scenario = useKdflow((s) => s.scenario);
  const setScenario = useKdflow((s) => s.setScenario);
  const seedDraft = useKdflow((s) => s.seedDraft);
  const seedError = useKdflow((s) => s.seedError);
  const typeSeed = useKdflow((s) => s.typeSeed);
  return (
    <form className="scenario" aria-label="Scenario" onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map(({ field, label, options }) => (
        <label key={field} className="field">
          <span className="field-label">{label}</span>
          <select
            data-testid={TID.picker(field)}
            value={scenario[field]}
            onChange={(e) => setScenario({ [field]: e.target.value } as Partial<Scenario>)}
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {LABELS[o] ?? o}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="field seed">
        <span className="field-label">Seed (values are drawn from it)</span>
        <input
          data-testid={TID.seed}
          type="text"
          value={seedDraft}
          spellCheck={false}
          aria-invalid={seedError !== null}
          aria-describedby={seedError === null ? undefined : 'seed-error'}
          onChange={(e) => typeSeed(e.target.value)}
        />
        {seedError !== null && (
          <span id="seed-error" className="field-error" role="alert" data-testid={TID.seedError}>
            Seed {seedError}; the values shown still come from the last good seed.
          </span>
        )}
      </label>
    </form>
  );
}
