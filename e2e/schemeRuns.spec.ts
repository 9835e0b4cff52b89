/**
 * Each key establishment scheme stepped from step 0 to its last step, as a person would with the
 * arrow key: KD is equal at both UEs from step 7 on, and under the X25519 scheme no MME ever shows
 * a private key, DH_shared or KD.
 */
import { SCHEMES, DEFAULT_SCENARIO } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { expect, test, TID } from './fixtures';

for (const scheme of SCHEMES)
  test(`scheme=${scheme}: stepped to the end, both UEs hold the same KD from step 7`, async ({
    kd,
    page,
  }) => {
    const trace = simulate({ ...DEFAULT_SCENARIO, scheme }, 'steps');
    const last = trace.steps.length - 1;
    await kd.open(`?scheme=${scheme}&seed=steps`);
    await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue(scheme);
    const kdOf = (actor: 'UE_1' | 'UE_2') =>
      trace.steps[7]!.holdings[actor].find((v) => v.name === 'KD')?.hex;
    expect(kdOf('UE_1')).toMatch(/^[0-9a-f]{64}$/);
    expect(kdOf('UE_1')).toBe(kdOf('UE_2'));
    for (let n = 0; n <= last; n++) {
      if (n > 0) await page.keyboard.press('ArrowRight');
      await kd.expectStep(n);
      if (n >= 7) {
        expect(await kd.hexOf('UE_1', 'KD'), `step ${n}`).toBe(kdOf('UE_1'));
        expect(await kd.hexOf('UE_2', 'KD'), `step ${n}`).toBe(kdOf('UE_1'));
      }
      if (scheme === 'dh')
        for (const mme of ['MME_1', 'MME_2'])
          for (const v of ['DH_private_1', 'DH_private_2', 'DH_shared', 'KD'])
            await expect(
              page.locator(`[data-actor="${mme}"] [data-value="${v}"]`),
              `${v} at ${mme}, step ${n}`,
            ).toHaveCount(0);
    }
    await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-kd-match', 'true');
    // KD-sess too, at the last step: the PC5 continuation ran on the scheme's KD.
    const sess = trace.steps[last]!.holdings.UE_1.find((v) => v.name === 'KD_sess')?.hex;
    expect(await kd.hexOf('UE_1', 'KD_sess')).toBe(sess);
    expect(await kd.hexOf('UE_2', 'KD_sess')).toBe(sess);
    expect(kd.errors).toEqual([]);
  });

test('links from before the schemes still open: mode=calculated is kdf, b.mode=common is common', async ({
  kd,
}) => {
  await kd.open('?mode=calculated&compare=on&b.mode=common&step=7');
  await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue('kdf');
  await expect(kd.page.getByTestId(TID.comparePicker('scheme'))).toHaveValue('common');
  await expect(kd.byTestId(TID.linkErrors)).toHaveCount(0);
  // The page writes the link anew under the field's present name.
  await kd.urlSettled();
  expect(kd.query().get('scheme')).toBe('kdf');
  expect(kd.query().get('b.scheme')).toBe('common');
  expect(kd.query().get('mode')).toBeNull();
});
