import { lazy, Suspense, type ReactNode } from 'react';
import { ACTORS } from '../../protocol/types';
import { useKdflow, useTrace } from '../../store/react';
import { ActorPanel } from '../actors/ActorPanel';
import { useFigureSettled } from './afterFigure';
import { ErrorBoundary } from './ErrorBoundary';
import { Figure } from '../figure/Figure';
import { InputEditor } from '../scenario/InputEditor';
import { KdCheck } from '../actors/KdCheck';
import { LinkErrors } from '../scenario/LinkErrors';
import { ScenarioPicker } from '../scenario/ScenarioPicker';
import { SchemeNote } from '../text/SchemeNote';
import { StepControls } from '../stepping/StepControls';
import { StepText } from '../text/StepText';
import { HeaderTools } from './HeaderTools';
import { PrintSlot } from '../print/PrintSlot';
import { useFullscreenExit } from '../presenter/presenter';
import { ShortcutsDialog } from '../stepping/ShortcutsDialog';
import { useKeyboard } from '../stepping/useKeyboard';
import { usePlayback } from '../stepping/usePlayback';
import './layout.css';

/** Page-wide behaviours, kept out of App so that App never re-renders. */
function Behaviours() {
  useKeyboard();
  usePlayback();
  useFullscreenExit();
  return null;
}

// Parts below the first screen, and the side-by-side view, load beside Mermaid rather than
// before the first paint: the entry bundle stays within its budget (README, Performance).
const named =
  <K extends string, C>(load: () => Promise<Record<K, C>>, name: K) =>
  () =>
    load().then((m) => ({ default: m[name] }));
const ClauseView = lazy(named(() => import('../text/ClauseView'), 'ClauseView'));
const CompareView = lazy(named(() => import('../analysis/CompareView'), 'CompareView'));
const ExportMenu = lazy(named(() => import('../figure/ExportMenu'), 'ExportMenu'));
const KnowledgeMatrix = lazy(named(() => import('../analysis/KnowledgeMatrix'), 'KnowledgeMatrix'));
const RekeyPanel = lazy(named(() => import('../analysis/RekeyPanel'), 'RekeyPanel'));
const ReviewPanel = lazy(named(() => import('../analysis/ReviewPanel'), 'ReviewPanel'));

// Presenter mode is loaded the first time it is asked for: most visits never use it.
const PresenterView = lazy(() =>
  import('../presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);

function Presenter() {
  return (
    <ErrorBoundary what="presenter mode (press Esc to leave it)">
      <Suspense fallback={<p className="loading">Opening presenter mode…</p>}>
        <PresenterView />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Parts loaded on demand, asked for once the figure is drawn (afterFigure.ts says why). */
function AfterFigure({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useFigureSettled() ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
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
            <AfterFigure fallback={null}>
              <ExportMenu />
            </AfterFigure>
          </ErrorBoundary>
        </section>
        <section className="text-col" aria-label="Current step">
          <KdCheck trace={trace} />
          <StepText />
          <AfterFigure fallback={<p className="loading">Loading the review…</p>}>
            <ReviewPanel trace={trace} />
            <KnowledgeMatrix trace={trace} />
            <RekeyPanel trace={trace} />
            <ClauseView />
          </AfterFigure>
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
  return compare ? (
    <Suspense fallback={<p className="loading">Opening the side-by-side view…</p>}>
      <CompareView compare={compare} />
    </Suspense>
  ) : (
    <SingleView />
  );
}

/** The whole page, or in presenter mode only the presenter's view. */
export function App() {
  const presenting = useKdflow((s) => s.presenting);
  return (
    <>
      <Behaviours />
      {presenting ? <Presenter /> : <Page />}
    </>
  );
}

function Page() {
  return (
    <div className="app">
      <header className="app-header">
        <HeaderTools />
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
      <PrintSlot />
      <SchemeNote />
      <ShortcutsDialog />
    </div>
  );
}
