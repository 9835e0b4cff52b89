/**
 * Editorial review of the pCR: spelling inconsistencies of names (computed from the text), message
 * names held to one convention (the stage-3 names, as words without hyphens; computed from the
 * text) and a curated table of grammar and typography slips. Technical questions, such as what
 * "the parameters received in message 2" of steps 5 and 6 should carry, are not editorial and are
 * left to the flow's readings (see protocol/simulate.ts) and the curated findings (curated.ts).
 */
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import { STAGE3_DCR } from '../protocol/procedure/pc5Steps';
import type { TextFix } from './finding';

/** A step 0–7, the clause preamble (before step 0), or the pCR's introduction (its section 1). */
export type Where = number | 'preamble' | 'intro';

export interface EditorialFinding {
  /** Stable slug, e.g. 'spelling-direct-connection-request'. */
  id: string;
  step: Where;
  /** The exact text as it appears in the pCR. */
  quote: string;
  /** One line: what is wrong and the likely fix. */
  explanation: string;
  /** The change to the text, where the advice is one exact change (message names). */
  fix?: TextFix;
}

/**
 * The pCR's Introduction, verbatim, one entry a line. The list bullet before "i.e." is dropped: it
 * is layout, like the step numbers' indents.
 */
export const INTRO_LINES: readonly string[] = [
  'This pCR proposes descriptive changes to sec 6.3.4.3.2 of TR 33.cde.',
  'In sec.6.3.4.3.2 the UE-to-UE key exchange protocol for the KD is described for the Network-assisted direct communications use case.',
  'In this protocol, each UE receives the Keying Material (currently undefined) from the MME associated with the opposite peer,',
  'i.e. UE-1 receives Keying_Material_2 from the MME-2, while UE-2 receives the Keying_Material_1 from the MME-1.',
  'In another solution example, the MME-1 and MME-2 may agree on a common KD, and simply send it to their respective clients – UE-1 and UE-2 respectively – over the secure NAS signalling. In this case, even following the same message flow, and having Keying_Material_1 = Keying_Material_2, the common key can be established, but not calculated.',
  'The proposed change makes the text in the section sufficiently general pending acceptance of the specific key establishment scheme.',
];

export const INTRO_TEXT: string = INTRO_LINES.join(' ');

export interface Passage {
  where: Where;
  text: string;
}

export interface Variant {
  /** The spelling as first seen (a capital that only starts a sentence does not count). */
  spelling: string;
  /** Where each occurrence is, in passage order (repeats kept, so this counts them). */
  occurrences: Where[];
}

export interface VariantGroup {
  /** The normalised name: case-folded, without '-', '_' or spaces. */
  key: string;
  variants: Variant[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A chain of words joined by '-' or '_' (no spaces), e.g. `Direct-Connection-Request`, `UE_1`. */
interface Compound {
  start: number;
  end: number;
  words: number;
  /** Only blanks separate it from the compound before, so the two may form one name. */
  afterSpace: boolean;
}

function compounds(text: string): Compound[] {
  const out: Compound[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const sep = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    const last = out[out.length - 1];
    if (last && (sep === '-' || sep === '_')) {
      last.end = start + m[0].length;
      last.words += 1;
    } else {
      out.push({ start, end: start + m[0].length, words: 1, afterSpace: /^\s+$/.test(sep) });
    }
    prevEnd = start + m[0].length;
  }
  return out;
}

export const normaliseName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[-_\s]/g, '');

/** The most tokens a name may span ("Direct Connection Request" is three). */
const MAX_SPAN = 6;

/**
 * Finds names spelled more than one way across the passages. Candidate names are the joined
 * tokens (`UE_1`, `KD-sess`, `Direct-Rekeying-Request`) and maximal runs of capitalised words
 * (`Direct Connection Request`, `Editor’s Note`); every span of whole tokens whose normalised form
 * (case-folded, without '-', '_' and spaces) equals a candidate's is then an occurrence, however
 * it is spelled. A group is reported when its occurrences differ other than in the case of the
 * first letter. Groups come in order of first appearance.
 */
export function spellingVariants(passages: readonly Passage[]): VariantGroup[] {
  const parsed = passages.map((p) => ({ ...p, cs: compounds(p.text) }));
  const keys = new Set<string>();
  const capital = (text: string, c: Compound) => /^\p{Lu}/u.test(text.slice(c.start));
  for (const { text, cs } of parsed) {
    for (const c of cs) {
      const own = text.slice(c.start, c.end);
      if (c.words > 1 && /\p{L}/u.test(own)) keys.add(normaliseName(own));
    }
    for (let i = 0; i < cs.length;) {
      const c = cs[i] as Compound;
      // A maximal run of capitalised tokens; at a sentence start, also the run without its first
      // word, whose capital may only be the sentence's ("The Direct-Rekeying-Request").
      let j = i;
      while (capital(text, c) && cs[j + 1]?.afterSpace && capital(text, cs[j + 1] as Compound)) j++;
      const end = (cs[j] as Compound).end;
      if (j > i) keys.add(normaliseName(text.slice(c.start, end)));
      const sentenceStart = /(^|[.:;!?])\s*$/.test(text.slice(0, c.start));
      if (j > i + 1 && sentenceStart)
        keys.add(normaliseName(text.slice((cs[i + 1] as Compound).start, end)));
      i = j > i ? j + 1 : i + 1;
    }
  }
  const groups = new Map<string, Map<string, Variant>>();
  for (const { where, text, cs } of parsed) {
    cs.forEach((c, i) => {
      for (let j = i; j < cs.length && j - i < MAX_SPAN; j++) {
        if (j > i && !cs[j]?.afterSpace) break;
        const spelling = text.slice(c.start, cs[j]?.end).replace(/\s+/g, ' ');
        const key = normaliseName(spelling);
        if (!keys.has(key)) continue;
        const group = groups.get(key) ?? new Map<string, Variant>();
        groups.set(key, group);
        const id = spelling.charAt(0).toLowerCase() + spelling.slice(1);
        const variant = group.get(id) ?? { spelling, occurrences: [] };
        group.set(id, variant);
        variant.occurrences.push(where);
      }
    });
  }
  return [...groups]
    .filter(([, g]) => g.size > 1)
    .map(([key, g]) => ({ key, variants: [...g.values()] }));
}

function describeWhere(ws: readonly Where[]): string {
  const named: string[] = [...new Set(ws.filter((w) => typeof w === 'string'))];
  const steps = [...new Set(ws.filter((w) => typeof w === 'number'))];
  if (steps.length) named.push(`${steps.length > 1 ? 'steps' : 'step'} ${steps.join(', ')}`);
  return named.join(', ');
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One finding per group. The suggested fix is the spelling the clause itself uses most (the intro
 * is outside the clause; a tie goes to the first seen); the quote is the first other spelling.
 */
export function spellingFindings(groups: readonly VariantGroup[]): EditorialFinding[] {
  const inClause = (v: Variant) => v.occurrences.filter((w) => w !== 'intro').length;
  const ids = new Set<string>();
  return groups.map(({ variants }) => {
    const ranked = [...variants].sort(
      (a, b) => inClause(b) - inClause(a) || b.occurrences.length - a.occurrences.length,
    );
    const [preferred, runnerUp] = ranked as [Variant, Variant];
    const why =
      inClause(preferred) > inClause(runnerUp) ? 'the clause’s most used' : 'tied in the clause';
    const odd = variants.find((v) => v !== preferred) as Variant;
    const seen = variants.map((v) => `"${v.spelling}" (${describeWhere(v.occurrences)})`);
    const caseOnly = new Set(variants.map((v) => v.spelling.toLowerCase())).size === 1;
    const how = caseOnly ? 'capitalised differently' : `spelled ${variants.length} ways`;
    let id = `spelling-${slug(preferred.spelling)}`;
    while (ids.has(id)) id += '-2';
    ids.add(id);
    return {
      id,
      step: odd.occurrences[0] as Where,
      quote: odd.spelling,
      explanation: `${seen.join(' vs ')}: one name ${how}; use one spelling throughout, e.g. "${preferred.spelling}" (${why}).`,
    };
  });
}

/**
 * The one convention the spelling advice follows for message names: the names stage 3 gives the
 * messages, written as TS 33.303 writes them, as capitalised words without hyphens. The names
 * themselves are from a secondary source (domain-notes.md: the NIST ns-3 model of TS 24.334).
 */
export const MESSAGE_NAME_CONVENTION =
  'Message names follow one convention, the form of the stage-3 names of TS 33.303 and TS 24.334: capitalised words without hyphens (Direct Communication Request, Direct Security Mode Command, Direct Rekeying Request)';

/** The last word of a message name. */
const MESSAGE_HEAD = /^(Request|Response|Command|Complete|Accept|Reject)$/;

/** What stage 3 calls each of the clause's messages, by normalised name, where kdflow knows it. */
const STAGE3_NOTE: Readonly<Record<string, string>> = {
  directconnectionrequest: STAGE3_DCR,
  directrekeyingrequest:
    'TS 33.303 and TS 24.334 use the same name (secondary source: the NIST ns-3 model of TS 24.334).',
  directkeyingrequest:
    'It is the study’s own MME–MME message, with no stage-3 counterpart kdflow knows of (uncertain); the same convention applies.',
};

/** A name in the convention: its words, each capitalised, joined by single spaces. */
export const conventionalName = (spelling: string): string =>
  spelling
    .split(/[-_\s]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** A name shaped like a message's: two or more capitalised words, the last a message head. */
function isMessageName(spelling: string): boolean {
  const words = spelling.split(/[-_\s]+/);
  return (
    words.length > 1 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    MESSAGE_HEAD.test(words[words.length - 1] ?? '')
  );
}

/** Words that may open a run of capitals without being part of the name ("The Direct-…"). */
const DETERMINER = /^(The|A|An|This|That|Each|Every|Both|Either|Its|Their|Any|No)$/;

/**
 * The message names of a passage: each longest run of capitalised words (joined by blanks, '-' or
 * '_') that ends in a message head, without a determiner that opens it.
 */
function messageNamesIn(text: string): string[] {
  const cs = compounds(text);
  const capital = (c: Compound) =>
    text
      .slice(c.start, c.end)
      .split(/[-_]/)
      .every((w) => /^\p{Lu}/u.test(w));
  const out: string[] = [];
  for (let i = 0; i < cs.length;) {
    let j = i;
    while (capital(cs[i] as Compound) && cs[j + 1]?.afterSpace && capital(cs[j + 1] as Compound))
      j++;
    let from = i;
    while (from < j && DETERMINER.test(text.slice(cs[from]?.start, cs[from]?.end))) from++;
    for (let e = j; e >= from; e--) {
      const spelling = text.slice(cs[from]?.start, cs[e]?.end).replace(/\s+/g, ' ');
      if (isMessageName(spelling)) {
        out.push(spelling);
        break;
      }
    }
    i = j + 1;
  }
  return out;
}

/** How a message name departs from the convention. */
const how = (spelling: string) =>
  spelling.includes('_')
    ? 'written with underscores'
    : spelling.includes('-')
      ? 'written with hyphens'
      : 'capitalised otherwise';

/** The sentence of a passage that holds `part`: the passage itself, or one line of the intro. */
function sentenceOf(p: Passage, part: string): string {
  return p.where === 'intro' ? (INTRO_LINES.find((l) => l.includes(part)) ?? p.text) : p.text;
}

/**
 * Message names spelled other than by the convention (MESSAGE_NAME_CONVENTION), one finding per
 * sentence that does, each with the change that writes it the convention's way. The names are
 * found in the text (a capitalised compound or run of words ending in Request, Command, …), so a
 * message name spelled only one way (the study's "Direct-Keying-Request") is held to it too.
 */
export function messageNameFindings(passages: readonly Passage[]): EditorialFinding[] {
  const parsed = passages.map((p) => ({ p, cs: compounds(p.text) }));
  const names = new Map<string, string>(); // normalised name → the convention's spelling
  for (const { p } of parsed)
    for (const spelling of messageNamesIn(p.text))
      names.set(normaliseName(spelling), conventionalName(spelling));
  const out: EditorialFinding[] = [];
  const ids = new Set<string>();
  for (const { p, cs } of parsed)
    for (let i = 0; i < cs.length; i++)
      for (let j = i; j < cs.length && j - i < MAX_SPAN; j++) {
        if (j > i && !cs[j]?.afterSpace) break;
        const spelling = p.text.slice(cs[i]?.start, cs[j]?.end).replace(/\s+/g, ' ');
        const key = normaliseName(spelling);
        const name = names.get(key);
        if (name === undefined || spelling === name) continue;
        let id = `spelling-${slug(name)}`;
        for (let k = 2; ids.has(id); k++) id = `spelling-${slug(name)}-${k}`;
        ids.add(id);
        const note = STAGE3_NOTE[key];
        out.push({
          id,
          step: p.where,
          quote: spelling,
          explanation: `A message name ${how(spelling)}: write "${name}". ${MESSAGE_NAME_CONVENTION}.${note ? ` ${note}` : ''}`,
          fix: { quote: sentenceOf(p, spelling), del: spelling, ins: name },
        });
      }
  return out;
}

/** Grammar and typography slips, each quoted verbatim from where it occurs. */
export const GRAMMAR_FINDINGS: readonly EditorialFinding[] = [
  {
    id: 'typo-sec-tr-spacing-preamble',
    step: 'preamble',
    quote: 'sec.6.2.4.2.1 of TR23.703',
    explanation:
      'No space after "sec." nor between "TR" and its number; write "clause 6.2.4.2.1 of TR 23.703".',
  },
  {
    id: 'typo-fig-abbreviation',
    step: 'preamble',
    quote: 'The Fig. 6.3.4.3.2-1',
    explanation:
      'Abbreviated "Fig." with an article, while the caption says "Figure"; write "Figure 6.3.4.3.2-1".',
  },
  {
    id: 'grammar-article-a-ue-1',
    step: 0,
    quote: 'a UE_1 has received',
    explanation:
      'Stray article: UE_1 is a name everywhere else ("UE_1 wants", "UE_1 sends"); drop the "a".',
  },
  {
    id: 'grammar-agreement-want',
    step: 0,
    quote: 'and want to generate',
    explanation: 'Subject–verb agreement: "UE_1 has received … and want"; should be "wants".',
  },
  {
    id: 'punctuation-or-full-stop',
    step: 0,
    quote: 'KD; or.',
    explanation:
      'Stray full stop after "or": alternative a. should end "; or" and b. with the full stop.',
  },
  {
    id: 'grammar-step-0b-article-full-stop',
    step: 0,
    quote: 'using network authorised connection procedure',
    explanation:
      'Missing article and closing full stop; "using the network authorised connection procedure."',
  },
  {
    id: 'grammar-direct-connection-to-mme-1',
    step: 1,
    quote: 'indicating direct connection to MME_1',
    explanation:
      'Reads as a direct connection to MME_1; say "sends MME_1 an Extended Service Request (ESR) indicating a direct connection".',
  },
  {
    id: 'grammar-given-it-by',
    step: 1,
    quote: 'contains connection identity given it by UE_2 previously',
    explanation:
      'Missing article and awkward "given it by"; "contains the connection identity previously given to it by UE_2".',
  },
  {
    id: 'grammar-garbled-exp-code',
    step: 1,
    quote: 'the EXP code that is or wants to communicate with',
    explanation:
      'Garbled relative clause (it is the UE, not the code, that communicates); likely "the EXP code of the UE it is communicating, or wants to communicate, with".',
  },
  {
    id: 'punctuation-ffs-full-stop-step-1',
    step: 1,
    quote: 'Other parameters are FFS',
    explanation: 'No final full stop, which the same sentence has in steps 2–6.',
  },
  {
    id: 'typo-mme-1-finds',
    step: 2,
    quote: 'MME_1finds',
    explanation: 'Missing space: "MME_1 finds".',
  },
  {
    id: 'grammar-article-rekeying-case',
    step: 2,
    quote: 'in rekeying case',
    explanation: 'Missing article: "in the rekeying case".',
  },
  {
    id: 'grammar-step-4-no-recipient',
    step: 4,
    quote: 'UE_2 sends a new connection identity',
    explanation:
      'No recipient, unlike every other message step; likely "UE_2 sends MME_2 a new connection identity".',
  },
  {
    id: 'typo-life-time',
    step: 7,
    quote: 'What’s the life time',
    explanation:
      '"Life time" is one word, and a note should not use a contraction: "What is the lifetime".',
  },
  {
    id: 'typo-sec-spacing-intro',
    step: 'intro',
    quote: 'In sec.6.3.4.3.2',
    explanation:
      'No space after "sec.", and the sentence before writes "sec 6.3.4.3.2" without the point; write "clause 6.3.4.3.2" both times.',
  },
  {
    id: 'typo-bullet-splits-sentence',
    step: 'intro',
    quote: 'associated with the opposite peer,',
    explanation:
      'The sentence ends in a comma and goes on as a one-item bullet ("· i.e. UE-1 …"); run it on as one sentence.',
  },
  {
    id: 'grammar-respective-respectively',
    step: 'intro',
    quote: 'their respective clients – UE-1 and UE-2 respectively –',
    explanation: 'Redundant: "respective" and "respectively" say the same thing; drop one.',
  },
];

/** The passages that editorialFindings reads, in document order. */
export function pcrPassages(): Passage[] {
  return [
    { where: 'intro', text: INTRO_TEXT },
    ...PREAMBLE.map((s) => ({ where: 'preamble' as const, text: s.text })),
    ...STEP_SENTENCES.flatMap((ss, n) => ss.map((s) => ({ where: n, text: s.text }))),
  ];
}

/**
 * Every editorial finding: the computed spelling ones (a name spelled several ways, then message
 * names against their convention), then the curated table. A message name spelled several ways is
 * left to the convention, so the advice never prefers a spelling only because it is the most used.
 */
export function editorialFindings(): EditorialFinding[] {
  const passages = pcrPassages();
  const groups = spellingVariants(passages).filter(
    (g) => !g.variants.some((v) => isMessageName(v.spelling)),
  );
  return [...spellingFindings(groups), ...messageNameFindings(passages), ...GRAMMAR_FINDINGS];
}
