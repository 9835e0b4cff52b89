import { useMemo, useState } from 'react';
import { describeScenario as describe, type Scenario } from '../../protocol/scenario';
import { ACTORS, type Trace } from '../../protocol/types';
import { diffTraces, type TraceDiff } from '../../review/compare';
import { seedProblem } from '../../store/deepLink';
import { useActions, useKdflow, useTrace } from '../../store/react';
import { traceOf } from '../../store/store';
import { ActorPanel } from '../actors/ActorPanel';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { Figure } from '../figure/Figure';
import { KdCheck } from '../actors/KdCheck';
import { ScenarioFields } from '../scenario/ScenarioPicker';
import { TID } from '../app/testIds';
import { DiffSummary } from './DiffSummary';
import { ReviewPanel } from './ReviewPanel';
import { SideText } from './SideText';
import './compare.css';

function Side({
  name,
  trace,
  step,
  diff,
  figureId,
  kdId,
}: {
  name: string;
  trace: Trace;
  step: number;
  diff: TraceDiff;
  figureId: string;
  kdId: string;
}) {
  return (
    <section className="compare-side" aria-label={`Scenario ${name}`} data-side={name}>
      <h2>
        {name}: <span className="side-scenario">{describe(trace.scenario)}</span>
        <span className="side-seed"> · seed “{trace.seed}”</span>
      </h2>
      <ErrorBoundary what={`figure ${name}`}>
        <Figure trace={trace} testId={figureId} diffSteps={diff.steps} />
      </ErrorBoundary>
      <KdCheck trace={trace} testId={kdId} />
      <SideText trace={trace} step={step} />
      <div className="panels compact">
        {ACTORS.map((a) => (
          <ActorPanel key={a} actor={a} trace={trace} diff={diff.values[a]} />
        ))}
      </div>
      <ReviewPanel trace={trace} />
    </section>
  );
}

/**
 * B's own seed, kept in this view while it is open (the link holds B's scenario, not its seed).
 * Until it is edited, B follows A's seed; a bad seed is refused and the last good one stays.
 */
function useSeedB(seed: string) {
  const [draft, setDraft] = useState<string | null>(null);
  const [good, setGood] = useState<string | null>(null);
  const type = (text: string) => {
    setDraft(text);
    if (seedProblem(text) === null) setGood(text);
  };
  const reset = () => {
    setDraft(null);
    setGood(null);
  };
  return {
    text: draft ?? seed,
    problem: draft === null ? null : seedProblem(draft),
    seedB: good ?? seed,
    own: good !== null,
    type,
    reset,
  };
}

/**
 * Two scenarios side by side, stepped together by the one set of controls. Each side shows its
 * figure, the step's clause text and its review; the summary above lists what differs, structural
 * differences apart from those in the bytes alone.
 */
export function CompareView({ compare }: { compare: Scenario }) {
  const a = useTrace();
  const seed = useKdflow((s) => s.seed);
  const step = useKdflow((s) => s.step);
  const { setComparison } = useActions();
  const inputs = useKdflow((s) => s.inputs);
  const seedB = useSeedB(seed);
  const b = traceOf(compare, seedB.seedB, inputs);
  const diff = useMemo(() => diffTraces(a, b, step), [a, b, step]);
  return (
    <div className="compare" data-testid={TID.compare}>
      <form
        className="scenario compare-b"
        aria-label="Scenario B"
        onSubmit={(e) => e.preventDefault()}
      >
        <strong className="side-tag">B</strong>
        <ScenarioFields scenario={compare} onChange={setComparison} testId={TID.comparePicker} />
        <label className="field seed">
          <span className="field-label">B’s seed</span>
          <input
            type="text"
            value={seedB.text}
            spellCheck={false}
            aria-invalid={seedB.problem !== null}
            aria-describedby={seedB.problem === null ? undefined : 'seed-b-error'}
            onChange={(e) => seedB.type(e.target.value)}
          />
          {seedB.problem !== null && (
            <span id="seed-b-error" className="field-error" role="alert">
              B’s seed {seedB.problem}; B’s values still come from the last good seed.
            </span>
          )}
        </label>
        {seedB.own && (
          <button type="button" className="seed-b-reset" onClick={seedB.reset}>
            Use A’s seed
          </button>
        )}
      </form>
      <DiffSummary diff={diff} step={step} />
      <div className="compare-sides">
        <Side name="A" trace={a} step={step} diff={diff} figureId={TID.figure} kdId={TID.kdCheck} />
        <Side
          name="B"
          trace={b}
          step={step}
          diff={diff}
          figureId={TID.figureB}
          kdId={TID.kdCheckB}
        />
      </div>
    </div>
  );
}
