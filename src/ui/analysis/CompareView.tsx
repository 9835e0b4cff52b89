import { useMemo } from 'react';
import type { Scenario } from '../../protocol/scenario';
import { ACTORS, type Trace } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';
import { diffTraces, type TraceDiff } from '../../review/compare';
import { useActions, useKdflow, useTrace } from '../../store/react';
import { traceOf } from '../../store/store';
import { ActorPanel } from '../actors/ActorPanel';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { Figure } from '../figure/Figure';
import { KdCheck } from '../actors/KdCheck';
import { ScenarioFields } from '../scenario/ScenarioPicker';
import { TID } from '../app/testIds';
import './compare.css';

const describe = (s: Scenario) =>
  `${s.mode} · ${s.trigger} · ${s.peer} · refresh ${s.refresh} · ${s.reading}`;

function Side({
  name,
  trace,
  diff,
  figureId,
  kdId,
}: {
  name: string;
  trace: Trace;
  diff: TraceDiff;
  figureId: string;
  kdId: string;
}) {
  return (
    <section className="side" aria-label={`Scenario ${name}`} data-side={name}>
      <h2>
        {name}: <span className="side-scenario">{describe(trace.scenario)}</span>
      </h2>
      <ErrorBoundary what={`figure ${name}`}>
        <Figure trace={trace} testId={figureId} diffSteps={diff.steps} />
      </ErrorBoundary>
      <KdCheck trace={trace} testId={kdId} />
      <div className="panels compact">
        {ACTORS.map((a) => (
          <ActorPanel key={a} actor={a} trace={trace} diff={diff.values[a]} />
        ))}
      </div>
    </section>
  );
}

/**
 * Two scenarios side by side, stepped together by the one set of controls; messages and held
 * values that differ are marked on both sides.
 */
export function CompareView({ compare }: { compare: Scenario }) {
  const a = useTrace();
  const seed = useKdflow((s) => s.seed);
  const step = useKdflow((s) => s.step);
  const { setComparison } = useActions();
  const inputs = useKdflow((s) => s.inputs);
  const b = traceOf(compare, seed, inputs);
  const diff = useMemo(() => diffTraces(a, b, step), [a, b, step]);
  const differing = ACTORS.flatMap((actor) =>
    [...diff.values[actor]].map((v) => `${VALUE_INFO[v].label} at ${actor}`),
  );
  return (
    <div className="compare" data-testid={TID.compare}>
      <form
        className="scenario compare-b"
        aria-label="Scenario B"
        onSubmit={(e) => e.preventDefault()}
      >
        <strong className="side-tag">B</strong>
        <ScenarioFields scenario={compare} onChange={setComparison} testId={TID.comparePicker} />
      </form>
      <p className="diff-summary" data-testid={TID.diffSummary} role="status">
        {diff.steps.size === 0
          ? 'The two figures have the same messages.'
          : `Messages that differ: ${[...diff.steps].sort().join(', ')}.`}{' '}
        {differing.length === 0
          ? 'At this step every actor holds the same values on both sides.'
          : `At this step these values differ: ${differing.join('; ')}.`}
      </p>
      <div className="sides">
        <Side name="A" trace={a} diff={diff} figureId={TID.figure} kdId={TID.kdCheck} />
        <Side name="B" trace={b} diff={diff} figureId={TID.figureB} kdId={TID.kdCheckB} />
      </div>
    </div>
  );
}
