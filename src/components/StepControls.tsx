import { narrate } from '../protocol/narration';
import { LAST_STEP } from '../store/deepLink';
import { useActions, useKdflow, useTrace } from '../store/react';
import { PLAY_SPEEDS_MS } from '../store/store';
import { TID } from './testIds';

const SPEED_NAMES: Record<number, string> = {
  2000: 'slow',
  1200: 'normal',
  700: 'fast',
  400: 'faster',
};

export function StepControls() {
  const step = useKdflow((s) => s.step);
  const playing = useKdflow((s) => s.playing);
  const interval = useKdflow((s) => s.playIntervalMs);
  const { first, previous, next, last, togglePlay, goTo, setPlayInterval } = useActions();
  const trace = useTrace();
  const scenario = useKdflow((s) => s.scenario);
  return (
    <nav className="stepper" aria-label="Steps">
      <div className="buttons">
        <button
          type="button"
          data-testid={TID.first}
          onClick={first}
          disabled={step === 0}
          title="First step (Home)"
        >
          « First
        </button>
        <button
          type="button"
          data-testid={TID.previous}
          onClick={previous}
          disabled={step === 0}
          title="Previous step (←)"
        >
          ◀ Previous
        </button>
        <button
          type="button"
          data-testid={TID.play}
          onClick={togglePlay}
          aria-pressed={playing}
          title="Play / pause (Space)"
        >
          {playing ? '‖ Pause' : '▶ Play'}
        </button>
        <button
          type="button"
          data-testid={TID.next}
          onClick={next}
          disabled={step === LAST_STEP}
          title="Next step (→)"
        >
          Next ▶
        </button>
        <button
          type="button"
          data-testid={TID.last}
          onClick={last}
          disabled={step === LAST_STEP}
          title="Last step (End)"
        >
          Last »
        </button>
        <label className="speed">
          <span>Speed</span>
          <select
            data-testid={TID.speed}
            value={interval}
            onChange={(e) => setPlayInterval(Number(e.target.value))}
          >
            {PLAY_SPEEDS_MS.map((ms) => (
              <option key={ms} value={ms}>
                {SPEED_NAMES[ms]} ({(ms / 1000).toFixed(1)} s)
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="step-indicator" data-testid={TID.stepIndicator} data-current-step={step}>
        Step <strong>{step}</strong> of {LAST_STEP}: {trace.steps[step]?.def.title}
      </div>
      <ol className="rail" aria-label="Go to step">
        {trace.steps.map(({ def }) => (
          <li key={def.n}>
            <button
              type="button"
              aria-current={def.n === step ? 'step' : undefined}
              className={def.n < step ? 'done' : def.n === step ? 'current' : 'todo'}
              onClick={() => goTo(def.n)}
              title={def.title}
            >
              {def.n}
            </button>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid={TID.announcer}>
        Step {step} of {LAST_STEP}: {trace.steps[step]?.def.title}. {narrate(scenario, step)}
      </p>
    </nav>
  );
}
