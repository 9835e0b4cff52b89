import { toHex } from '../src/protocol/bytes';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { ACTORS } from '../src/protocol/types';
import { toQuery } from '../src/store/deepLink';
import { expect, expectedStates, LAST, test, TID } from './fixtures';

const link = (scenario: Scenario, seed: string, step: number) => toQuery({ scenario, seed, step });

test.describe('every scenario', () => {
  for (const scenario of allScenarios()) {
    const name = Object.values(scenario).join('/');
    test(`${name}: both UEs show the same KD at step 7`, async ({ kd }) => {
      await kd.open(link(scenario, 'e2e', 7));
      const kd1 = await kd.hexOf('UE_1', 'KD');
      const kd2 = await kd.hexOf('UE_2', 'KD');
      expect(kd1).toMatch(/^[0-9a-f]{64}$/);
      expect(kd2).toBe(kd1);
      await expect(kd.byTestId(TID.kdCheck)).toHaveAttribute('data-kd-match', 'true');
      const km1 = await kd.hexOf('MME_1', 'Keying_material_1');
      const km2 = await kd.hexOf('MME_2', 'Keying_material_2');
      if (scenario.scheme === 'common') {
        expect(km1).toBe(kd1);
        expect(km2).toBe(kd1);
      } else {
        expect(km1).not.toBe(km2);
        expect(km1).not.toBe(kd1);
      }
      // The shown values are exactly what simulate() gives for this scenario.
      const trace = simulate(scenario, 'e2e');
      expect(kd1).toBe(trace.steps[7]?.holdings.UE_1.find((v) => v.name === 'KD')?.hex);
    });
  }
});

test('stepping forward and back restyles the figure without re-rendering it', async ({
  kd,
  page,
}) => {
  // Some forty steps and clicks, each awaited: on a CI machine whose two cores other suites
  // share it ran past 30 s, so it gets the slow timeout.
  test.slow();
  await kd.open('?seed=demo');
  await kd.expectStep(0);
  expect(await kd.messageStates()).toEqual(expectedStates(0));
  const renders = await kd.renderCount();
  expect(renders).toBe(1);

  for (let step = 1; step <= LAST; step++) {
    await page.keyboard.press('ArrowRight');
    await kd.expectStep(step);
    await expect.poll(() => kd.messageStates()).toEqual(expectedStates(step));
  }
  await page.keyboard.press('ArrowRight'); // stays at the last step
  await kd.expectStep(LAST);
  for (let step = LAST - 1; step >= 0; step--) {
    await kd.byTestId(TID.previous).click();
    await kd.expectStep(step);
    await expect.poll(() => kd.messageStates()).toEqual(expectedStates(step));
  }
  await page.keyboard.press('End');
  await kd.expectStep(LAST);
  await page.keyboard.press('Home');
  await kd.expectStep(0);
  await kd.byTestId(TID.last).click();
  await kd.expectStep(LAST);
  await kd.byTestId(TID.first).click();
  await kd.expectStep(0);
  await kd.byTestId(TID.next).click();
  await kd.expectStep(1);
  // Still the one render of this scenario's diagram.
  expect(await kd.renderCount()).toBe(renders);

  // A new scenario is a new diagram text: exactly one more render.
  await kd.byTestId(TID.picker('scheme')).selectOption('common');
  await expect.poll(() => kd.renderCount()).toBe(renders + 1);
  await kd.waitForFigure();
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(2);
  expect(await kd.renderCount()).toBe(renders + 1);
});

test('the current message is marked and its label too', async ({ kd }) => {
  await kd.open('?step=3&seed=demo');
  const current = kd.page.locator('.figure-svg [data-state="current"]');
  await expect(current.first()).toBeAttached();
  expect(await current.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(
    expect.arrayContaining(['3']),
  );
  const labels = await kd.page
    .locator('text.messageText[data-state="current"]')
    .evaluateAll((els) => els.map((e) => e.textContent).join(' '));
  expect(labels).toContain('3.');
  expect(labels).toContain('Keying_material_1 (FFS)');
});

test('Space plays through to the last step, and Play at the end starts again', async ({
  kd,
  page,
}) => {
  await kd.open('?step=5&seed=demo');
  await kd.byTestId(TID.speed).selectOption('400');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press(' ');
  await expect(kd.byTestId(TID.play)).toHaveAttribute('aria-pressed', 'true');
  await kd.expectStep(LAST);
  await expect(kd.byTestId(TID.play)).toHaveAttribute('aria-pressed', 'false');
  // Slowly now, so that step 0 lasts long enough to be seen on a busy machine.
  await kd.byTestId(TID.speed).selectOption('2000');
  await kd.byTestId(TID.play).click();
  await kd.expectStep(0);
  await kd.expectStep(1);
});

test('?scheme=common&step=5&seed=demo opens at step 5 with exactly the values simulate gives', async ({
  kd,
}) => {
  await kd.open('?scheme=common&step=5&seed=demo');
  await kd.expectStep(5);
  expect(await kd.messageStates()).toEqual(expectedStates(5));
  await expect(kd.page.getByTestId(TID.picker('scheme'))).toHaveValue('common');
  const trace = simulate({ ...DEFAULT_SCENARIO, scheme: 'common' }, 'demo');
  for (const actor of ACTORS) {
    const expected = Object.fromEntries(
      (trace.steps[5]?.holdings[actor] ?? []).map((v) => [v.name, toHex(v.bytes)]),
    );
    expect(await kd.holdings(actor)).toEqual(expected);
  }
});

test('a link with bad values says which fields, falls back, and still works', async ({
  kd,
  page,
}) => {
  await kd.open('?scheme=banana&step=99&seed=&peer=exp-code');
  const box = kd.byTestId(TID.linkErrors);
  await expect(box).toBeVisible();
  await expect(box.locator('[data-field="scheme"]')).toContainText('banana');
  await expect(box.locator('[data-field="step"]')).toContainText('99');
  await expect(box.locator('[data-field="seed"]')).toBeVisible();
  await expect(box.locator('[data-field]')).toHaveCount(3);
  // The good field is kept, the bad ones use their defaults.
  await expect(page.getByTestId(TID.picker('peer'))).toHaveValue('exp-code');
  await expect(page.getByTestId(TID.picker('scheme'))).toHaveValue('kdf');
  await kd.expectStep(0);
  // The page works: stepping goes on and the URL now holds the state in use.
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(1);
  await kd.urlSettled();
  expect(kd.query().get('scheme')).toBe('kdf');
  expect(kd.query().get('peer')).toBe('exp-code');
  expect(kd.query().get('step')).toBe('1');
});

test('every change updates the URL, and the URL reopens the same page', async ({ kd, page }) => {
  await kd.open();
  await kd.byTestId(TID.next).click();
  await kd.byTestId(TID.next).click();
  await kd.byTestId(TID.picker('trigger')).selectOption('0a-drr');
  await kd.byTestId(TID.picker('refresh')).selectOption('yes');
  await kd.byTestId(TID.seed).fill('shared link');
  await expect.poll(() => kd.query().get('seed')).toBe('shared link');
  await kd.urlSettled();
  expect(Object.fromEntries(kd.query())).toEqual({
    scheme: 'kdf',
    trigger: '0a-drr',
    peer: 'connection-identity',
    refresh: 'yes',
    reading: 'intended',
    seed: 'shared link',
    step: '2',
  });
  const before = await kd.holdings('MME_2');
  await page.reload();
  await kd.waitForFigure();
  await kd.expectStep(2);
  expect(await kd.holdings('MME_2')).toEqual(before);
});

test('a bad seed keeps what was typed and the last good values', async ({ kd }) => {
  await kd.open('?seed=good&step=7');
  const kd1 = await kd.hexOf('UE_1', 'KD');
  await kd.byTestId(TID.seed).fill('   ');
  await expect(kd.byTestId(TID.seedError)).toContainText('must not be empty');
  await expect(kd.byTestId(TID.seed)).toHaveValue('   ');
  expect(await kd.hexOf('UE_1', 'KD')).toBe(kd1);
  await kd.urlSettled();
  expect(kd.query().get('seed')).toBe('good');
  await kd.byTestId(TID.seed).fill('better');
  await expect(kd.byTestId(TID.seedError)).toHaveCount(0);
  await expect.poll(() => kd.hexOf('UE_1', 'KD')).not.toBe(kd1);
});

test('values new at a step are marked with where they came from', async ({ kd }) => {
  await kd.open('?step=4&seed=demo');
  await expect(kd.value('UE_2', 'DKSI')).toHaveAttribute('data-new', 'true');
  await expect(kd.value('UE_2', 'DKSI')).toContainText('selected by UE_2');
  await expect(kd.value('UE_2', 'K_ASME_2')).toHaveAttribute('data-new', 'false');
  await expect(kd.value('MME_2', 'DKSI')).toContainText('received in message 4 from UE_2');
});
