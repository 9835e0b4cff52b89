import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, expectedStates, test, TID } from './fixtures';

const PCR = fileURLToPath(new URL('./pcr-000_ef3b53a416e00ea7.txt', import.meta.url));
const SHARED = fileURLToPath(
  new URL('../../shared/seeds/000_ef3b53a416e00ea7.txt', import.meta.url),
);

/**
 * The sentences of the change, by step, read straight from the pCR (not from the app's clause.ts):
 * the lines between the change markers; lines before "0." are the preamble (step 0); "a."/"b."
 * belong to step 0; "N." starts step N; the closing Editor's note belongs to step 7.
 */
function sentencesByStep(pcr: string): Map<number, string[]> {
  const body = pcr.split('START OF CHANGE 1')[1]?.split('END OF CHANGE 1')[0] ?? '';
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(
      (l) => l !== '' && !l.startsWith('*') && l !== '6.3.4.3.2' && l !== 'Network authorised case',
    );
  const out = new Map<number, string[]>();
  let step = 0;
  for (const line of lines) {
    const numbered = /^(\d)\. /.exec(line);
    if (numbered) step = Number(numbered[1]);
    else if (/^Editor’s note/.test(line)) step = 7;
    // Split after a full stop followed by a capital, keeping a leading "N." or "a." marker whole.
    const marker = /^(?:\d|[ab])\. /.exec(line)?.[0] ?? '';
    const parts = line.slice(marker.length).split(/(?<=\.)\s+(?=[A-Z])/);
    parts[0] = marker + parts[0];
    out.set(step, [...(out.get(step) ?? []), ...parts.map((p) => p.trim())]);
  }
  return out;
}

test('the vendored pCR is the shared one', () => {
  test.skip(!existsSync(SHARED), 'shared/ is not beside this clone');
  expect(readFileSync(PCR, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
});

test('every sentence of the change is on the page, verbatim, at its step', async ({ kd, page }) => {
  const byStep = sentencesByStep(readFileSync(PCR, 'utf8'));
  expect([...byStep.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  const total = [...byStep.values()].flat().length;
  expect(total).toBeGreaterThan(25);
  for (const [step, sentences] of byStep) {
    await kd.open(`?step=${step}&seed=text`);
    const shown = (await page.getByTestId(TID.clause).innerText()).replace(/\s+/g, ' ');
    const preamble =
      step === 0 ? (await page.getByTestId(TID.preamble).innerText()).replace(/\s+/g, ' ') : '';
    for (const sentence of sentences) expect(`${shown} ${preamble}`).toContain(sentence);
  }
});

test('FFS passages and Editor’s notes are marked as such', async ({ kd, page }) => {
  await kd.open('?step=7');
  await expect(
    page.getByTestId(TID.clause).locator('[data-sentence-kind="editors-note"]'),
  ).toHaveCount(2);
  await kd.open('?step=3');
  await expect(page.getByTestId(TID.clause).locator('[data-sentence-kind="ffs"]')).toHaveText(
    /Other parameters are FFS\./,
  );
  // In the figure, parameters the text leaves FFS say so; named ones do not.
  const label = await page.locator('text.messageText[data-step="3"]').allTextContents();
  expect(label.join(' ')).toContain('Keying_material_1 (FFS)');
  expect(label.join(' ')).not.toContain('connection identity (FFS)');
});

test('the whole clause view highlights the step and a click goes to a sentence’s step', async ({
  kd,
  page,
}) => {
  await kd.open('?step=2');
  await kd.showSection('clause');
  const view = page.getByTestId(TID.clauseView);
  await view.locator('summary').click();
  await expect(
    view.locator('.clause-group.current [data-sentence-step="2"]').first(),
  ).toContainText('MME_1finds out the address of MME_2');
  await view.getByText('4. UE_2 sends a new connection identity', { exact: false }).click();
  await kd.expectStep(4);
  await expect(view.locator('.clause-group.current').first()).toHaveAttribute('data-step', '4');
});

test('literal reading: UE_1 never learns the DKSI nor UE_2’s new connection identity', async ({
  kd,
  page,
}) => {
  await kd.open('?reading=literal&peer=exp-code&step=0');
  const review = page.getByTestId(TID.review);
  const dksi = review.locator('[data-finding="never-reaches/UE_1/DKSI"]');
  const newId = review.locator('[data-finding="never-reaches/UE_1/new_connection_identity"]');
  await expect(dksi).toHaveAttribute('data-severity', 'defect');
  await expect(newId).toHaveAttribute('data-severity', 'defect');
  await expect(dksi).toContainText('UE_1 never learns DKSI');
  await expect(review.locator('[data-finding="refer/6/MME_1/2"]')).toBeVisible();
  // Clicking a finding goes to its step.
  const step = Number(await dksi.getAttribute('data-step'));
  await dksi.click();
  await kd.expectStep(step);
  // And the step 7 check says what is missing.
  await kd.page.keyboard.press('End');
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-dksi-match', 'false');
  await expect(kd.byTestId(TID.kdCheck)).toContainText('UE_1 holds no DKSI');
});

test('intended reading: the wrong message references are still defects, ranked first', async ({
  kd,
  page,
}) => {
  await kd.open('?reading=intended&peer=exp-code');
  const review = page.getByTestId(TID.review);
  // Severity comes from the text: "received in message 2" is wrong however kdflow reads it.
  for (const id of ['fit/message-2-in-5', 'fit/message-2-in-6'])
    await expect(review.locator(`[data-finding="${id}"]`)).toHaveAttribute(
      'data-severity',
      'defect',
    );
  await expect(review.locator('[data-severity="open-point"]').first()).toBeVisible();
  // Ranked defects → open points → editorial, in the page's order.
  const order = await review
    .locator('[data-finding]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
  const rank = { defect: 0, 'open-point': 1, editorial: 2 } as Record<string, number>;
  expect(order.map((s) => rank[s!])).toEqual([...order.map((s) => rank[s!])].sort());
  // The heading counts each severity; editorial ones are folded until asked for.
  const count = async (sev: string) => review.locator(`[data-severity="${sev}"]`).count();
  await expect(review.locator('h2')).toContainText(`${await count('defect')} defects`);
  await expect(review.locator('h2')).toContainText(`${await count('open-point')} open points`);
  await expect(review.locator('h2')).toContainText(`${await count('editorial')} editorial`);
  const typo = review.locator('[data-finding="editorial/typo-mme-1-finds"]');
  await expect(typo).toBeHidden();
  await kd.byTestId(TID.reviewEditorial).locator('summary').click();
  await expect(typo).toBeVisible();
  // Each finding says whether it is computed or curated.
  await expect(review.locator('[data-finding="fit/message-2-in-5"]')).toHaveAttribute(
    'data-source',
    'curated',
  );
  await kd.urlSettled();
  expect(kd.query().get('reading')).toBe('intended');
});

test('the filter shows only the severities asked for, from the keyboard too', async ({
  kd,
  page,
}) => {
  await kd.open('?reading=literal');
  const review = page.getByTestId(TID.review);
  await expect(review.locator('[data-severity="defect"]').first()).toBeVisible();
  await kd.byTestId(TID.reviewFilter('defect')).focus();
  await page.keyboard.press('Space');
  await expect(kd.byTestId(TID.reviewFilter('defect'))).not.toBeChecked();
  await expect(review.locator('[data-finding][data-severity="defect"]')).toHaveCount(0);
  await expect(review.locator('[data-finding][data-severity="open-point"]').first()).toBeVisible();
  await kd.byTestId(TID.reviewFilter('open-point')).uncheck();
  await kd.byTestId(TID.reviewFilter('editorial')).uncheck();
  await expect(review.locator('[data-finding]')).toHaveCount(0);
  await kd.byTestId(TID.reviewFilter('defect')).check();
  await expect(review.locator('[data-finding][data-severity="defect"]').first()).toBeVisible();
});

test('strict reading: only what the text names, and which UE cannot establish KD', async ({
  kd,
  page,
}) => {
  await kd.open('?reading=strict&step=3');
  // Message 3 carries only the peer reference: no keying material, nothing FFS.
  await expect(page.locator('text.messageText[data-step="3"]')).toHaveText([
    '3.',
    'connection identity',
  ]);
  const review = page.getByTestId(TID.review);
  const ue2 = review.locator('[data-finding="never-gets/UE_2/KD"]');
  await expect(ue2).toHaveAttribute('data-severity', 'defect');
  await expect(ue2).toHaveAttribute('data-step', '3');
  await expect(ue2).toHaveAttribute('data-source', 'computed');
  await expect(ue2).toContainText('never gets Keying_material_1');
  await kd.open('?reading=strict&step=7');
  const check = kd.byTestId(TID.kdCheck);
  await expect(check).toHaveAttribute('data-kd-match', 'false');
  await expect(check).toHaveAttribute('data-cannot', 'UE_1 UE_2');
  await expect(check).toContainText('UE_2 cannot establish KD: it never gets Keying_material_1');
  // Common: message 2's Keying_material_1 is the common KD, and message 6 brings it to UE_1.
  await kd.open('?scheme=common&reading=strict&step=7');
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-cannot', 'UE_2');
});

test('the reading switch changes messages 5 and 6 in figure and panels', async ({ kd, page }) => {
  await kd.open('?step=6&seed=r');
  expect(await kd.hexOf('UE_1', 'DKSI')).toMatch(/^0[0-6]$/);
  const before = await page.locator('text.messageText[data-step="6"]').allTextContents();
  await kd.byTestId(TID.picker('reading')).selectOption('literal');
  await expect.poll(() => kd.query().get('reading')).toBe('literal');
  await kd.waitForFigure();
  await expect(kd.value('UE_1', 'DKSI')).toHaveCount(0);
  await expect
    .poll(() => page.locator('text.messageText[data-step="6"]').allTextContents())
    .not.toEqual(before);
});

test('compare: one key steps both sides, and the keying material is marked', async ({
  kd,
  page,
}) => {
  await kd.open('?step=2&seed=cmp');
  await kd.byTestId(TID.compareToggle).click();
  await expect(kd.byTestId(TID.compare)).toBeVisible();
  await expect.poll(() => kd.query().get('compare')).toBe('on');
  await kd.urlSettled();
  expect(kd.query().get('b.scheme')).toBe('common');
  const states = (testId: string) =>
    page
      .getByTestId(testId)
      .locator('[data-et="message"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  await expect.poll(() => states(TID.figureB)).toHaveLength(expectedStates(0).length);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(3);
  const expected = expectedStates(3);
  await expect.poll(() => states(TID.figure)).toEqual(expected);
  await expect.poll(() => states(TID.figureB)).toEqual(expected);

  await page.keyboard.press('End');
  for (const side of ['A', 'B'])
    for (const actor of ['UE_1', 'UE_2'])
      await expect(
        page.locator(`[data-side="${side}"] [data-actor="${actor}"] [data-diff]`).first(),
      ).toBeVisible();
  await expect(
    page.locator('[data-side="A"] [data-actor="MME_1"] [data-value="Keying_material_1"]'),
  ).toHaveAttribute('data-diff', 'true');
  await expect(
    page.locator('[data-side="B"] [data-actor="MME_1"] [data-value="Keying_material_1"]'),
  ).toHaveAttribute('data-diff', 'true');
  await expect(
    page.locator('[data-side="A"] [data-actor="UE_1"] [data-value="K_ASME_1"]'),
  ).not.toHaveAttribute('data-diff', 'true');
  await expect(kd.byTestId(TID.diffSummary)).toContainText('Keying_material_1 at MME_1');
  // Calculated and common send the same messages (the keying material by the same name, other
  // bytes; the NAS COUNT is never carried), so no message is marked; step 7 differs, its note is.
  await expect(page.getByTestId(TID.figure).locator('[data-et="message"][data-diff]')).toHaveCount(
    0,
  );
  await expect(
    page.getByTestId(TID.figureB).locator('[data-step="7"][data-diff]').first(),
  ).toBeAttached();
});

test('a compare link opens side by side, and B’s pickers change only B', async ({ kd, page }) => {
  await kd.open('?compare=on&b.scheme=kdf&b.reading=literal&step=7&seed=cmp');
  await expect(kd.byTestId(TID.compare)).toBeVisible();
  await expect(kd.byTestId(TID.kdCheckB)).toHaveAttribute('data-dksi-match', 'false');
  await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-dksi-match', 'true');
  await kd.byTestId(TID.comparePicker('reading')).selectOption('intended');
  await expect(kd.byTestId(TID.kdCheckB)).toHaveAttribute('data-dksi-match', 'true');
  await kd.urlSettled();
  expect(kd.query().get('b.reading')).toBe('intended');
  await kd.byTestId(TID.compareToggle).click();
  await expect(kd.byTestId(TID.compare)).toHaveCount(0);
  await expect.poll(() => kd.query().get('compare')).toBeNull();
  await expect(page.getByTestId(TID.review)).toBeVisible();
});
