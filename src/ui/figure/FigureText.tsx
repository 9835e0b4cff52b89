import { VALUE_INFO } from '../../protocol/values';
import type { Trace } from '../../protocol/types';
import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';

/**
 * The figure as text, for screen readers and for anyone who wants to read it: every step with its
 * endpoints and parameters, the current one marked.
 */
export function FigureText({ trace, id }: { trace: Trace; id: string }) {
  const step = useKdflow((s) => s.step);
  return (
    <details className="figure-text" data-testid={TID.figureText}>
      <summary>The figure as text</summary>
      <ol id={id} start={0}>
        {trace.steps.map(({ def }) => (
          <li key={def.n} aria-current={def.n === step ? 'step' : undefined}>
            {def.kind === 'message'
              ? `${def.from} → ${def.to}: ${def.title}${
                  def.params.length
                    ? `, carrying ${def.params
                        .map((p) => VALUE_INFO[p.name].label + (p.basis === 'ffs' ? ' (FFS)' : ''))
                        .join(', ')}`
                    : ''
                }.`
              : `${def.actors.join(' and ')}: ${def.title}.`}
          </li>
        ))}
      </ol>
    </details>
  );
}
