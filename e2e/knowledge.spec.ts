import { expect, LAST, scenarioOfQuery, test, TID, type KdflowPage } from './fixtures';

for (const scheme of ['common', 'kdf'] as const) {
  test(`${scheme}: the MMEs know KD, a PC5 eavesdropper sees only nonces and DKSI`, async ({
    kd,
  }) => {
    await kd.open(`?scheme=${scheme}&step=10`);
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

test('dh: neither MME knows KD, alone or pooled, and the matrix says which private key it lacks', async ({
  kd,
}) => {
  await kd.open('?scheme=dh&step=10&s10=clear');
  await kd.showSection('knowledge');
  const matrix = kd.byTestId(TID.knowledge);
  const state = (cell: string) => matrix.locator(`[data-cell="${cell}"]`);
  for (const column of ['MME_1', 'MME_2', 'MME_1+MME_2', 'MME-MME', 'NAS-1'])
    for (const v of ['KD', 'DH_shared'])
      await expect(state(`${v}/${column}`), `${v} at ${column}`).toHaveAttribute(
        'data-state',
        'none',
      );
  // The MMEs hold both public keys; the ESR shows UE_1's in clear, S10 in clear both.
  await expect(state('Keying_material_2/MME_1')).toHaveAttribute('data-state', 'holds');
  await expect(state('Keying_material_1/NAS-1')).toHaveAttribute('data-state', 'sees');
  await expect(state('Keying_material_2/MME-MME')).toHaveAttribute('data-state', 'sees');
  await expect(state('KD/MME_1+MME_2')).toHaveAttribute(
    'title',
    /lacks DH_shared \(DH_shared needs DH_private_1 or DH_private_2\)/,
  );
  // Each UE holds its own private key only.
  await expect(state('DH_private_1/UE_1')).toHaveAttribute('data-state', 'holds');
  await expect(state('DH_private_1/UE_2')).toHaveAttribute('data-state', 'none');
});

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

/* Coalitions and the protection assumptions (issue 12). */

const cellOf = (kd: KdflowPage) => {
  const matrix = kd.byTestId(TID.knowledge);
  return (cell: string) => matrix.locator(`[data-cell="${cell}"]`);
};

test('a coalition: MME_1 with a PC5 receiver computes KD-sess, MME_1 alone cannot', async ({
  kd,
}) => {
  await kd.open(`?step=${LAST}`);
  await kd.showSection('knowledge');
  const cell = cellOf(kd);
  await expect(cell('KD_sess/MME_1')).toHaveAttribute('data-state', 'none');
  await expect(cell('KD_sess/MME_1')).toHaveAttribute('title', /lacks Nonce_1, Nonce_2/);
  await expect(cell('KD_sess/PC5')).toHaveAttribute('data-state', 'none');
  await expect(cell('KD_sess/MME_1+PC5')).toHaveAttribute('data-state', 'derivable');
  await expect(cell('KD_sess/MME_1+PC5')).toHaveAttribute('data-pooled', 'true');
  await expect(cell('KD_sess/MME_1+PC5')).toHaveAttribute(
    'title',
    /only by pooling.*Nonce_1 \(seen in clear on PC5\)/,
  );
  await expect(cell('KD_sess/MME_2+PC5')).toHaveAttribute('data-state', 'derivable');
  // Both MMEs together still lack the nonces.
  await expect(cell('KD_sess/MME_1+MME_2')).toHaveAttribute('data-state', 'none');
  // What pooling adds is said in words beside the matrix.
  await expect(kd.page.locator('[data-pooled-line="MME_1+PC5"]')).toContainText(
    'can compute KD-sess',
  );
  await expect(kd.page.locator('[data-pooled-line="MME_1+MME_2"]')).toContainText('gets nothing');
  // Before the PC5 exchange the coalition has no nonce to use.
  await kd.open('?step=7');
  await kd.showSection('knowledge');
  await expect(cellOf(kd)('Nonce_1/MME_1+PC5')).toHaveCount(0);
  await expect(cellOf(kd)('KD/MME_1+PC5')).toHaveAttribute('data-state', 'derivable');
});

test('the toggles recompute the cells and go into the link', async ({ kd, page }) => {
  await kd.open(`?step=${LAST}`);
  await kd.showSection('knowledge');
  const cell = cellOf(kd);
  const s10 = kd.byTestId(TID.assumption('s10'));
  const esr = kd.byTestId(TID.assumption('esr'));
  await expect(s10).toHaveValue('protected');
  await expect(esr).toHaveValue('clear');
  await expect(cell('Keying_material_1/MME-MME')).toHaveAttribute('data-state', 'ciphertext');
  await expect(cell('KD/MME-MME')).toHaveAttribute('data-state', 'none');
  await expect(cell('connection_identity/NAS-1')).toHaveAttribute('data-state', 'sees');

  // The MME–MME link in clear: its eavesdropper sees the keying material and computes KD.
  await s10.selectOption('clear');
  await expect(cell('Keying_material_1/MME-MME')).toHaveAttribute('data-state', 'sees');
  await expect(cell('KD/MME-MME')).toHaveAttribute('data-state', 'derivable');
  await expect(page.locator('[data-kd-line]')).toContainText(
    'also to the eavesdropper on MME_1–MME_2',
  );
  await expect(kd.byTestId(TID.knowledgeLinks)).toContainText('assumed unprotected');

  // The ESR ciphered, by keyboard: the select is reached and changed with keys alone.
  await esr.focus();
  await page.keyboard.press('ArrowDown');
  await expect(esr).toHaveValue('ciphered');
  await expect(cell('connection_identity/NAS-1')).toHaveAttribute('data-state', 'ciphertext');
  await expect(kd.byTestId(TID.knowledgeLinks)).not.toContainText('Message 1 is seen in clear');
  // Keys in the select do not step the run.
  await kd.expectStep(LAST);

  await kd.urlSettled();
  const url = new URL(page.url());
  expect(url.searchParams.get('s10')).toBe('clear');
  expect(url.searchParams.get('esr')).toBe('ciphered');

  // Back to the defaults: the link no longer names them.
  await s10.selectOption('protected');
  await esr.selectOption('clear');
  await kd.urlSettled();
  const back = new URL(page.url());
  expect(back.searchParams.has('s10') || back.searchParams.has('esr')).toBe(false);
  await expect(cell('Keying_material_1/MME-MME')).toHaveAttribute('data-state', 'ciphertext');
});

test('the link opens with the assumptions, and a bad one is named and reset', async ({
  kd,
  page,
}) => {
  await kd.open(`?scheme=common&step=${LAST}&s10=clear&esr=ciphered`);
  await kd.showSection('knowledge');
  const cell = cellOf(kd);
  await expect(kd.byTestId(TID.assumption('s10'))).toHaveValue('clear');
  await expect(kd.byTestId(TID.assumption('esr'))).toHaveValue('ciphered');
  // Under common the keying material is KD itself, so the link's eavesdropper gets KD.
  await expect(cell('KD/MME-MME')).toHaveAttribute('data-state', 'derivable');
  await expect(cell('connection_identity/NAS-1')).toHaveAttribute('data-state', 'ciphertext');
  // A reload opens the same view.
  await page.reload();
  await kd.waitForFigure({ ...scenarioOfQuery('?scheme=common') });
  await kd.showSection('knowledge');
  await expect(kd.byTestId(TID.assumption('s10'))).toHaveValue('clear');
  await expect(cellOf(kd)('KD/MME-MME')).toHaveAttribute('data-state', 'derivable');

  await kd.open(`?step=${LAST}&s10=open&esr=clear`);
  const errors = kd.byTestId(TID.linkErrors);
  await expect(errors.locator('[data-field]')).toHaveCount(1);
  await expect(errors.locator('[data-field="s10"]')).toContainText('protected, clear');
  await kd.showSection('knowledge');
  await expect(kd.byTestId(TID.assumption('s10'))).toHaveValue('protected');
  await expect(cellOf(kd)('Keying_material_1/MME-MME')).toHaveAttribute('data-state', 'ciphertext');
});
