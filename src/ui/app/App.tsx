import { lazy, Suspense, type ReactNode } from 'react';
import { useKdflow, useTrace } from '../../store/react';
import { ActorPanel } from '../actors/ActorPanel';
import { useFigureSettled } from './afterFigure';
import { ErrorBoundary } from './ErrorBoundary';
import { retriable } from './retriable';
import { Figure } from '../figure/Figure';
import { InputEditor } from '../scenario/InputEditor';
import { KdCheck } from '../actors/KdCheck';
import { LinkErrors } from '../scenario/LinkErrors';
import { ScenarioPicker } from '../scenario/ScenarioPicker';
import { SchemeNote } from '../text/SchemeNote';
import { StepControls } from '../stepping/StepControls';
import { StepText } from '../text/StepText';
import { HeaderTools } from './HeaderTools';
import { ReportMenu } from '../report/ReportMenu';
import { Sections, type Section } from './Sections';
import { TID } from './testIds';
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

const PcrChange = retriable(named(() => import('../text/PcrChange'), 'PcrChange'));
const ClauseView = retriable(named(() => import('../text/ClauseView'), 'ClauseView'));
const CompareView = retriable(named(() => import('../analysis/CompareView'), 'CompareView'));
const ExportMenu = retriable(named(() => import('../figure/ExportMenu'), 'ExportMenu'));
const KnowledgeMatrix = retriable(
  named(() => import('../analysis/KnowledgeMatrix'), 'KnowledgeMatrix'),
);
const SchemeMatrix = retriable(named(() => import('../analysis/SchemeMatrix'), 'SchemeMatrix'));
const RekeyPanel = retriable(named(() => import('../analysis/RekeyPanel'), 'RekeyPanel'));
const ReviewPanel = retriable(named(() => import('../analysis/ReviewPanel'), 'ReviewPanel'));
const Redline = retriable(named(() => import('../analysis/Redline'), 'Redline'));
const Questions = retriable(named(() => import('../analysis/Questions'), 'Questions'));
const TrFigurePanel = retriable(named(() => import('../figure/TrFigurePanel'), 'TrFigurePanel'));
const AttackerPanel = retriable(named(() => import('../attack/AttackerPanel'), 'AttackerPanel'));
const AttackOutcomeBox = retriable(
  named(() => import('../attack/AttackOutcomeBox'), 'AttackOutcomeBox'),
);

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

/**
 * A part loaded on demand, in a boundary of its own: a part that cannot load (its file did not
 * arrive: the network cut at a meeting) says so in its place, and the rest of the page works on.
 */
const later = (what: string, part: ReactNode) => (
  <ErrorBoundary what={what}>
    <AfterFigure fallback={<p className="loading">Loading {what}…</p>}>{part}</AfterFigure>
  </ErrorBoundary>
);

/** Everything beyond the stepping view, one tab each. */
function AnalysisSections() {
  const trace = useTrace();
  const sections: Section[] = [
    { id: 'review', label: 'Review', content: later('the review', <ReviewPanel trace={trace} />) },
    { id: 'redline', label: 'Redline', content: later('the redline', <Redline trace={trace} />) },
    {
      id: 'tr-figure',
      label: 'TR figure',
      content: later('the TR figure', <TrFigurePanel trace={trace} />),
    },
    {
      id: 'questions',
      label: 'Questions',
      content: later('the questions', <Questions trace={trace} />),
    },
    {
      id: 'knowledge',
      label: 'Who knows what',
      content: later('the matrix', <KnowledgeMatrix trace={trace} />),
    },
    { id: 'schemes', label: 'Schemes', content: later('the schemes', <SchemeMatrix />) },
    {
      id: 'attackers',
      label: 'Attackers',
      content: later('the attackers', <AttackerPanel />),
    },
    {
      id: 'rekey',
      label: 'Rekeying',
      content: later('the contrast', <RekeyPanel trace={trace} />),
    },
    { id: 'inputs', label: 'Inputs', content: <InputEditor /> },
    { id: 'clause', label: 'Whole clause', content: later('the clause', <ClauseView />) },
    { id: 'pcr', label: 'What this pCR changes', content: later('the pCR box', <PcrChange />) },
  ];
  return <Sections sections={sections} label="Review and more" />;
}

/**
 * One scenario, the stepping view: UE_1's holdings, the step's text above the figure, UE_2's
 * holdings, all in one screen (layout.css); the MMEs condensed under their UEs; the rest in tabs.
 */
function SingleView() {
  const trace = useTrace();
  const attacker = useKdflow((s) => s.attacker);
  return (
    <main className="stage" data-testid={TID.stage}>
      <aside className="side side-1" aria-label="UE_1 and MME_1">
        <ActorPanel actor="UE_1" trace={trace} />
        <ActorPanel actor="MME_1" trace={trace} condensed />
      </aside>
      <section className="centre" aria-label="Current step and figure">
        <div className="step-box" tabIndex={0} role="region" aria-label="The current step">
          {attacker !== 'none' && (
            <ErrorBoundary what="the attack's outcome">
              <Suspense fallback={<p className="loading">Replaying the attacker…</p>}>
                <AttackOutcomeBox attacker={attacker} trace={trace} />
              </Suspense>
            </ErrorBoundary>
          )}
          <KdCheck trace={trace} />
          <StepText />
        </div>
        <section className="figure-col" aria-label="Figure">
          <ErrorBoundary what="the figure">
            <Figure trace={trace} follow />
            {/* A slot of fixed height: the menu loads after the figure, and must not shrink
                the figure's box once the figure has scrolled to the current step. */}
            <div className="export-slot">
              <ErrorBoundary what="the export menu">
                <AfterFigure fallback={null}>
                  <ExportMenu />
                </AfterFigure>
              </ErrorBoundary>
            </div>
          </ErrorBoundary>
        </section>
      </section>
      <aside className="side side-2" aria-label="UE_2 and MME_2">
        <ActorPanel actor="UE_2" trace={trace} />
        <ActorPanel actor="MME_2" trace={trace} condensed />
      </aside>
    </main>
  );
}

function Views() {
  const compare = useKdflow((s) => s.compare);
  return compare ? (
    <ErrorBoundary what="the side-by-side view">
      <Suspense fallback={<p className="loading">Opening the side-by-side view…</p>}>
        <CompareView compare={compare} />
      </Suspense>
    </ErrorBoundary>
  ) : null;
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
  const single = useKdflow((s) => s.compare === null);
  return (
    <div className="app">
      <div className={single ? 'screen single' : 'screen'}>
        <header className="app-header">
          <h1>
            kdflow{' '}
            <span className="subtitle">
              <span className="title-long">TR clause </span>6.3.4.3.2
              <span className="title-long"> · Network authorised case</span>
              <span className="tagline">
                {' '}
                · network-authorised KD establishment between two UEs for ProSe direct
                communication, with real KDF bytes computed in your browser
              </span>
            </span>
          </h1>
          <ReportMenu />
          <HeaderTools />
        </header>
        <LinkErrors />
        <ScenarioPicker />
        <StepControls />
        {single && <SingleView />}
      </div>
      {single ? <AnalysisSections /> : <Views />}
      <PrintSlot />
      <SchemeNote />
      <ShortcutsDialog />
    </div>
  );
}
