import { useMemo } from 'react';
import { PROTECTION_ASSUMPTIONS, type Assumptions } from '../../protocol/procedure/links';
import { ACTORS, type Actor, type Link, type Trace } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';
import {
  COALITIONS,
  COALITION_IDS,
  exposedMessages,
  KNOWLEDGE_COLUMNS,
  LINK_LABEL,
  LINKS,
  knowledge,
  linksUnder,
  pooledGains,
  type Coalition,
  type KnowledgeColumn,
  type KnowledgeRow,
  type KnowledgeState,
} from '../../review/knowledge';
import { useActions, useKdflow } from '../../store/react';
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
const isCoalition = (c: KnowledgeColumn): c is Coalition =>
  (COALITION_IDS as readonly string[]).includes(c);
const columnClass = (c: KnowledgeColumn) =>
  isLink(c) ? 'spy' : isCoalition(c) ? 'coalition' : undefined;

/** Short headers for the eavesdropper columns; the key under the table spells them out. */
const LINK_SHORT: Record<Link, string> = {
  'NAS-1': 'NAS 1',
  'NAS-2': 'NAS 2',
  'MME-MME': 'MMEs',
  PC5: 'PC5',
};

const ABOUT = Object.fromEntries(COALITIONS.map((c) => [c.id, c.about])) as Record<
  Coalition,
  string
>;

/** A member of a coalition in words: an actor by name, a link as its eavesdropper. */
const memberWords = (m: Actor | Link) =>
  isLink(m) ? `the ${LINK_SHORT[m]} eavesdropper` : (m as string);

/** Who the column is, in words, for its header's and cells' tooltips. */
const columnWords = (c: KnowledgeColumn) =>
  isLink(c) ? `Eavesdropper on ${LINK_LABEL[c]}` : isCoalition(c) ? `${c} (${ABOUT[c]})` : c;

/** A header that may break before a coalition's `+` (MME_1 / +PC5), or after an actor's `_`. */
function Header({ column }: { column: KnowledgeColumn }) {
  if (isLink(column)) return <>{LINK_SHORT[column]}</>;
  const parts = isCoalition(column) ? column.split(/(?=\+)/) : column.split(/(?<=_)/);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {p}
        </span>
      ))}
    </>
  );
}

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

/** What each coalition gets only by pooling, in words, one line per coalition. */
function pooledLines(rows: KnowledgeRow[]): { id: Coalition; text: string }[] {
  const gains = pooledGains(rows);
  return COALITIONS.map(({ id, members }) => {
    const got = gains[id].map((v) => VALUE_INFO[v].label);
    const text =
      got.length === 0
        ? `gets nothing that ${members.map(memberWords).join(' or ')} cannot get alone`
        : `can compute ${got.join(', ')}, which neither ${members.map(memberWords).join(' nor ')} can alone`;
    return { id, text };
  });
}

/** The two protection assumptions, each a labelled select that recomputes the matrix. */
function AssumptionToggles({ assumptions }: { assumptions: Assumptions }) {
  const { setAssumptions } = useActions();
  return (
    <fieldset className="knowledge-assumptions">
      <legend>Assumptions (the pCR settles neither)</legend>
      {PROTECTION_ASSUMPTIONS.map((a) => (
        <label key={a.key}>
          {a.label}{' '}
          <select
            data-testid={TID.assumption(a.key)}
            value={assumptions[a.key]}
            title={a.about}
            onChange={(e) => setAssumptions({ [a.key]: e.target.value } as Partial<Assumptions>)}
          >
            {a.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Who knows what" at the current step: every value against the four actors, a passive
 * eavesdropper on each link and the coalitions, under the chosen protection assumptions, each cell
 * saying how it was learned (in its tooltip).
 */
export function KnowledgeMatrix({ trace }: { trace: Trace }) {
  const step = useKdflow((s) => s.step);
  const assumptions = useKdflow((s) => s.assumptions);
  const rows = useMemo(() => knowledge(trace, step, assumptions), [trace, step, assumptions]);
  const links = useMemo(() => linksUnder(trace, assumptions), [trace, assumptions]);
  const exposed = useMemo(() => exposedMessages(trace, assumptions), [trace, assumptions]);
  const line = kdLine(rows);
  return (
    <details className="knowledge" open>
      <summary>
        <h2>Who knows what</h2> <span className="at">at step {step}</span>
      </summary>
      <AssumptionToggles assumptions={assumptions} />
      <p className="hint" data-testid={TID.knowledgeLinks}>
        {links.map((l) => `${l.label}: ${l.why}. `).join('')}
        {exposed.map(({ n, why }) => `Message ${n} is seen in clear: ${why} `).join('')}
        Hover a cell for how it was learned.
      </p>
      {line && (
        <p className="knowledge-kd" data-kd-line>
          {line}
        </p>
      )}
      <ul className="knowledge-pooled" aria-label="What pooling adds">
        {pooledLines(rows).map(({ id, text }) => (
          <li key={id} data-pooled-line={id}>
            <strong>{id}</strong> {text}.
          </li>
        ))}
      </ul>
      <div className="knowledge-scroll" tabIndex={0} role="region" aria-label="The matrix">
        <table data-testid={TID.knowledge} data-step={step}>
          <colgroup>
            <col className="k-col-value" />
            {KNOWLEDGE_COLUMNS.map((c) => (
              <col key={c} className={`k-col-${columnClass(c) ?? 'actor'}`} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th rowSpan={2} scope="col" className="k-value">
                Value
              </th>
              <th colSpan={ACTORS.length} scope="colgroup">
                Actors
              </th>
              <th colSpan={LINKS.length} scope="colgroup" className="spy">
                Eavesdropper on
              </th>
              <th colSpan={COALITION_IDS.length} scope="colgroup" className="coalition">
                Coalitions
              </th>
            </tr>
            <tr>
              {KNOWLEDGE_COLUMNS.map((c) => (
                <th key={c} scope="col" className={columnClass(c)} title={columnWords(c)}>
                  <Header column={c} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.value} className={r.value === 'KD' ? 'kd' : undefined}>
                <th scope="row" className="k-value" title={VALUE_INFO[r.value].about}>
                  {VALUE_INFO[r.value].label}
                </th>
                {KNOWLEDGE_COLUMNS.map((c) => {
                  const cell = r.cells[c];
                  const pooled = cell.pooled ? ' (only by pooling)' : '';
                  return (
                    <td
                      key={c}
                      className={[
                        `k-${cell.state}`,
                        cell.retired && 'retired',
                        cell.pooled && 'pooled',
                        columnClass(c),
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      data-cell={`${r.value}/${c}`}
                      data-state={cell.state}
                      data-pooled={cell.pooled ? 'true' : undefined}
                      title={`${columnWords(c)}: ${LEGEND[cell.state]}${pooled}. ${cell.how}`}
                    >
                      <span aria-hidden="true">{MARK[cell.state]}</span>
                      <span className="sr-only">
                        {LEGEND[cell.state]}
                        {pooled}: {cell.how}
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
        <li>
          <span className="k-derivable pooled" aria-hidden="true">
            {MARK.derivable}
          </span>{' '}
          only by pooling
        </li>
      </ul>
      <p className="hint">
        Eavesdropper columns: {LINKS.map((l) => `${LINK_SHORT[l]} = ${LINK_LABEL[l]}`).join(', ')}.
        Coalitions pool what their members hold and see (kdflow’s choice of parties):{' '}
        {COALITIONS.map((c) => `${c.id} = ${c.about}`).join('; ')}.
      </p>
    </details>
  );
}
