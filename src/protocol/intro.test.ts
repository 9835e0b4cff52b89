import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DKSI_SENTENCE, KD_SENTENCE, STEP_SENTENCES } from './clause';
import { CHANGE_SUMMARY, PCR_INTRODUCTION, type SummaryRun } from './intro';
import { SCHEMES } from './scenario';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// The vendored copy of the pCR; e2e/review.spec.ts checks it is the shared seed byte for byte.
const pcr = read('../../e2e/pcr-000_ef3b53a416e00ea7.txt');

/** The pCR's lines from "Introduction" up to its section "2 PCR", blanks and trailing blanks dropped. */
function introductionLines(raw: string): string[] {
  const section = raw.split(/^Introduction$/m)[1]?.split(/^2\s*\nPCR$/m)[0];
  if (section === undefined) throw new Error('no Introduction … 2 PCR section in the pCR');
  return section
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
}

const quotes = (runs: readonly SummaryRun[]) =>
  runs.flatMap((r) => (typeof r === 'string' ? [] : [r.quote]));

describe('PCR_INTRODUCTION', () => {
  it('has each paragraph verbatim in the vendored pCR', () => {
    for (const p of PCR_INTRODUCTION) expect(pcr, p.text).toContain(p.text);
  });

  it('is the whole Introduction, line for line, in order, bullet as in the pCR', () => {
    const lines = introductionLines(pcr);
    expect(lines).toHaveLength(PCR_INTRODUCTION.length);
    PCR_INTRODUCTION.forEach((p, i) => expect(lines[i]).toBe(p.bullet ? `· ${p.text}` : p.text));
  });

  it('keeps the pCR’s own spellings, curly dashes and the common-KD phrase', () => {
    const all = PCR_INTRODUCTION.map((p) => p.text).join('\n');
    expect(all).toContain(
      'i.e. UE-1 receives Keying_Material_2 from the MME-2, while UE-2 receives the Keying_Material_1 from the MME-1.',
    );
    expect(all).toContain('clients – UE-1 and UE-2 respectively – over');
    expect(all).toContain('the common key can be established, but not calculated.');
    expect(PCR_INTRODUCTION.filter((p) => p.bullet).map((p) => p.text)).toEqual([
      expect.stringMatching(/^i\.e\. /),
    ]);
  });

  it('would notice a changed word', () => {
    const changed = PCR_INTRODUCTION.map((p) => p.text.replace('established', 'calculated'));
    expect(changed.some((t) => !pcr.includes(t))).toBe(true);
  });
});

describe('CHANGE_SUMMARY', () => {
  it('quotes step 7’s first sentence from the clause data, verbatim', () => {
    expect(quotes(CHANGE_SUMMARY.rewrite)).toContain(KD_SENTENCE.text);
    expect(STEP_SENTENCES[7]?.[0]).toBe(KD_SENTENCE);
    expect(KD_SENTENCE.text).toBe(
      '7. Both UEs establish the final KD from the received keying material parameters and parameters held locally.',
    );
    expect(pcr).toContain(KD_SENTENCE.text);
  });

  it('quotes only sentences of the clause, each the very object shown at its step', () => {
    const all = [
      ...quotes(CHANGE_SUMMARY.rewrite),
      ...quotes(CHANGE_SUMMARY.earlier),
      ...CHANGE_SUMMARY.variants.flatMap((v) => quotes(v.text)),
      ...quotes(CHANGE_SUMMARY.remaining),
    ];
    const clause = new Set(STEP_SENTENCES.flat().map((s) => s.text));
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) expect(clause.has(q), q).toBe(true);
    expect(STEP_SENTENCES[4]).toContain(DKSI_SENTENCE);
  });

  it('reads the clause sentences from clause.ts instead of typing them again', () => {
    const source = read('./intro.ts');
    for (const s of [KD_SENTENCE, DKSI_SENTENCE]) expect(source).not.toContain(s.text.slice(3, 40));
  });

  it('offers both variants, calculated then common, by their button words', () => {
    // The pCR's two variants: the first shown by kdflow's KDF scheme (its X25519 scheme fills the
    // same variant in, and is not the pCR's).
    expect(CHANGE_SUMMARY.variants.map((v) => v.scheme)).toEqual(['kdf', 'common']);
    for (const v of CHANGE_SUMMARY.variants) expect(SCHEMES).toContain(v.scheme);
    expect(CHANGE_SUMMARY.variants.map((v) => v.action)).toEqual([
      'Show the calculated variant',
      'Show the common-KD variant',
    ]);
  });

  it('says the earlier wording is not in the pCR and marks the inference as one', () => {
    const earlier = CHANGE_SUMMARY.earlier.join(' ');
    expect(earlier).toContain('does not show the wording it replaces');
    expect(earlier).toContain('kdflow’s inference from the Introduction');
  });
});
