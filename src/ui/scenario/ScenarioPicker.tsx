import { PROCEDURE } from '../../protocol/procedure';
import type { Scenario } from '../../protocol/scenario';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './scenario.css';

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
  return PROCEDURE.fields.map(({ key: field, label, about, choices }) => (
    <label
      key={field}
      className="field"
      title={`${about}: ${choices.find((c) => c.value === scenario[field])?.long ?? ''}`}
    >
      <span className="field-label">{label}</span>
      <select
        data-testid={testId(field)}
        aria-description={about}
        value={scenario[field]}
        onChange={(e) => onChange({ [field]: e.target.value } as Partial<Scenario>)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value} title={c.long}>
            {c.short}
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
