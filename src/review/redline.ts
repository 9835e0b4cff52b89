/**
 * The redline of the pCR: its Introduction and clause 6.3.4.3.2, verbatim, with every change the
 * findings of one scenario call for (`finding.fix`: in `quote`, `del` becomes `ins`). Nothing here
 * lists a change by hand: the changes are read from the findings, so the redline and the review
 * cannot disagree (redline.test.ts checks it over every scenario). A fix that cannot be placed is
 * reported as a problem, never dropped in silence. redlineMarkdown.ts writes it as Markdown.
 */
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import type { SentenceKind } from '../protocol/clause';
import { INTRO_LINES } from './editorial';
import type { Finding, TextFix } from './finding';

/** One paragraph of the pCR as it is laid out: the sentences that run on in one line of text. */
export interface Paragraph {
  /** Stable key, e.g. `intro-2`, `preamble-0`, `step-5-0`. */
  key: string;
  where: 'clause' | 'intro';
  /** The step a reader looks at for it (the preamble and the Introduction are read at step 0). */
  step: number;
  /** `step` for the clause's numbered steps, else where it stands. */
  part: 'intro' | 'preamble' | 'step';
  /** The kind of its first sentence (an Editor's note, the figure's caption, …). */
  kind: SentenceKind | 'intro';
  /** Its sentences joined by one space, verbatim. */
  text: string;
}

/**
 * A sentence starts a paragraph of its own when it opens a numbered step or an alternative
 * ("5. …", "a. …"), is the figure's caption, or opens an Editor's note; otherwise it runs on, as
 * "Other parameters are FFS." does in the pCR after each step's first sentence.
 */
function paragraphsOf(
  sentences: readonly { text: string; kind: SentenceKind }[],
  base: Omit<Paragraph, 'key' | 'kind' | 'text'>,
  prefix: string,
): Paragraph[] {
  const out: Paragraph[] = [];
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    const last = out[out.length - 1];
    const opens =
      !last ||
      /^(\d+|[a-z])\. /.test(s.text) ||
      s.kind === 'caption' ||
      prev?.kind === 'caption' ||
      (s.kind === 'editors-note' && prev?.kind !== 'editors-note');
    if (opens) out.push({ ...base, key: `${prefix}-${out.length}`, kind: s.kind, text: s.text });
    else last.text = `${last.text} ${s.text}`;
  });
  return out;
}

/** The pCR's Introduction, then the clause (preamble, steps 0–7), in document order. */
export const PCR_PARAGRAPHS: readonly Paragraph[] = [
  ...INTRO_LINES.map((text, i): Paragraph => ({
    key: `intro-${i}`,
    where: 'intro',
    step: 0,
    part: 'intro',
    kind: 'intro',
    text,
  })),
  ...paragraphsOf(PREAMBLE, { where: 'clause', step: 0, part: 'preamble' }, 'preamble'),
  ...STEP_SENTENCES.flatMap((sentences, n) =>
    paragraphsOf(sentences, { where: 'clause', step: n, part: 'step' }, `step-${n}`),
  ),
];

/** One change of the redline, with the findings that call for it. */
export interface RedlineChange {
  /** 1, 2, … in document order. */
  n: number;
  /** The ids of the findings that call for it (two findings may call for the same change). */
  findings: string[];
  /** The step of its (first) finding: where its link goes. */
  step: number;
  /** The paragraph it is in, and where in that paragraph's text it starts. */
  paragraph: string;
  at: number;
  /** The deleted and the inserted text, trimmed to the words that differ ('' for none). */
  del: string;
  ins: string;
  /** The fix as its finding writes it. */
  fix: TextFix;
}

/** A run of a paragraph: verbatim text, or a change. */
export type Piece = { text: string } | { change: RedlineChange };

export interface RedlineParagraph extends Paragraph {
  pieces: Piece[];
}

/** A fix that cannot be placed in the text, and why. */
export interface RedlineProblem {
  finding: string;
  problem: string;
}

export interface Redline {
  paragraphs: RedlineParagraph[];
  changes: RedlineChange[];
  problems: RedlineProblem[];
}

/**
 * What `fix.quote` reads after the fix: the first `del` in it becomes `ins`; an insertion-only fix
 * (`del` '') inserts at the end of the quote, so its quote is the text the insertion follows.
 */
export function applyFix(fix: TextFix): string {
  if (fix.del === '') return fix.quote + fix.ins;
  const i = fix.quote.indexOf(fix.del);
  return i < 0 ? fix.quote : fix.quote.slice(0, i) + fix.ins + fix.quote.slice(i + fix.del.length);
}

/**
 * Words as blanks delimit them (with their punctuation: “Direct-Rekeying-Request”, “FFS.”) and the
 * blanks between: the units a change is trimmed to, as a reviser marks whole words.
 */
const tokens = (s: string): string[] => s.match(/\s+|\S+/g) ?? [];

/**
 * `del` → `ins` without the words both share at either end ("message 2" → "message 4" is "2" →
 * "4"), and how many characters the common start is.
 */
export function trimChange(del: string, ins: string): { skip: number; del: string; ins: string } {
  const a = tokens(del);
  const b = tokens(ins);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return {
    skip: a.slice(0, p).join('').length,
    del: a.slice(p, a.length - q).join(''),
    ins: b.slice(p, b.length - q).join(''),
  };
}

/** Every start of `part` in `text`. */
function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) out.push(i);
  return out;
}

const where = (f: Finding) => (f.where === 'intro' ? 'the Introduction' : 'the clause');

interface Placed {
  finding: Finding;
  paragraph: Paragraph;
  start: number;
  end: number;
  del: string;
  ins: string;
}

/** Where a finding's fix goes, or why it cannot go anywhere. */
function place(f: Finding, fix: TextFix): Placed | string {
  if (fix.quote === '') return 'its fix quotes nothing';
  if (fix.del === fix.ins) return `its fix changes nothing (“${fix.del}” becomes itself)`;
  if (fix.del !== '' && !fix.quote.includes(fix.del))
    return `its fix deletes “${fix.del}”, which is not in its quote “${fix.quote}”`;
  const pool = PCR_PARAGRAPHS.filter((p) => f.where === undefined || p.where === f.where);
  const hits = pool.flatMap((p) => occurrences(p.text, fix.quote).map((at) => ({ p, at })));
  if (hits.length === 0)
    return `its fix quotes “${fix.quote}”, which is not verbatim in ${where(f)}`;
  // A quote that recurs (“Other parameters are FFS.”) is taken at the finding's own step.
  const own = hits.filter((h) => h.p.step === f.step);
  const chosen = own.length > 0 ? own : hits;
  if (chosen.length > 1)
    return `its fix quotes “${fix.quote}”, which occurs ${chosen.length} times${own.length > 0 ? ` at step ${f.step}` : ''}: quote more of the sentence`;
  const { p, at } = chosen[0] as { p: Paragraph; at: number };
  const from = fix.del === '' ? at + fix.quote.length : at + fix.quote.indexOf(fix.del);
  const t = trimChange(fix.del, fix.ins);
  const start = from + t.skip;
  return { finding: f, paragraph: p, start, end: start + t.del.length, del: t.del, ins: t.ins };
}

/** An insertion at `point` falls strictly inside the deletion of `c`. */
const inside = (point: number, c: Placed) => c.start < point && point < c.end;

/**
 * Two changes of one paragraph that cannot both be made: their deletions overlap, or one inserts
 * inside the other's deletion. Insertions at one point, or next to a deletion, can.
 */
const clash = (a: Placed, b: Placed) =>
  a.paragraph === b.paragraph &&
  ((a.start < b.end && b.start < a.end) ||
    (a.start === a.end && inside(a.start, b)) ||
    (b.start === b.end && inside(b.start, a)));

const same = (a: Placed, b: Placed) =>
  a.paragraph === b.paragraph &&
  a.start === b.start &&
  a.end === b.end &&
  a.del === b.del &&
  a.ins === b.ins;

/**
 * The redline for a list of findings (`reviewFindings(trace)` of one scenario): every finding with
 * a fix gives a change, linked to it; findings that call for the very same change share it; a fix
 * whose quote is not verbatim in the clause or the Introduction (or whose `del` is not in its
 * quote, or that overlaps an earlier finding's change) is a problem.
 */
export function buildRedline(findings: readonly Finding[]): Redline {
  const problems: RedlineProblem[] = [];
  const placed: { at: Placed; ids: string[] }[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const at = place(f, f.fix);
    if (typeof at === 'string') {
      problems.push({ finding: f.id, problem: at });
      continue;
    }
    const twin = placed.find((c) => same(c.at, at));
    if (twin) {
      twin.ids.push(f.id);
      continue;
    }
    const other = placed.find((c) => clash(c.at, at));
    if (other) {
      problems.push({
        finding: f.id,
        problem: `its fix overlaps the change that ${other.ids[0]} calls for in “${at.paragraph.text}”`,
      });
      continue;
    }
    placed.push({ at, ids: [f.id] });
  }
  const order = new Map(PCR_PARAGRAPHS.map((p, i) => [p.key, i]));
  // Document order; insertions at one point keep the findings' order (the sort is stable).
  placed.sort(
    (x, y) =>
      (order.get(x.at.paragraph.key) ?? 0) - (order.get(y.at.paragraph.key) ?? 0) ||
      x.at.start - y.at.start ||
      x.at.end - y.at.end,
  );
  const changes: RedlineChange[] = placed.map(({ at, ids }, i) => ({
    n: i + 1,
    findings: ids,
    step: at.finding.step,
    paragraph: at.paragraph.key,
    at: at.start,
    del: at.del,
    ins: at.ins,
    fix: at.finding.fix as TextFix,
  }));
  const paragraphs = PCR_PARAGRAPHS.map((p): RedlineParagraph => {
    const pieces: Piece[] = [];
    let from = 0;
    for (const c of changes.filter((x) => x.paragraph === p.key)) {
      if (c.at > from) pieces.push({ text: p.text.slice(from, c.at) });
      pieces.push({ change: c });
      from = c.at + c.del.length;
    }
    if (from < p.text.length) pieces.push({ text: p.text.slice(from) });
    return { ...p, pieces };
  });
  return { paragraphs, changes, problems };
}

/** The paragraph's text after its changes: what the text would read if the meeting took them. */
export function afterText(p: RedlineParagraph): string {
  return p.pieces.map((x) => ('text' in x ? x.text : x.change.ins)).join('');
}
