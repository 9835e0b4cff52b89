import { ACTORS } from '../protocol/types';
import { useKdflow, useTrace } from '../store/react';
import { ActorPanel } from './ActorPanel';
import { ClauseView } from './ClauseView';
import { CompareView } from './CompareView';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportMenu } from './ExportMenu';
import { Figure } from './Figure';
import { InputEditor } from './InputEditor';
import { KdCheck } from './KdCheck';
import { KnowledgeMatrix } from './KnowledgeMatrix';
import { LinkErrors } from './LinkErrors';
import { RekeyPanel } from './RekeyPanel';
import { ReviewPanel } from './ReviewPanel';
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

/** One scenario: the figure beside the step's text and review, the actors below. */
function SingleView() {
  const trace = useTrace();
  return (
    <>
      <main className="stage">
        <section className="figure-col" aria-label="Figure">
          <ErrorBoundary what="the figure">
            <Figure trace={trace} />
            <ExportMenu />
          </ErrorBoundary>
        </section>
        <section className="text-col" aria-label="Current step">
          <KdCheck trace={trace} />
          <StepText />
          <ReviewPanel trace={trace} />
          <KnowledgeMatrix trace={trace} />
          <RekeyPanel trace={trace} />
          <ClauseView />
        </section>
      </main>
      <section className="panels" aria-label="What each actor holds">
        {ACTORS.map((a) => (
          <ActorPanel key={a} actor={a} trace={trace} />
        ))}
      </section>
    </>
  );
}

function Views() {
  const compare = useKdflow((s) => s.compare);
  return compare ? <CompareView compare={compare} /> : <SingleView />;
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
      <InputEditor />
      <StepControls />
      <Views />
      <SchemeNote />
    </div>
  );
}
