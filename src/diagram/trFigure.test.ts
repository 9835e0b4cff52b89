/**
 * The TR figure ≡ the clause: each label below is written from the clause's sentences (quoted
 * beside it), independently of trFigure.ts, and the figure is read from the text itself, so a
 * sentence changed in a copy of the text changes the figure.
 */
import { describe, expect, it } from 'vitest';
import { STEP_SENTENCES } from '../protocol/clause';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { buildRedline } from '../review/redline';
import { reviewFindings } from '../review/review';
import {
  AS_WRITTEN,
  correctedTexts,
  FFS_LINE,
  parametersOf,
  TrFigureError,
  trFigure,
  trFigureBody,
  type TrElement,
} from './trFigure';

/** An element as one line of text: where it is drawn, then its label's lines joined by " / ". */
const show = (el: TrElement) =>
  `${el.n} ${el.kind === 'message' ? `${el.from}->${el.to}` : `over ${el.over.join(',')}`}: ${el.lines.join(' / ')}`;

const ffs = FFS_LINE;

const WRITTEN = [
  // 0. "Either a. a UE_1 has received a Direct-Connection-Request or Direct-Rekeying-Request and
  //    want to generate a new KD; or. b. UE_1 wants to establish a connection with UE_2 using
  //    network authorised connection procedure"
  '0 over UE_1,UE_2: 0. Either / a. a UE_1 has received a Direct-Connection-Request or / Direct-Rekeying-Request and want to generate a new KD; or / b. UE_1 wants to establish a connection with UE_2 using network / authorised connection procedure',
  // 1. "UE_1 sends an Extended Service Request (ESR) indicating direct connection to MME_1. It
  //    contains connection identity … or the EXP code … Other parameters are FFS"
  `1 UE_1->MME_1: 1. Extended Service / Request (ESR) / indicating direct connection / connection identity / or EXP code / ${ffs}`,
  // 2. "MME_1finds out the address of MME_2 (this is FFS in rekeying case) and sends it a …"
  '2 over MME_1: MME_1 finds out the / address of MME_2 (this / is FFS in rekeying case)',
  // "… a Direct-Keying-Request. It includes the connection identity or EXP code that was
  //  received in message 1. It also includes Keying_material_1. Other parameters are FFS."
  `2 MME_1->MME_2: 2. Direct-Keying-Request / connection identity / or EXP code / received in message 1 / Keying_material_1 / ${ffs}`,
  // 3. "MME_2 sends UE_2 the connection identity or EXP code that was received in message 2."
  `3 MME_2->UE_2: 3. connection identity / or EXP code / received in message 2 / ${ffs}`,
  // 4. "UE_2 sends a new connection identity if there was not one in message 3 or it wants to
  //    refresh its connection identity."
  `4 UE_2->MME_2: 4. new connection identity / (if there was not one in / message 3 / or it wants to refresh its / connection identity) / ${ffs}`,
  // "It also selects a DKSI that will be associated with the calculated KD." (selects, not sends)
  '4 over UE_2: UE_2 selects a DKSI that / will be associated with / the calculated KD',
  // 5. "MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2."
  `5 MME_2->MME_1: 5. parameters / received in message 2 / Keying_material_2 / ${ffs}`,
  // 6. "MME_1 sends UE_1 the parameters received in message 2."
  `6 MME_1->UE_1: 6. parameters / received in message 2 / ${ffs}`,
  // 7. "Both UEs establish the final KD from the received keying material parameters and
  //    parameters held locally."
  '7 over UE_1,UE_2: 7. Both UEs establish the final KD from the received keying / material parameters and parameters held locally',
];

const redline = buildRedline(reviewFindings(simulate(DEFAULT_SCENARIO, 'tr')));

describe('the TR figure as written', () => {
  it('draws each step of the clause in its own words, label by label', () => {
    expect(trFigure(AS_WRITTEN).map(show)).toEqual(WRITTEN);
  });

  it('carries nothing kdflow fills in: no value, no illustrative parameter', () => {
    const body = trFigureBody(trFigure(AS_WRITTEN));
    for (const word of [
      'NAS',
      'COUNT',
      'UE_1 ID',
      'UE_2 ID',
      'nonce',
      'Nonce',
      'inferred',
      'FFS)',
      'missing',
      'illustrative',
    ])
      expect(body).not.toContain(word);
    expect(body).toContain('establish the final KD');
    expect(body).not.toContain('calculate the final KD');
  });

  it('is the clause verbatim where it copies it: steps 0 and 7', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const [zero] = trFigure(AS_WRITTEN);
    const a = STEP_SENTENCES[0]![1]!.text.replace(/^a\. /, '').replace(/; or\.$/, '');
    expect(flat(zero!.lines.join(' '))).toContain(a);
    const seven = trFigure(AS_WRITTEN).at(-1)!;
    expect(`${seven.lines.join(' ')}.`).toBe(STEP_SENTENCES[7]![0]!.text);
  });
});

describe('the TR figure as the review corrects it', () => {
  const corrected = trFigure(correctedTexts(redline)).map(show);

  it("draws the redline's changes: the typing slips of step 0, Keying_material_1 in 3, DKSI sent in 4, messages 4 and 5 in 5 and 6, Keying_material_2 in 6", () => {
    expect(corrected).toEqual([
      '0 over UE_1,UE_2: 0. Either / a. UE_1 has received a Direct Connection Request or Direct / Rekeying Request and wants to generate a new KD; or / b. UE_1 wants to establish a connection with UE_2 using network / authorised connection procedure',
      WRITTEN[1],
      WRITTEN[2],
      `2 MME_1->MME_2: 2. Direct Keying Request / connection identity / or EXP code / received in message 1 / Keying_material_1 / ${ffs}`,
      `3 MME_2->UE_2: 3. connection identity / or EXP code / received in message 2 / Keying_material_1 / ${ffs}`,
      `4 UE_2->MME_2: 4. new connection identity / (if there was not one in / message 3 / or it wants to refresh its / connection identity) / DKSI / ${ffs}`,
      `5 MME_2->MME_1: 5. parameters / received in message 4 / Keying_material_2 / ${ffs}`,
      `6 MME_1->UE_1: 6. Keying_material_2 / parameters / received in message 5 / ${ffs}`,
      WRITTEN[9],
    ]);
  });

  it('is the same figure for every scenario: the redline does not depend on it', () => {
    const body = trFigureBody(trFigure(correctedTexts(redline)));
    for (const s of allScenarios(['intended', 'literal', 'strict'])) {
      const other = buildRedline(reviewFindings(simulate(s, 'tr')));
      expect(trFigureBody(trFigure(correctedTexts(other))), Object.values(s).join('/')).toBe(body);
    }
  });
});

describe('a sentence changed in a copy of the text changes the figure', () => {
  const change = (n: number, from: string | RegExp, to: string) =>
    AS_WRITTEN.map((t, i) => (i === n ? t.replace(from, to) : t));
  const label = (texts: readonly string[], n: number) =>
    trFigure(texts)
      .filter((e) => e.n === n && e.kind === 'message')
      .map(show)[0];

  it('a parameter renamed', () => {
    expect(label(change(3, 'EXP code', 'ProSe code'), 3)).toBe(
      `3 MME_2->UE_2: 3. connection identity / or ProSe code / received in message 2 / ${ffs}`,
    );
  });

  it('another message number', () => {
    expect(label(change(6, 'message 2', 'message 5'), 6)).toContain('received in message 5');
  });

  it('a parameter added', () => {
    expect(label(change(5, 'and Keying_material_2', 'and Keying_material_2 and a nonce'), 5)).toBe(
      `5 MME_2->MME_1: 5. parameters / received in message 2 / Keying_material_2 / nonce / ${ffs}`,
    );
  });

  it('"Other parameters are FFS" taken out', () => {
    expect(label(change(6, ' Other parameters are FFS.', ''), 6)).not.toContain(ffs);
  });

  it('a message renamed', () => {
    expect(label(change(2, 'Direct-Keying-Request', 'Key Request'), 2)).toContain('2. Key Request');
  });

  it('the DKSI sent, not only selected', () => {
    const texts = change(4, 'It also selects a DKSI', 'It also selects and sends a DKSI');
    expect(label(texts, 4)).toContain('/ DKSI /');
    expect(trFigure(texts).some((e) => e.n === 4 && e.kind === 'note')).toBe(false);
  });

  it('a step 0 alternative reworded', () => {
    const [zero] = trFigure(change(0, 'wants to establish a connection', 'wishes to connect'));
    expect(zero!.lines.join(' ')).toContain('b. UE_1 wishes to connect with UE_2');
  });

  it('a sentence no rule reads is an error naming the step and the sentence', () => {
    const texts = change(
      5,
      'Other parameters are FFS.',
      'It is ciphered. Other parameters are FFS.',
    );
    expect(() => trFigure(texts)).toThrow(TrFigureError);
    expect(() => trFigure(texts)).toThrow(
      'step 5: no rule of the TR figure reads “It is ciphered.”',
    );
    expect(() => trFigure(AS_WRITTEN.slice(0, 7))).toThrow(/steps 0–7/);
    expect(() => trFigure(change(7, /\.$/, '. A second sentence.'))).toThrow(/step 7/);
  });
});

describe('parametersOf', () => {
  it.each([
    [
      'the parameters received in message 2 and Keying_material_2',
      ['parameters received in message 2', 'Keying_material_2'],
    ],
    [
      'the connection identity or EXP code that was received in message 1',
      ['connection identity or EXP code received in message 1'],
    ],
    ['a DKSI that will be associated with the calculated KD', ['DKSI']],
    [
      'a new connection identity if there was not one in message 3',
      ['new connection identity (if there was not one in message 3)'],
    ],
  ])('%s', (phrase, params) => {
    expect(parametersOf(phrase)).toEqual(params);
  });
});
