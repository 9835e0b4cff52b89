import { useActions, useKdflow, useTrace } from '../../store/react';
import { SpeedSelect } from './SpeedSelect';
import { TID } from '../app/testIds';
import './stepping.css';

export function StepControls() {
  const step = useKdflow((s) => s.step);
  const playing = useKdflow((s) => s.playing);
  const { first, previous, next, last, togglePlay, goTo } = useActions();
  const trace = useTrace();
  const final = trace.steps.length - 1;
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
          «<span className="visually-hidden"> First</span>
        </button>
        <button
          type="button"
          data-testid={TID.previous}
          onClick={previous}
          disabled={step === 0}
          title="Previous step (←)"
        >
          ◀ <span className="btn-word">Previous</span>
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
          disabled={step === final}
          title="Next step (→)"
        >
          <span className="btn-word">Next</span> ▶
        </button>
        <button
          type="button"
          data-testid={TID.last}
          onClick={last}
          disabled={step === final}
          title="Last step (End)"
        >
          <span className="visually-hidden">Last </span>»
        </button>
        <SpeedSelect />
      </div>
      <div className="step-indicator" data-testid={TID.stepIndicator} data-current-step={step}>
        Step <strong>{step}</strong> of {final}:{' '}
        <span className="step-title">{trace.steps[step]?.def.title}</span>
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
        Step {step} of {final}: {trace.steps[step]?.def.title}. {trace.steps[step]?.def.narration}
      </p>
    </nav>
  );
}
