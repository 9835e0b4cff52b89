import { useMemo } from 'react';
import { formatInput, INPUT_NAMES, INPUT_SPECS, seededInputs } from '../../protocol/inputs';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './scenario.css';

/**
 * Every input of the run, editable. A good value is used at once and every actor's values follow;
 * a bad one stays as typed with a message naming the field and the rule, while the last good
 * value stays in use. Edited values go into the link.
 */
export function InputEditor() {
  const seed = useKdflow((s) => s.seed);
  const inputs = useKdflow((s) => s.inputs);
  const drafts = useKdflow((s) => s.inputDrafts);
  const problems = useKdflow((s) => s.inputErrors);
  const { typeInput, randomizeInputs, resetInputs } = useActions();
  const seeded = useMemo(() => seededInputs(seed), [seed]);
  const edited = Object.keys(inputs).length;
  return (
    <details className="inputs" data-testid={TID.inputs} open={edited > 0 ? true : undefined}>
      <summary>
        <h2>Inputs{edited > 0 ? ` (${edited} edited)` : ': drawn from the seed'}</h2>
      </summary>
      <p className="hint">
        Edit any input and every actor’s values follow. Unedited inputs come from the seed.
      </p>
      <div className="input-actions">
        <button type="button" data-testid={TID.randomInputs} onClick={randomizeInputs}>
          Random
        </button>
        <button
          type="button"
          data-testid={TID.resetInputs}
          onClick={resetInputs}
          disabled={edited === 0 && Object.keys(drafts).length === 0}
        >
          Back to the seed’s values
        </button>
      </div>
      <div className="input-grid">
        {INPUT_NAMES.map((name) => {
          const spec = INPUT_SPECS[name];
          const value = drafts[name] ?? inputs[name] ?? formatInput(name, seeded[name]);
          const problem = problems[name];
          return (
            <label key={name} className={`field input-${spec.kind}`}>
              <span className="field-label">
                {spec.label}
                {inputs[name] !== undefined && <span className="badge edited">edited</span>}
              </span>
              <input
                type="text"
                data-testid={TID.input(name)}
                value={value}
                spellCheck={false}
                autoComplete="off"
                aria-invalid={problem !== undefined}
                aria-describedby={problem === undefined ? undefined : `input-error-${name}`}
                onChange={(e) => typeInput(name, e.target.value)}
              />
              {problem !== undefined && (
                <span id={`input-error-${name}`} className="field-error" role="alert">
                  {problem}. The last good value is still in use.
                </span>
              )}
            </label>
          );
        })}
      </div>
    </details>
  );
}
