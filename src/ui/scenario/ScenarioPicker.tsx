import {
  MODES,
  PEERS,
  READINGS,
  REFRESHES,
  TRIGGERS,
  type Scenario,
} from '../../protocol/scenario';
import { useActions, useKdflow } from '../../store/react';
import { ReportMenu } from '../report/ReportMenu';
import { TID } from '../app/testIds';
import './scenario.css';

const LABELS: Record<string, string> = {
  calculated: 'calculated: each UE calculates KD from the peer’s keying material',
  common: 'common: the MMEs agree one KD and send it',
  '0a': '0a: UE_1 received a Direct-Connection-/Rekeying-Request',
  '0b': '0b: UE_1 wants to connect to UE_2',
  'connection-identity': 'connection identity UE_2 gave earlier',
  'exp-code': 'EXP code of UE_2',
  yes: 'yes',
  no: 'no',
  intended: 'intended: what the flow needs',
  literal: 'literal: “received in message 2”, as written',
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
  { field: 'reading', label: 'Messages 5 and 6, read', options: READINGS },
] as const satisfies readonly FieldSpec<keyof Scenario>[];

/** One select per scenario option. */
export function ScenarioFields({
  scenario,
  onChange,
  testId,
}: {
  scenario: Scenario;
  onChange: (patch: Partial<Scenario>) => void;
  testId: (field: string) => string;
}) {
  return FIELDS.map(({ field, label, options }) => (
    <label key={field} className="field">
      <span className="field-label">{label}</span>
      <select
        data-testid={testId(field)}
        value={scenario[field]}
        onChange={(e) => onChange({ [field]: e.target.value } as Partial<Scenario>)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {LABELS[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  ));
}

export function ScenarioPicker() {
  const scenario = useKdflow((s) => s.scenario);
  const comparing = useKdflow((s) => s.compare !== null);
  const seedDraft = useKdflow((s) => s.seedDraft);
  const seedError = useKdflow((s) => s.seedError);
  const { setScenario, typeSeed, toggleCompare } = useActions();
  return (
    <form className="scenario" aria-label="Scenario" onSubmit={(e) => e.preventDefault()}>
      <ScenarioFields scenario={scenario} onChange={setScenario} testId={TID.picker} />
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
      <div className="field">
        <span className="field-label">Side by side</span>
        <button
          type="button"
          data-testid={TID.compareToggle}
          aria-pressed={comparing}
          onClick={toggleCompare}
        >
          {comparing ? 'Stop comparing' : 'Compare with…'}
        </button>
      </div>
      <ReportMenu />
    </form>
  );
}
