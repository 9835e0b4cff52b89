/**
 * Attackers replayed in the page (issue 15): each profile through the URL, its outcome element
 * against the outcome computed here from the same replay, the attacker × scheme table and its
 * links, and what the figure and the panels show of a substitution.
 */
import { ATTACKER_IDS } from '../src/protocol/attacks';
import { DEFAULT_SCENARIO, SCHEMES } from '../src/protocol/scenario';
import { replay } from '../src/protocol/simulate';
import { attackOutcome } from '../src/review/attackOutcome';
import { expect, test, TID } from './fixtures';

const outcomeOf = (attacker: (typeof ATTACKER_IDS)[number], scheme: (typeof SCHEMES)[number]) =>
  attackOutcome(attacker, replay(attacker, { ...DEFAULT_SCENARIO, scheme }, 'att'));

for (const attacker of ATTACKER_IDS.filter((a) => a !== 'none'))
  test(`${attacker}: replayed from the link, its outcome beside the figure`, async ({ kd }) => {
    for (const scheme of SCHEMES) {
      await kd.open(`?scheme=${scheme}&attacker=${attacker}&seed=att&step=10`);
      const o = outcomeOf(attacker, scheme);
      const box = kd.byTestId(TID.attackOutcome);
      await expect(box, scheme).toHaveAttribute('data-outcome', attacker);
      await expect(box).toHaveAttribute('data-same-kd', String(o.sameKd));
      await expect(box).toHaveAttribute(
        'data-attacker-knows-kd',
        String(o.knows.UE_1 || o.knows.UE_2),
      );
      await expect(box).toHaveAttribute(
        'data-detected-at',
        o.detectedAt === null ? 'none' : String(o.detectedAt),
      );
      // The panels show each UE's own KD.
      expect(await kd.hexOf('UE_1', 'KD')).toBe(o.kd.UE_1);
      expect(await kd.hexOf('UE_2', 'KD')).toBe(o.kd.UE_2);
    }
  });

test('the malicious MME_1: two KDs at the UEs, the substituted values marked, detected at 9', async ({
  kd,
}) => {
  await kd.open('?scheme=dh&attacker=malicious-mme1&seed=att&step=9');
  const box = kd.byTestId(TID.attackOutcome);
  await expect(box).toHaveAttribute('data-same-kd', 'false');
  await expect(box).toHaveAttribute('data-attacker-knows-kd', 'true');
  await expect(box).toHaveAttribute('data-detected-at', '9');
  await expect(box).toContainText('not a proof');
  expect(await kd.hexOf('UE_1', 'KD')).not.toBe(await kd.hexOf('UE_2', 'KD'));
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-kd-match', 'false');
  // The figure marks what MME_1 put in place of the keying material, in messages 2 and 6.
  const figure = kd.byTestId(TID.figure);
  await expect(figure).toContainText('Keying_material_1 (substituted)');
  await expect(figure).toContainText('Keying_material_2 (substituted)');
  // The attacker's copies of each UE's KD are MME_1's.
  expect(await kd.hexOf('MME_1', 'KD_UE_1')).toBe(await kd.hexOf('UE_1', 'KD'));
  // No attacker: the honest run again, and the link says so.
  await box.getByRole('button', { name: 'No attacker' }).click();
  await expect(kd.byTestId(TID.attackOutcome)).toHaveCount(0);
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-kd-match', 'true');
  await kd.urlSettled();
  expect(kd.query().get('attacker')).toBeNull();
  expect(kd.errors).toEqual([]);
});

test('the attacker × scheme table: every outcome computed, each cell replays it', async ({
  kd,
}) => {
  await kd.open('?seed=att&step=10');
  await kd.showSection('attackers');
  const table = kd.byTestId(TID.attackers);
  await expect(table.locator('tbody tr')).toHaveCount(ATTACKER_IDS.length);
  for (const attacker of ATTACKER_IDS)
    for (const scheme of SCHEMES) {
      const o = outcomeOf(attacker, scheme);
      const cell = table.locator(`tr[data-attacker="${attacker}"] td[data-scheme="${scheme}"]`);
      await expect(cell, `${attacker} × ${scheme}`).toHaveAttribute(
        'data-same-kd',
        String(o.sameKd),
      );
      await expect(cell).toHaveAttribute(
        'data-attacker-knows-kd',
        String(o.knows.UE_1 || o.knows.UE_2),
      );
      await expect(cell).toHaveAttribute(
        'data-detected-at',
        o.detectedAt === null ? 'none' : String(o.detectedAt),
      );
    }
  // Under dh the curious MME learns nothing; under kdf it knows KD and is never detected.
  const at = (a: string, s: string) =>
    table.locator(`tr[data-attacker="${a}"] td[data-scheme="${s}"]`);
  await expect(at('curious-mme', 'dh')).toHaveAttribute('data-attacker-knows-kd', 'false');
  await expect(at('curious-mme', 'kdf')).toHaveAttribute('data-attacker-knows-kd', 'true');
  await expect(at('curious-mme', 'kdf')).toHaveAttribute('data-detected-at', 'none');
  // A cell replays its attacker under its scheme.
  await at('s10-eavesdropper', 'common').getByRole('button').click();
  await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue('common');
  await expect(kd.byTestId(TID.attackerPicker)).toHaveValue('s10-eavesdropper');
  await expect(kd.byTestId(TID.attackOutcome)).toHaveAttribute('data-outcome', 's10-eavesdropper');
  await kd.urlSettled();
  expect(kd.query().get('attacker')).toBe('s10-eavesdropper');
});

test('a bad attacker in the link is named, and no attacker is replayed', async ({ kd }) => {
  await kd.open('?attacker=mallory&step=7');
  await expect(kd.byTestId(TID.linkErrors).locator('[data-field="attacker"]')).toContainText(
    'mallory',
  );
  await expect(kd.byTestId(TID.attackOutcome)).toHaveCount(0);
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-kd-match', 'true');
});
