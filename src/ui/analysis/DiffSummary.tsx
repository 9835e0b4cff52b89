import { useEffect, useRef } from 'react';
import type { Difference, DiffKind, TraceDiff } from '../../review/compare';
import { useActions } from '../../store/react';
import { TID } from '../app/testIds';

const HEADINGS: Record<DiffKind, string> = {
  structural: 'Structural differences',
  bytes: 'Byte differences only from the values',
};

const HINTS: Record<DiffKind, string> = {
  structural:
    'A message, a parameter or a value on one side only, or a value reached another way (calculated, taken or received).',
  bytes: 'The same value, carried or held the same way on both sides, with other bytes.',
};

function DiffList({ kind, items, step }: { kind: DiffKind; items: Difference[]; step: number }) {
  const { goTo } = useActions();
  const here = items.filter((d) => d.step === step).length;
  const list = useRef<HTMLUListElement>(null);
  // Bring the current step's first item to the top of the list, scrolling the list only.
  useEffect(() => {
    const ul = list.current;
    const first = ul?.querySelector<HTMLElement>('.diff-item.here');
    if (ul && first)
      ul.scrollTop += first.getBoundingClientRect().top - ul.getBoundingClientRect().top;
  }, [step, items]);
  return (
    <section className={`diff-list ${kind}`} data-diff-list={kind} aria-label={HEADINGS[kind]}>
      <h3>
        {HEADINGS[kind]} (<span data-count>{items.length}</span>)
        {here > 0 && <span className="diff-here"> · {here} at this step</span>}
      </h3>
      <p className="hint">{HINTS[kind]}</p>
      {items.length === 0 ? (
        <p className="diff-none">None.</p>
      ) : (
        <ul ref={list}>
          {items.map((d, i) => (
            <li key={i}>
              <button
                type="button"
                className={`diff-item${d.step === step ? ' here' : ''}`}
                data-diff-kind={d.kind}
                data-step={d.step}
                {...(d.actor ? { 'data-actor-name': d.actor } : {})}
                {...(d.value ? { 'data-value-name': d.value } : {})}
                onClick={() => goTo(d.step)}
              >
                <span className="at">step {d.step}</span> {d.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What differs between A and B over the whole run, in two lists: structural differences, and
 * differences in the bytes alone. Each item names its step; clicking it goes there.
 */
export function DiffSummary({ diff, step }: { diff: TraceDiff; step: number }) {
  const { structural, bytes } = diff;
  const none = structural.length === 0 && bytes.length === 0;
  return (
    <div className="diff-summary" data-testid={TID.diffSummary}>
      <p className="diff-status" role="status">
        {none
          ? 'A and B are the same run: the same messages, values and bytes.'
          : `${structural.length} structural and ${bytes.length} byte differences over the run.`}
      </p>
      <div className="diff-lists">
        <DiffList kind="structural" items={structural} step={step} />
        <DiffList kind="bytes" items={bytes} step={step} />
      </div>
    </div>
  );
}
