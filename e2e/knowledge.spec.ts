import { expect, test, TID } from './fixtures';

for (const mode of ['common', 'calculated'] as const) {
  test(`${mode}: the MMEs know KD, a PC5 eavesdropper sees only nonces and DKSI`, async ({
    kd,
  }) => {
    await kd.open(`?mode=${mode}&step=10`);
    await kd.showSection('knowledge');
    const matrix = kd.byTestId(TID.knowledge);
    const state = (cell: string) => matrix.locator(`[data-cell="${cell}"]`);
    for (const mme of ['MME_1', 'MME_2'])
      await expect(state(`KD/${mme}`)).toHaveAttribute('data-state', /^(holds|derivable)$/);
    await expect(state('KD/PC5')).toHaveAttribute('data-state', 'none');
    await expect(state('KD_sess/PC5')).toHaveAttribute('data-state', 'none');
    await expect(state('Nonce_1/PC5')).toHaveAttribute('data-state', 'sees');
    await expect(state('Nonce_2/PC5')).toHaveAttribute('data-state', 'sees');
    await expect(state('DKSI/PC5')).toHaveAttribute('data-state', 'sees');
    // The NAS links carry the DKSI, protected.
    await expect(state('DKSI/NAS-2')).toHaveAttribute('data-state', 'ciphertext');
    // …but the ESR is an initial NAS message, integrity protected and not ciphered: on UE_1's
    // NAS link exactly what message 1 carries is seen in clear.
    await expect(matrix.locator('[data-cell$="/NAS-1"][data-state="sees"]')).toHaveCount(1);
    await expect(state('connection_identity/NAS-1')).toHaveAttribute('data-state', 'sees');
    await expect(state('connection_identity/NAS-1')).toHaveAttribute('title', /message 1/);
    await expect(state('DKSI/NAS-1')).toHaveAttribute('data-state', 'ciphertext');
    // The NAS COUNT is kept at both ends and seen on no link.
    for (const count of ['NAS_COUNT_1', 'NAS_COUNT_2'])
      await expect(matrix.locator(`[data-cell^="${count}/"][data-state="sees"]`)).toHaveCount(0);
    // Each cell says how.
    await expect(state('Nonce_1/PC5')).toHaveAttribute('title', /in clear in message 8/);
    await expect(state('KD_sess/PC5')).toHaveAttribute('title', /lacks KD/);
  });
}

test('the matrix follows the step', async ({ kd, page }) => {
  await kd.open('?step=1');
  await kd.showSection('knowledge');
  const matrix = kd.byTestId(TID.knowledge);
  await expect(matrix).toHaveAttribute('data-step', '1');
  await expect(matrix.locator('[data-cell="Nonce_1/PC5"]')).toHaveCount(0);
  // Message 1 is seen in clear on UE_1's NAS link; the NAS COUNT is never carried.
  await expect(matrix.locator('[data-cell="connection_identity/NAS-1"]')).toHaveAttribute(
    'data-state',
    'sees',
  );
  await expect(matrix.locator('[data-cell="NAS_COUNT_1/NAS-1"]')).toHaveAttribute(
    'data-state',
    'none',
  );
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await kd.expectStep(10);
  await expect(matrix.locator('[data-cell="Nonce_1/PC5"]')).toHaveAttribute('data-state', 'sees');
});

test('rekeying: a fresh KD and DKSI here, the same KD under a KD-sess-only rekey', async ({
  kd,
}) => {
  await kd.open('?trigger=0a-drr&step=9'); // 0a ends at 9
  await kd.showSection('rekey');
  const rekey = kd.byTestId(TID.rekey);
  const cell = (id: string) => rekey.locator(`[data-rekey="${id}"]`);
  await expect(cell('KD/procedure')).toHaveAttribute('data-changed', 'true');
  await expect(cell('KD/sess-only')).toHaveAttribute('data-changed', 'false');
  await expect(cell('DKSI/procedure')).toHaveAttribute('data-changed', 'true');
  await expect(cell('DKSI/sess-only')).toHaveAttribute('data-changed', 'false');
  await expect(cell('KD_sess/procedure')).toHaveAttribute('data-changed', 'true');
  await expect(cell('KD_sess/sess-only')).toHaveAttribute('data-changed', 'true');
  // The bytes are the panels' bytes: the new KD at UE_1, the old one kept by the KD-sess rekey.
  expect(await cell('KD/procedure').getAttribute('data-hex')).toBe(await kd.hexOf('UE_1', 'KD'));
  expect(await cell('KD/sess-only').getAttribute('data-hex')).toBe(
    await kd.hexOf('UE_1', 'KD_old'),
  );
  await expect(kd.page.locator('.rekey-quote')).toContainText(
    'to use a fresh KD as opposed to a fresh KD-sess.',
  );

  await kd.open('?trigger=0b&step=10');
  await kd.showSection('knowledge');
  await expect(kd.byTestId(TID.knowledge)).toBeVisible();
  await expect(kd.byTestId(TID.rekey)).toHaveCount(0);
});
