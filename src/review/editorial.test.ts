import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import { STAGE3_DCR } from '../protocol/procedure/pc5Steps';
import {
  GRAMMAR_FINDINGS,
  INTRO_LINES,
  INTRO_TEXT,
  MESSAGE_NAME_CONVENTION,
  editorialFindings,
  messageNameFindings,
  normaliseName,
  pcrPassages,
  spellingVariants,
  type Passage,
  type Where,
} from './editorial';

const findings = editorialFindings();

function passageTexts(where: Where): string[] {
  if (where === 'intro') return [INTRO_TEXT];
  if (where === 'preamble') return PREAMBLE.map((s) => s.text);
  return (STEP_SENTENCES[where] ?? []).map((s) => s.text);
}

/** The variants of a group, by normalised key, as spellings. */
function spellingsOf(passages: readonly Passage[], key: string): string[] | undefined {
  return spellingVariants(passages)
    .find((g) => g.key === key)
    ?.variants.map((v) => v.spelling);
}

describe('editorialFindings', () => {
  it('quotes each finding verbatim from the passage it names', () => {
    for (const f of findings)
      expect(
        passageTexts(f.step).some((t) => t.includes(f.quote)),
        `${f.id}: "${f.quote}" in ${f.step}`,
      ).toBe(true);
  });

  it('gives each finding a unique slug id and a one-line explanation', () => {
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of findings) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.explanation).not.toMatch(/\n/);
      expect(f.explanation.length).toBeGreaterThan(10);
    }
  });

  it('is stable from call to call', () => {
    expect(editorialFindings()).toEqual(findings);
  });

  it('has the curated table after the computed spelling findings', () => {
    expect(findings.slice(-GRAMMAR_FINDINGS.length)).toEqual(GRAMMAR_FINDINGS);
    expect(findings.length).toBeGreaterThan(GRAMMAR_FINDINGS.length);
  });

  it('is right that only step 1 leaves "Other parameters are FFS" without a full stop', () => {
    const ffs = STEP_SENTENCES.map((ss) => ss.find((s) => s.kind === 'ffs')?.text);
    expect(ffs.slice(1, 7)).toEqual([
      'Other parameters are FFS',
      ...Array(5).fill('Other parameters are FFS.'),
    ]);
  });

  const seed = fileURLToPath(
    new URL('../../../shared/seeds/000_ef3b53a416e00ea7.txt', import.meta.url),
  );
  it.runIf(existsSync(seed))('quotes each finding verbatim from the raw pCR text', () => {
    const oneLine = (s: string) => s.replace(/\s+/g, ' ');
    const raw = oneLine(readFileSync(seed, 'utf8'));
    for (const line of INTRO_LINES) expect(raw, line).toContain(oneLine(line));
    for (const f of findings) expect(raw, f.id).toContain(oneLine(f.quote));
  });
});

describe('spellingVariants', () => {
  it('finds a name spelled two ways, and says where each spelling is', () => {
    const groups = spellingVariants([
      { where: 1, text: 'UE_A sends a Key Update Request to MME_A.' },
      { where: 2, text: 'MME_A answers the Key-Update-Request.' },
      { where: 'intro', text: 'The key update request reaches MME_A.' },
    ]);
    expect(groups).toEqual([
      {
        key: 'keyupdaterequest',
        variants: [
          { spelling: 'Key Update Request', occurrences: [1] },
          { spelling: 'Key-Update-Request', occurrences: [2] },
          { spelling: 'key update request', occurrences: ['intro'] },
        ],
      },
    ]);
  });

  it('catches underscore/hyphen and case-only differences', () => {
    const passages: Passage[] = [
      { where: 0, text: 'UE_1 holds Keying_material_1.' },
      { where: 'intro', text: 'UE-1 holds Keying_Material_1. Editor’s Note: x.' },
      { where: 7, text: 'Editor’s note: y.' },
    ];
    expect(spellingsOf(passages, 'ue1')).toEqual(['UE_1', 'UE-1']);
    expect(spellingsOf(passages, 'keyingmaterial1')).toEqual([
      'Keying_material_1',
      'Keying_Material_1',
    ]);
    expect(spellingsOf(passages, normaliseName('Editor’s Note'))).toEqual([
      'Editor’s Note',
      'Editor’s note',
    ]);
  });

  it('finds nothing in consistently spelled text', () => {
    expect(
      spellingVariants([
        { where: 'preamble', text: 'The Direct-Rekeying-Request needs a fresh KD-sess.' },
        {
          where: 1,
          text: 'UE_1 sends the Direct-Rekeying-Request to UE_2 with Keying_material_1.',
        },
        { where: 2, text: 'Both UEs derive KD; the KD-sess follows.' },
      ]),
    ).toEqual([]);
  });

  it('does not count a capital that only starts a sentence, nor part of a longer name', () => {
    expect(
      spellingVariants([
        { where: 0, text: 'Keying_material_1 is sent. Other keying material is FFS.' },
        { where: 1, text: 'The Direct Connection Request carries a direct connection flag.' },
      ]),
    ).toEqual([]);
  });

  it('keeps names apart that differ in more than case and separators', () => {
    const passages = pcrPassages();
    expect(spellingsOf(passages, 'directrekeyingrequest')).toEqual([
      'Direct Rekeying Request',
      'Direct-Rekeying-Request',
    ]);
    expect(spellingsOf(passages, 'directkeyingrequest')).toBeUndefined();
  });
});

describe('spelling variants in the pCR', () => {
  const passages = pcrPassages();
  it.each([
    ['directconnectionrequest', ['Direct Connection Request', 'Direct-Connection-Request']],
    ['keyingmaterial1', ['Keying_Material_1', 'Keying_material_1']],
    ['keyingmaterial2', ['Keying_Material_2', 'Keying_material_2']],
    ['ue1', ['UE-1', 'UE_1']],
    ['mme1', ['MME-1', 'MME_1']],
    [normaliseName('Editor’s Note'), ['Editor’s Note', 'Editor’s note']],
  ])('%s', (key, spellings) => {
    expect(spellingsOf(passages, key)).toEqual(spellings);
  });

  it('reports each group once, quoting a spelling other than the suggested one', () => {
    const f = findings.find((x) => x.id === 'spelling-direct-connection-request');
    expect(f).toMatchObject({ step: 0, quote: 'Direct-Connection-Request' });
    expect(findings.find((x) => x.id === 'spelling-ue-1')).toMatchObject({
      step: 'intro',
      quote: 'UE-1',
    });
  });
});

/** A message name written with hyphens or underscores: `Direct-Keying-Request`. */
const JOINED_MESSAGE =
  /\p{Lu}[\p{L}]*(?:[-_]\p{Lu}[\p{L}]*)*[-_](?:Request|Response|Command|Complete)\b/gu;

describe('message names: one convention, the stage-3 names written as words', () => {
  const named = findings.filter((f) => f.fix);

  it('flags every message name the pCR writes with hyphens, Direct-Keying-Request too', () => {
    const joined = pcrPassages().flatMap((p) =>
      [...p.text.matchAll(JOINED_MESSAGE)].map((m) => m[0]),
    );
    expect(joined).toEqual([
      'Direct-Rekeying-Request',
      'Direct-Connection-Request',
      'Direct-Rekeying-Request',
      'Direct-Keying-Request',
    ]);
    expect(named.map((f) => f.quote)).toEqual(joined);
    expect(findings.find((f) => f.quote === 'Direct-Keying-Request')).toMatchObject({
      id: 'spelling-direct-keying-request',
      step: 2,
    });
  });

  it('advises the words without hyphens for each, and names the convention', () => {
    for (const f of named) {
      const words = f.quote.replace(/[-_]/g, ' ');
      expect(f.fix, f.id).toMatchObject({ del: f.quote, ins: words });
      expect(f.explanation, f.id).toContain(`write "${words}"`);
      expect(f.explanation, f.id).toContain(MESSAGE_NAME_CONVENTION);
      expect(passageTexts(f.step)).toContain(f.fix?.quote);
    }
  });

  it('never advises a message name with hyphens, so the advice cannot contradict itself', () => {
    for (const f of findings)
      for (const [, advice] of f.explanation.matchAll(/(?:e\.g\.|write) "([^"]+)"/g))
        expect(advice, f.id).not.toMatch(JOINED_MESSAGE);
    // The group Direct Rekeying Request / Direct-Rekeying-Request is not left to "the most used".
    expect(findings.filter((f) => /Rekeying.Request/.test(f.quote)).map((f) => f.fix?.ins)).toEqual(
      ['Direct Rekeying Request', 'Direct Rekeying Request'],
    );
  });

  it('says what stage 3 calls the study’s Direct Connection Request', () => {
    const f = findings.find((x) => x.id === 'spelling-direct-connection-request');
    expect(f?.explanation).toContain(STAGE3_DCR);
    expect(MESSAGE_NAME_CONVENTION).toMatch(/TS 33\.303/);
  });

  it('leaves no message name with hyphens in the clause once its fixes are made', () => {
    const fixed = pcrPassages().map((p) =>
      named
        .filter((f) => f.fix?.quote === p.text)
        .reduce((text, f) => text.replace(f.fix!.del, f.fix!.ins), p.text),
    );
    expect(fixed.join(' ')).not.toMatch(JOINED_MESSAGE);
  });

  it('holds a name spelled one way to the convention, without a determiner before it', () => {
    const got = messageNameFindings([
      { where: 1, text: 'MME_A sends a Key-Update-Request.' },
      { where: 2, text: 'The Key-Update-Request reaches MME_B, then a Key Update Command.' },
    ]);
    expect(got.map((f) => [f.id, f.step, f.quote, f.fix?.ins])).toEqual([
      ['spelling-key-update-request', 1, 'Key-Update-Request', 'Key Update Request'],
      ['spelling-key-update-request-2', 2, 'Key-Update-Request', 'Key Update Request'],
    ]);
    const lower = messageNameFindings([
      { where: 1, text: 'UE_A sends a Key Update Request.' },
      { where: 2, text: 'MME_A answers the key update request.' },
    ]);
    expect(lower.map((f) => [f.step, f.quote, f.fix?.ins])).toEqual([
      [2, 'key update request', 'Key Update Request'],
    ]);
    expect(lower[0]?.explanation).toMatch(/^A message name capitalised otherwise: /);
    expect(messageNameFindings([{ where: 1, text: 'UE_A sends a Key Update Request.' }])).toEqual(
      [],
    );
  });
});
