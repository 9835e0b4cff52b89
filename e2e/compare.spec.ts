/**
 * The side-by-side view: each side keeps its clause text and its review, and the summary lists
 * structural differences apart from differences in the bytes alone.
 */
import { expect, test, TID } from './fixtures';

test('each side shows its own clause text, reading and review for the step', async ({ kd }) => {
  await kd.open('?compare=on&step=4&seed=cmp');
  for (const side of ['A', 'B'] as const) {
    const text = kd.compareSide(side).getByTestId(TID.clause);
    await expect(text).toContainText(
      '4. UE_2 sends a new connection identity if there was not one in message 3 or it wants to refresh its connection identity.',
    );
    await expect(kd.compareSide(side).getByTestId(TID.review)).toContainText(
      /Review of the text: \d+ defects/,
    );
  }
  // Step 4 speaks of "the calculated KD": a misfit for B (common), not for A (calculated).
  const misfit = '[data-finding="fit/calculated-kd"]';
  await expect(kd.compareSide('B').getByTestId(TID.review).locator(misfit)).toHaveCount(1);
  await expect(kd.compareSide('A').getByTestId(TID.review).locator(misfit)).toHaveCount(0);
  // The text follows the step on both sides.
  await kd.page.locator('body').click({ position: { x: 2, y: 2 } });
  await kd.page.keyboard.press('ArrowRight');
  await kd.expectStep(5);
  for (const side of ['A', 'B'] as const)
    await expect(kd.compareSide(side).getByTestId(TID.clause)).toContainText(
      '5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2.',
    );
});

test('calculated against common: structural differences, each naming its step', async ({ kd }) => {
  await kd.open('?compare=on&step=2&seed=cmp');
  expect(await kd.diffCount('structural')).toBeGreaterThan(0);
  await expect(kd.diffItems('structural')).toHaveCount(await kd.diffCount('structural'));
  const kd7 = kd
    .diffItems('structural')
    .filter({ hasText: 'KD at UE_1: calculated at step 7 from Keying_material_1' });
  await expect(kd7).toHaveAttribute('data-step', '7');
  await expect(kd7).toContainText('step 7');
  await expect(kd7).toContainText('taken from Keying_material_2 at step 7 on B');
  // The illustrative scheme uses the NAS COUNT, kept by UE_1 and MME_1 and never carried.
  await expect(
    kd.diffItems('structural').filter({ hasText: 'NAS COUNT (msg 1) at MME_1' }),
  ).toContainText('held on A only (generated at step 1)');
  await expect(kd.diffItems('structural').filter({ hasText: 'carries NAS COUNT' })).toHaveCount(0);
  // The common KD goes in message 2 as Keying_material_1: the same parameter, other bytes.
  await expect(
    kd
      .diffItems('bytes')
      .filter({ hasText: 'Message 2 (MME_1 → MME_2): carries Keying_material_1' }),
  ).toHaveCount(1);
  // An item goes to its step.
  await kd7.click();
  await kd.expectStep(7);
  await expect(kd7).toHaveClass(/here/);
  await expect(
    kd.compareSide('B').locator('[data-actor="UE_1"] [data-value="KD"]'),
  ).toHaveAttribute('data-diff', 'true');
});

test('the same scenario with another seed for B: no structural difference, only bytes', async ({
  kd,
}) => {
  await kd.open('?compare=on&b.scheme=kdf&step=7&seed=cmp');
  await expect(kd.byTestId(TID.diffSummary)).toContainText('A and B are the same run');
  expect(await kd.diffCount('structural')).toBe(0);
  expect(await kd.diffCount('bytes')).toBe(0);

  await kd.typeSeedB('other');
  await expect(kd.compareSide('B').locator(':scope > h2')).toContainText('seed “other”');
  await expect.poll(() => kd.diffCount('bytes')).toBeGreaterThan(0);
  expect(await kd.diffCount('structural')).toBe(0);
  await expect(kd.diffItems('structural')).toHaveCount(0);
  await expect(kd.diffItems('bytes')).toHaveCount(await kd.diffCount('bytes'));
  await expect(
    kd.diffItems('bytes').filter({ hasText: 'K_ASME_1 at UE_1: other bytes' }),
  ).toHaveAttribute('data-step', '0');
  const kdAt = (side: 'A' | 'B') =>
    kd.compareSide(side).locator('[data-actor="UE_1"] [data-value="KD"]');
  const [hexA, hexB] = [
    await kdAt('A').getAttribute('data-hex'),
    await kdAt('B').getAttribute('data-hex'),
  ];
  expect(hexA).toMatch(/^[0-9a-f]{64}$/);
  expect(hexB).toMatch(/^[0-9a-f]{64}$/);
  expect(hexB).not.toBe(hexA);
  await expect(
    kd.diffItems('bytes').filter({
      hasText: `KD at UE_1: other bytes (A ${hexA!.slice(0, 8)}…, B ${hexB!.slice(0, 8)}…)`,
    }),
  ).toHaveAttribute('data-step', '7');
  await expect(kdAt('A')).toHaveAttribute('data-diff', 'true');
  // The list scrolls itself (not the page) to the current step's items.
  const pageY = await kd.page.evaluate(() => window.scrollY);
  const inList = await kd
    .diffItems('bytes')
    .filter({ hasText: 'KD at UE_1' })
    .evaluate((item) => {
      const list = item.closest('ul')!.getBoundingClientRect();
      const box = item.getBoundingClientRect();
      return box.top >= list.top - 0.5 && box.bottom <= list.bottom + 0.5;
    });
  expect(inList).toBe(true);
  expect(await kd.page.evaluate(() => window.scrollY)).toBe(pageY);

  // A bad seed is refused and the last good one stays.
  const bytes = await kd.diffCount('bytes');
  await kd.typeSeedB('');
  await expect(kd.byTestId(TID.compare).getByRole('alert')).toContainText(
    'B’s seed must not be empty',
  );
  expect(await kd.diffCount('bytes')).toBe(bytes);
  await expect(kdAt('B')).toHaveAttribute('data-hex', hexB!);
  // And B can follow A's seed again.
  await kd.byTestId(TID.compare).getByRole('button', { name: 'Use A’s seed' }).click();
  await expect(kd.byTestId(TID.diffSummary)).toContainText('A and B are the same run');
  await expect(kdAt('B')).toHaveAttribute('data-hex', hexA!);
});

test('literal against intended: structural differences at messages 5, 6 and 8, and the PC5 MACs at 9 and 10', async ({
  kd,
}) => {
  await kd.open('?compare=on&b.scheme=kdf&b.reading=literal&step=6&seed=cmp');
  expect(await kd.diffCount('structural')).toBeGreaterThan(0);
  expect(await kd.diffCount('bytes')).toBe(0);
  const steps = await kd
    .diffItems('structural')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-step')))]);
  // 5 and 6 carry other parameters; at 8 UE_1 names a DKSI it never received (missing on B). The
  // PC5 MACs cover the DKSI: at 9 UE_1 cannot make its own XMAC, at 10 it sends no MAC.
  expect(steps.sort()).toEqual(['10', '5', '6', '8', '9']);
  await expect(
    kd.diffItems('structural').filter({ hasText: 'DKSI is missing on B only' }),
  ).toHaveAttribute('data-step', '8');
  await expect(
    kd
      .diffItems('structural')
      .filter({ hasText: 'Message 6 (MME_1 → UE_1): carries DKSI on A only' }),
  ).toHaveClass(/here/);
  // Each side keeps its own reading of the step, and its own review.
  await expect(kd.compareSide('A').locator('.reading')).toContainText('the intended reading');
  await expect(kd.compareSide('B').locator('.reading')).toContainText('As written');
  await expect(kd.compareSide('B').getByTestId(TID.review)).toContainText('UE_1 never learns DKSI');
  await expect(kd.compareSide('A').getByTestId(TID.review)).not.toContainText(
    'UE_1 never learns DKSI',
  );
});

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const)
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the side-by-side view, its lists and both sides fit the width', async ({ kd }) => {
      await kd.open('?compare=on&step=7&seed=cmp');
      await kd.typeSeedB('a much longer seed for B, to make every value differ');
      await expect.poll(() => kd.diffCount('bytes')).toBeGreaterThan(20);
      const outside = await kd.byTestId(TID.compare).evaluate((view) =>
        [...view.querySelectorAll('*')]
          .filter((el) => !el.closest('.figure-scroll'))
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) return false;
            const spills = el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1;
            const clips = getComputedStyle(el).overflowX !== 'visible';
            return box.left < -0.5 || box.right > innerWidth + 0.5 || (spills && !clips);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      expect(outside).toEqual([]);
      // The two sides stack on the phone, and stand side by side on the laptop.
      const [a, b] = await Promise.all(
        (['A', 'B'] as const).map((s) =>
          kd.compareSide(s).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
        ),
      );
      if (width < 1000) expect(b!.top).toBeGreaterThanOrEqual(a!.bottom);
      else expect(b!.left).toBeGreaterThanOrEqual(a!.right);
    });
  });

test('two schemes side by side: KDF against X25519, from the Schemes tab, stepped together', async ({
  kd,
}) => {
  await kd.open('?step=1&seed=cmp');
  await kd.showSection('schemes');
  await kd.byTestId(TID.schemes).locator('button[data-compare-scheme="dh"]').click();
  await expect(kd.byTestId(TID.compare)).toBeVisible();
  await expect(kd.page.getByTestId(TID.comparePicker('scheme'))).toHaveValue('dh');
  await kd.urlSettled();
  expect(kd.query().get('b.scheme')).toBe('dh');
  // Message 1 carries UE_1's public key on B only; B's UE_1 holds a private key A's lacks.
  await expect(
    kd
      .diffItems('structural')
      .filter({ hasText: 'Message 1 (UE_1 → MME_1): carries Keying_material_1' }),
  ).toContainText('on B only');
  await expect(
    kd.compareSide('B').locator('[data-actor="UE_1"] [data-value="DH_private_1"]'),
  ).toHaveAttribute('data-diff', 'true');
  await expect(
    kd.compareSide('A').locator('[data-actor="UE_1"] [data-value="DH_private_1"]'),
  ).toHaveCount(0);
  // Stepped together to step 7: KD is equal at both UEs on each side, and differs between sides.
  await kd.page.locator('body').click({ position: { x: 2, y: 2 } });
  for (let n = 2; n <= 7; n++) {
    await kd.page.keyboard.press('ArrowRight');
    await kd.expectStep(n);
  }
  const kdOf = (side: 'A' | 'B', actor: string) =>
    kd
      .compareSide(side)
      .locator(`[data-actor="${actor}"] [data-value="KD"]`)
      .getAttribute('data-hex');
  for (const side of ['A', 'B'] as const) {
    expect(await kdOf(side, 'UE_1')).toMatch(/^[0-9a-f]{64}$/);
    expect(await kdOf(side, 'UE_1')).toBe(await kdOf(side, 'UE_2'));
  }
  expect(await kdOf('A', 'UE_1')).not.toBe(await kdOf('B', 'UE_1'));
  // The MMEs of B hold no KD; A's can compute it (they hold its inputs) but hold none either.
  for (const mme of ['MME_1', 'MME_2'])
    await expect(
      kd.compareSide('B').locator(`[data-actor="${mme}"] [data-value="KD"]`),
    ).toHaveCount(0);
  await expect(
    kd.diffItems('structural').filter({ hasText: 'KD at UE_1: calculated at step 7' }),
  ).toContainText('from DH_shared, UE_1 ID, UE_2 ID, Keying_material_1, Keying_material_2 on B');
  expect(kd.errors).toEqual([]);
});
