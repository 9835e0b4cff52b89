import { useMemo } from 'react';
import { ACTORS, type Link, type Trace } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';
import {
  KNOWLEDGE_COLUMNS,
  LINK_LABEL,
  LINKS,
  knowledge,
  type KnowledgeColumn,
  type KnowledgeRow,
  type KnowledgeState,
} from '../../review/knowledge';
import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './knowledge.css';

/** One mark per state; the legend and each cell's tooltip say the rest. */
const MARK: Record<KnowledgeState, string> = {
  holds: '●',
  derivable: '◐',
  sees: '◉',
  ciphertext: '▒',
  none: '·',
};

const LEGEND: Record<KnowledgeState, string> = {
  holds: 'holds',
  derivable: 'can compute from what it holds or sees',
  sees: 'sees in clear',
  ciphertext: 'sees only ciphertext',
  none: 'does not know',
};

const STATES = Object.keys(MARK) as KnowledgeState[];

const isLink = (c: KnowledgeColumn): c is Link => (LINKS as readonly string[]).includes(c);

/** Short headers for the eavesdropper columns; the key under the table spells them out. */
const LINK_SHORT: Record<Link, string> = {
  'NAS-1': 'NAS 1',
  'NAS-2': 'NAS 2',
  'MME-MME': 'MMEs',
  PC5: 'PC5',
};

/** Who, by this step, holds or could compute KD, and whether any eavesdropper could. */
function kdLine(rows: KnowledgeRow[]): string | null {
  const kd = rows.find((r) => r.value === 'KD');
  if (!kd) return null;
  const knows = (s: KnowledgeState) => s === 'holds' || s === 'derivable';
  const who = ACTORS.filter((a) => knows(kd.cells[a].state)).map((a) =>
    kd.cells[a].state === 'derivable' ? `${a} (can compute it)` : a,
  );
  const spies = LINKS.filter((l) => knows(kd.cells[l].state) || kd.cells[l].state === 'sees');
  return `KD is known to ${who.join(', ')}; ${spies.length === 0 ? 'to no eavesdropper' : `also to the eavesdropper on ${spies.map((l) => LINK_LABEL[l]).join(', ')}`}.`;
}

/**
 * "Who knows what" at the current step: every value against the four actors and a passive
 * eavesdropper on each link, each cell saying how it was learned (in its tooltip).
 */
export function KnowledgeMatrix({ trace }: { trace: Trace }) {
  const step = useKdflow((s) => s.step);
  const rows = useMemo(() => knowledge(trace, step), [trace, step]);
  const line = kdLine(rows);
  return (
    <details className="knowledge" open>
      <summary>
        <h2>Who knows what</h2> <span className="at">at step {step}</span>
      </summary>
      <p className="hint" data-testid={TID.knowledgeLinks}>
        {trace.procedure.links.map((l) => `${l.label}: ${l.why}. `).join('')}
        {trace.steps
          .filter(({ def }) => def.exposed !== undefined)
          .map(({ def }) => `Message ${def.n} is seen in clear: ${def.exposed} `)
          .join('')}
        Hover a cell for how it was learned.
      </p>
      {line && (
        <p className="knowledge-kd" data-kd-line>
          {line}
        </p>
      )}
      <div className="knowledge-scroll">
        <table data-testid={TID.knowledge} data-step={step}>
          <colgroup>
            <col className="k-col-value" />
            {KNOWLEDGE_COLUMNS.map((c) => (
              <col key={c} className={isLink(c) ? 'k-col-link' : 'k-col-actor'} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                Value
              </th>
              <th colSpan={ACTORS.length} scope="colgroup">
                Actors
              </th>
              <th colSpan={LINKS.length} scope="colgroup" className="spy">
                Eavesdropper on
              </th>
            </tr>
            <tr>
              {KNOWLEDGE_COLUMNS.map((c) => (
                <th
                  key={c}
                  scope="col"
                  className={isLink(c) ? 'spy' : undefined}
                  title={isLink(c) ? `eavesdropper on ${LINK_LABEL[c]}` : c}
                >
                  {isLink(c) ? (
                    LINK_SHORT[c]
                  ) : (
                    // May break after the underscore in a narrow column: MME_ / 1.
                    <>
                      {c.split('_')[0]}_<wbr />
                      {c.split('_')[1]}
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.value} className={r.value === 'KD' ? 'kd' : undefined}>
                <th scope="row" title={VALUE_INFO[r.value].about}>
                  {VALUE_INFO[r.value].label}
                </th>
                {KNOWLEDGE_COLUMNS.map((c) => {
                  const cell = r.cells[c];
                  return (
                    <td
                      key={c}
                      className={`k-${cell.state}${cell.retired ? ' retired' : ''}`}
                      data-cell={`${r.value}/${c}`}
                      data-state={cell.state}
                      title={`${isLink(c) ? `Eavesdropper on ${LINK_LABEL[c]}` : c}: ${LEGEND[cell.state]}. ${cell.how}`}
                    >
                      <span aria-hidden="true">{MARK[cell.state]}</span>
                      <span className="sr-only">
                        {LEGEND[cell.state]}: {cell.how}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="knowledge-legend" aria-label="Legend">
        {STATES.map((s) => (
          <li key={s}>
            <span className={`k-${s}`} aria-hidden="true">
              {MARK[s]}
            </span>{' '}
            {LEGEND[s]}
          </li>
        ))}
        <li>
          <span className="k-holds retired" aria-hidden="true">
            {MARK.holds}
          </span>{' '}
          held but retired
        </li>
      </ul>
      <p className="hint">
        Eavesdropper columns: {LINKS.map((l) => `${LINK_SHORT[l]} = ${LINK_LABEL[l]}`).join(', ')}.
      </p>
    </details>
  );
}
