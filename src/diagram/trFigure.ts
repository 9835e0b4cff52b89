/**
 * Figure 6.3.4.3.2-1 as the TR draws it: read from the clause's own sentences, step by step, so
 * that every label is the text's words. It does not depend on the scenario (the text covers both
 * variants and both alternatives of step 0) and carries nothing kdflow fills in: no value, no
 * NAS COUNT, no UE ID, no reading of messages 5 and 6 other than the text's.
 *
 * The same rules draw the text as written and the text after the review's redline (the caller
 * passes either), so the corrected figure can never drift from the corrected text. A sentence no
 * rule reads is an error naming the step and the sentence, never dropped in silence.
 */
import type { Actor } from '../protocol/types';
import { afterText, PCR_PARAGRAPHS, type Redline } from '../review/redline';
import { escapeLabel } from './escape';
import { wrap } from './sequence';

/** One drawn element of the TR figure: a numbered arrow, or a box over one or more entities. */
export type TrElement =
  | { kind: 'message'; n: number; from: Actor; to: Actor; lines: string[] }
  | { kind: 'note'; n: number; over: readonly Actor[]; lines: string[] };

/** Who sends to whom in steps 1–6 (the text's "X sends Y …"); steps 0 and 7 span both UEs. */
const ENDPOINTS: Readonly<Record<number, { from: Actor; to: Actor; named: boolean }>> = {
  1: { from: 'UE_1', to: 'MME_1', named: true },
  2: { from: 'MME_1', to: 'MME_2', named: true },
  3: { from: 'MME_2', to: 'UE_2', named: false },
  4: { from: 'UE_2', to: 'MME_2', named: false },
  5: { from: 'MME_2', to: 'MME_1', named: false },
  6: { from: 'MME_1', to: 'UE_1', named: false },
};

export const TR_ACTORS: readonly Actor[] = ['UE_1', 'MME_1', 'MME_2', 'UE_2'];

/** Characters per line of an arrow's label, and of a box that spans the figure. */
export const TR_WRAP = 28;
export const TR_WRAP_NOTE = 24;
export const TR_WRAP_WIDE = 64;

/**
 * Where a label line best breaks: before "or", a bracket, "indicating" or "received in", so that
 * "connection identity or EXP code received in message 1" reads as its three parts.
 */
const PHRASE_BREAK = /\s+(?=or\s|\(if\s|indicating\s|received in\s)/;

/** Wraps a label item by phrases, and a phrase longer than `width` by words. */
export function wrapPhrases(item: string, width = TR_WRAP): string[] {
  const lines: string[] = [];
  for (const phrase of item.split(PHRASE_BREAK)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${phrase}`.length <= width)
      lines[lines.length - 1] = `${last} ${phrase}`;
    else lines.push(...noOrphan(wrap(phrase.split(' '), ' ', width)));
  }
  return lines;
}

/** A short last line ("(ESR)") takes the word before it along: "Request (ESR)". */
function noOrphan(lines: string[]): string[] {
  const last = lines.at(-1);
  const prev = lines.at(-2);
  if (last === undefined || prev === undefined || last.length > 6) return lines;
  const cut = prev.lastIndexOf(' ');
  if (cut <= 0) return lines;
  return [...lines.slice(0, -2), prev.slice(0, cut), `${prev.slice(cut + 1)} ${last}`];
}

/** The line the text writes where a message leaves the rest open. */
export const FFS_LINE = 'Other parameters are FFS';

/**
 * How a parameter the text names is shortened for a label: only words that say where a value
 * came from or what it is for, which the arrows themselves show. Each rule is a phrase of the
 * clause; text that no rule matches stays as written.
 */
const SHORTEN: readonly [RegExp, string][] = [
  [/^(?:the|an?)\s+/, ''],
  [/\s+or the\s+/g, ' or '],
  // 1: "connection identity given it by UE_2 previously if it has one or the EXP code that is or
  //    wants to communicate with": the "or" already says UE_1 sends one of the two.
  [/\s+given it by \S+ previously(?: if it has one)?/, ''],
  [/\s+that is or wants to communicate with$/, ''],
  // 2, 3: "… that was received in message 1".
  [/\s+that was received in\s+/, ' received in '],
  // 4: "a DKSI that will be associated with the calculated KD".
  [/\s+that will be associated with .+$/, ''],
  // 4: "a new connection identity if there was not one in message 3 or it wants to refresh …":
  // the condition is the text's, in brackets.
  [/^(.+?)\s+if\s+(.+)$/, '$1 (if $2)'],
];

export function shortenParameter(phrase: string): string {
  return SHORTEN.reduce((s, [re, to]) => s.replace(re, to), phrase.trim());
}

/** "A and B" as the parameters a sentence names: "the parameters received in message 2 and …". */
export function parametersOf(phrase: string): string[] {
  return phrase
    .split(/\s+and\s+/)
    .map(shortenParameter)
    .filter((p) => p !== '');
}

/** Sentences of a step's text, its number taken off ("5. MME_2 sends …" → "MME_2 sends …"). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/^\s*\d+\.\s*/, '')
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const noStop = (s: string) => s.replace(/[.;]+$/, '').trim();

export class TrFigureError extends Error {
  constructor(
    readonly step: number,
    readonly sentence: string,
  ) {
    super(`step ${step}: no rule of the TR figure reads “${sentence}”`);
  }
}

/** Step 0: "0. Either a. …; or. b. …": both alternatives, as written. */
function step0(text: string): TrElement {
  const m = /^\s*0\.\s*Either\s+a\.\s*(?<a>.+?)\s*;?\s*or\.?\s+b\.\s*(?<b>.+?)\s*$/s.exec(text);
  if (!m?.groups) throw new TrFigureError(0, text);
  const { a = '', b = '' } = m.groups;
  return {
    kind: 'note',
    n: 0,
    over: [TR_ACTORS[0] as Actor, TR_ACTORS.at(-1) as Actor],
    lines: [
      '0. Either',
      ...wrap(`a. ${noStop(a)}; or`.split(' '), ' ', TR_WRAP_WIDE),
      ...wrap(`b. ${noStop(b)}`.split(' '), ' ', TR_WRAP_WIDE),
    ],
  };
}

/** Step 7: one box over both UEs with the step's sentence. */
function step7(text: string): TrElement {
  const [first, ...rest] = sentencesOf(text);
  if (first === undefined || rest.length > 0) throw new TrFigureError(7, rest[0] ?? text);
  return {
    kind: 'note',
    n: 7,
    over: [TR_ACTORS[0] as Actor, TR_ACTORS.at(-1) as Actor],
    lines: wrap(`7. ${noStop(first)}`.split(' '), ' ', TR_WRAP_WIDE),
  };
}

/**
 * Steps 1–6: "S sends [R] X [to R]." names the message (1, 2) or its first parameters; "It
 * (also) contains/includes X." and "It also selects and sends X." add parameters; "It also
 * selects X." is S's own action, a box after the arrow; what S does before it sends ("MME_1 finds
 * out the address of MME_2 …") is a box before it; "Other parameters are FFS" is a line.
 */
function messageStep(n: number, text: string): TrElement[] {
  const ends = ENDPOINTS[n];
  if (!ends) throw new TrFigureError(n, text);
  const { from, to } = ends;
  const before: TrElement[] = [];
  const after: TrElement[] = [];
  let name: string | undefined;
  const params: string[] = [];
  let ffs = false;
  const send = new RegExp(
    `^${from}\\s*(?<act>.*?)\\s*\\bsends\\s+(?:it\\s+|${to}\\s+)?(?<obj>.+?)(?:\\s+to\\s+${to})?\\.?$`,
  );
  for (const sentence of sentencesOf(text)) {
    let m: RegExpExecArray | null;
    if (/^Other parameters are FFS\.?$/.test(sentence)) ffs = true;
    else if (name === undefined && params.length === 0 && (m = send.exec(sentence))?.groups) {
      const act = noStop((m.groups['act'] ?? '').replace(/\s*\band$/, ''));
      const obj = m.groups['obj'] ?? '';
      if (act !== '') before.push(box(n, from, `${from} ${act}`));
      if (ends.named) name = shortenParameter(obj.split(/\s+and\s+/)[0] ?? obj);
      else params.push(...parametersOf(obj));
    } else if (
      (m = /^It (?:also )?(?:contains|includes|selects and sends) (.+?)\.?$/.exec(sentence))
    )
      params.push(...parametersOf(m[1] ?? ''));
    else if ((m = /^It (?:also )?(selects .+?)\.?$/.exec(sentence)))
      after.push(box(n, from, `${from} ${m[1] ?? ''}`));
    else throw new TrFigureError(n, sentence);
  }
  if (name === undefined && params.length === 0) throw new TrFigureError(n, text);
  const head = name === undefined ? `${n}. ${params.shift() ?? ''}` : `${n}. ${name}`;
  const lines = [
    ...wrapPhrases(head),
    ...params.flatMap((p) => wrapPhrases(p)),
    ...(ffs ? wrapPhrases(FFS_LINE) : []),
  ];
  return [...before, { kind: 'message', n, from, to, lines }, ...after];
}

function box(n: number, actor: Actor, text: string): TrElement {
  return { kind: 'note', n, over: [actor], lines: wrap(text.split(' '), ' ', TR_WRAP_NOTE) };
}

/**
 * The elements of the TR figure from the texts of steps 0–7 (each step's sentences joined by a
 * space, Editor's notes left out). Throws a `TrFigureError` for a sentence no rule reads.
 */
export function trFigure(stepTexts: readonly string[]): TrElement[] {
  if (stepTexts.length !== 8) throw new Error(`the clause has steps 0–7, not ${stepTexts.length}`);
  return stepTexts.flatMap((text, n) =>
    n === 0 ? [step0(text)] : n === 7 ? [step7(text)] : messageStep(n, text),
  );
}

const label = (lines: string[]) => lines.map(escapeLabel).join('<br/>');

/** The Mermaid `sequenceDiagram` body of the TR figure (no configuration: see trLook.ts). */
export function trFigureBody(elements: readonly TrElement[]): string {
  const out = ['sequenceDiagram', ...TR_ACTORS.map((a) => `  participant ${a}`)];
  for (const el of elements) {
    if (el.kind === 'message') out.push(`  ${el.from}->>${el.to}: ${label(el.lines)}`);
    else out.push(`  Note over ${el.over.join(',')}: ${label(el.lines)}`);
  }
  return out.join('\n') + '\n';
}

/** A paragraph of the clause as the redline lays it out (review/redline.ts). */
interface StepParagraph {
  part: string;
  step: number;
  kind: string;
  text: string;
}

/**
 * The texts of steps 0–7 from the clause's paragraphs (as written, or after the redline):
 * a step's paragraphs joined by a space, its Editor's notes left out.
 */
export function stepTexts(paragraphs: readonly StepParagraph[]): string[] {
  const texts: string[][] = Array.from({ length: 8 }, () => []);
  for (const p of paragraphs)
    if (p.part === 'step' && p.kind !== 'editors-note') texts[p.step]?.push(p.text);
  return texts.map((t) => t.join(' '));
}

/** Steps 0–7 as the pCR writes them. */
export const AS_WRITTEN: readonly string[] = stepTexts(PCR_PARAGRAPHS);

/** Steps 0–7 after every change of a redline (review/redline.ts). */
export function correctedTexts(redline: Redline): string[] {
  return stepTexts(redline.paragraphs.map((p) => ({ ...p, text: afterText(p) })));
}
