import { ActorPanel } from './ActorPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { Figure } from './Figure';
import { KdCheck } from './KdCheck';
import { LinkErrors } from './LinkErrors';
import { ScenarioPicker } from './ScenarioPicker';
import { SchemeNote } from './SchemeNote';
import { StepControls } from './StepControls';
import { StepText } from './StepText';
import { useKeyboard } from './useKeyboard';
import { usePlayback } from './usePlayback';

/** Page-wide behaviours, kept out of App so that App never re-renders. */
function Behaviours() {
  useKeyboard();
  usePlayback();
  return null;
}

export function App() {
  return (
    <div className="app">
      <Behaviours />
      <header className="app-header">
        <h1>
          kdflow <span className="subtitle">TR clause 6.3.4.3.2 · Network authorised case</span>
        </h1>
        <p className="tagline">
          Network-authorised key establishment between two UEs for ProSe direct communication, step
          by step, with real KDF bytes computed in your browser.
        </p>
      </header>
      <LinkErrors />
      <ScenarioPicker />
      <StepControls />
      <main className="stage">
        <section className="figure-col" aria-label="Figure">
          <ErrorBoundary what="the figure">
            <Figure />
          </ErrorBoundary>
        </section>
        <section className="text-col" aria-label="Current step">
          <KdCheck />
          <StepText />
        </section>
      </main>
      <section className="panels" aria-label="What each actor holds">
        <ActorPanel actor="UE_1" />
        <ActorPanel actor="MME_1" />
        <ActorPanel actor="MME_2" />
        <ActorPanel actor="UE_2" />
      </section>
      <SchemeNote />
    </div>
  );
}
