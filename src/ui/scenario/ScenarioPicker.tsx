import {
  MODES,
  PEERS,
  READINGS,
  REFRESHES,
  TRIGGERS,
  type Scenario,
} from '../../protocol/scenario';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './scenario.css';

/** Each choice: a short name for the compact bar, and the whole sentence as its tooltip. */
const CHOICES: Record<string, { short: string; long: string }> = {
  calculated: {
    short: 'calculated',
    long: 'calculated: each UE calculates KD from the peer’s keying material',
  },
  common: { short: 'common KD', long: 'common: the MMEs agree one KD and send it' },
  '0a': {
    short: '0a: got a request',
    long: '0a: UE_1 received a Direct-Connection-/Rekeying-Request',
  },
  '0b': { short: '0b: wants to connect', long: '0b: UE_1 wants to connect to UE_2' },
  'connection-identity': {
    short: 'connection identity',
    long: 'connection identity UE_2 gave earlier',
  },
  'exp-code': { short: 'EXP code', long: 'EXP code of UE_2' },
  yes: { short: 'yes', long: 'yes' },
  no: { short: 'no', long: 'no' },
  intended: { short: 'intended', long: 'intended: what the flow needs' },
  literal: { short: 'literal', long: 'literal: “received in message 2”, as written' },
};

interface FieldSpec<K extends keyof Scenario> {
  field: K;
  label: string;
  about: string;
  options: readonly Scenario[K][];
}

const FIELDS = [
  { field: 'mode', label: 'Variant', about: 'Which variant of the pCR', options: MODES },
  { field: 'trigger', label: 'Step 0', about: 'Which alternative of step 0', options: TRIGGERS },
  { field: 'peer', label: 'Peer', about: 'UE_1 names UE_2 by', options: PEERS },
  {
    field: 'refresh',
    label: 'Refresh',
    about: 'UE_2 refreshes its connection identity',
    options: REFRESHES,
  },
  { field: 'reading', label: 'Reading', about: 'Messages 5 and 6, read', options: READINGS },
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
  return FIELDS.map(({ field, label, about, options }) => (
    <label
      key={field}
      className="field"
      title={`${about}: ${CHOICES[scenario[field]]?.long ?? ''}`}
    >
      <span className="field-label">{label}</span>
      <select
        data-testid={testId(field)}
        aria-description={about}
        value={scenario[field]}
        onChange={(e) => onChange({ [field]: e.target.value } as Partial<Scenario>)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {CHOICES[o]?.short ?? o}
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
        <span className="field-label" title="Seed: every input is drawn from it">
          Seed
        </span>
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
        <span className="visually-hidden">Side by side</span>
        <button
          type="button"
          data-testid={TID.compareToggle}
          aria-pressed={comparing}
          onClick={toggleCompare}
        >
          {comparing ? 'Stop comparing' : 'Compare…'}
        </button>
      </div>
    </form>
  );
}
