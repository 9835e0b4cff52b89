/**
 * The redline, the questions for the meeting and the findings in the Markdown report: each read
 * from the review's findings for the page's scenario, shown, and downloaded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page, TestInfo } from '@playwright/test';
import {
  allScenarios,
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  READINGS,
  SCENARIO_KEYS,
  type Scenario,
} from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { reviewFindings } from '../src/review/review';
import { expect, scenarioOfQuery, test, TID, type KdflowPage } from './fixtures';

const PCR = fileURLToPath(new URL('./pcr-000_ef3b53a416e00ea7.txt', import.meta.url));

/** Step 5 of the change, read straight from the pCR (not from the app's clause.ts). */
const PCR_STEP_5 = (() => {
  const line = readFileSync(PCR, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('5. MME_2'));
  return (line ?? '').replace(/\s+/g, ' ').trim();
})();

/** The review's findings for a scenario, computed here as the app computes them. */
const findingsOf = (scenario: Scenario) => reviewFindings(simulate(scenario, DEFAULT_SEED));

/** Reads the file a button downloads. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * Shows a tab at a window size, scrolled to `target`, checks that it reads well (its type at
 * least 13 px, nothing wider than the window) and attaches the screenshot.
 */
async function shoot(
  kd: KdflowPage,
  testInfo: TestInfo,
  name: string,
  size: { width: number; height: number },
  target: Locator,
  text: Locator,
) {
  await kd.page.setViewportSize(size);
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(target).toBeInViewport();
  const px = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px, `${name}: type size`).toBeGreaterThanOrEqual(13);
  const overflow = await kd.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: nothing past the window's edge`).toBeLessThanOrEqual(0);
  await testInfo.attach(`${name}-${size.width}x${size.height}`, {
    body: await kd.page.screenshot(),
    contentType: 'image/png',
  });
}

test('the redline shows step 5’s change, 2 → 4, linked to its finding (intended reading)', async ({
  kd,
  page,
}, testInfo) => {
  const query = '?reading=intended&step=0';
  await kd.open(query);
  await kd.showSection('redline');
  const redline = kd.byTestId(TID.redline);
  const change = redline.locator('.rl-change[data-finding~="fit/message-2-in-5"]');
  await expect(change).toHaveCount(1);
  await expect(change.locator('del')).toHaveText('2');
  await expect(change.locator('ins')).toHaveText('4');
  await expect(change).toHaveAttribute('data-step', '5');
  // The paragraph without its insertions is the pCR's step 5, verbatim.
  const para = redline.locator('[data-paragraph]', {
    has: page.locator('.rl-change[data-finding~="fit/message-2-in-5"]'),
  });
  const before = await para.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('ins, button').forEach((x) => x.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  });
  expect(PCR_STEP_5).toContain('received in message 2');
  expect(before).toBe(PCR_STEP_5);
  // Every change is a finding of this scenario with a fix, and every such finding has one.
  const findings = findingsOf(scenarioOfQuery(query));
  const linked = await redline
    .locator('.rl-change')
    .evaluateAll((els) => els.flatMap((el) => (el.getAttribute('data-finding') ?? '').split(' ')));
  expect(linked.sort()).toEqual(
    findings
      .filter((f) => f.fix)
      .map((f) => f.id)
      .sort(),
  );
  await expect(kd.byTestId(TID.redlineProblems)).toHaveCount(0);
  // Its number goes to its finding's step.
  await change.getByRole('button').click();
  await kd.expectStep(5);

  // The Markdown names the clause and the scenario, and marks the same change.
  const file = await download(page, kd.byTestId(TID.redlineDownload));
  expect(file.name).toBe(
    'kdflow-redline-6.3.4.3.2-kdf-0b-connection-identity-refresh-no-intended.md',
  );
  expect(file.text).toMatch(
    /5\\\. MME_2 sends MME_1 the parameters received in message <del>2<\/del><ins>4<\/ins><sup>\\\[\d+\\\]<\/sup> and Keying_material_2\./,
  );
  expect(file.text).toContain('`fit/message-2-in-5`');

  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ])
    await shoot(kd, testInfo, 'redline', size, change, para);
});

test('the redline follows the scenario’s findings when a picker changes it', async ({
  kd,
  page,
}) => {
  const fixes = (s: Scenario) =>
    findingsOf(s)
      .filter((f) => f.fix)
      .map((f) => f.id)
      .sort();
  // A scenario whose findings call for other changes than the default's, if there is one
  // (computed, not assumed); else the common variant.
  const other = allScenarios(READINGS).find(
    (s) => fixes(s).join() !== fixes(DEFAULT_SCENARIO).join(),
  ) ?? { ...DEFAULT_SCENARIO, scheme: 'common' };
  await kd.open();
  await kd.showSection('redline');
  const linked = () =>
    kd
      .byTestId(TID.redline)
      .locator('.rl-change')
      .evaluateAll((els) => els.flatMap((el) => (el.getAttribute('data-finding') ?? '').split(' ')))
      .then((ids) => ids.sort());
  expect(await linked()).toEqual(fixes(DEFAULT_SCENARIO));
  for (const key of SCENARIO_KEYS)
    if (other[key] !== DEFAULT_SCENARIO[key])
      await kd.byTestId(TID.picker(key)).selectOption(other[key]);
  await expect.poll(linked).toEqual(fixes(other));
  const file = await download(page, kd.byTestId(TID.redlineDownload));
  expect(file.name).toBe(
    `kdflow-redline-6.3.4.3.2-${SCENARIO_KEYS.map((k) => (k === 'refresh' ? `refresh-${other[k]}` : other[k])).join('-')}.md`,
  );
  expect(file.text).toContain(
    `Scenario: ${SCENARIO_KEYS.map((k) => `${k} ${other[k]}`).join(', ')}.`,
  );
});

test('the questions list the open points in step order, and download', async ({
  kd,
  page,
}, testInfo) => {
  const query = '?scheme=common&trigger=0a-drr&step=7';
  const scenario = scenarioOfQuery(query);
  await kd.open(query);
  await kd.showSection('questions');
  const list = kd.byTestId(TID.questions);
  const items = list.locator('li[data-finding]');
  const open = findingsOf(scenario).filter((f) => f.severity === 'open-point');
  expect(open.length).toBeGreaterThan(2);
  await expect(items).toHaveCount(open.length);
  const shown = await items.evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-finding') ?? '',
      step: Number(el.getAttribute('data-step')),
    })),
  );
  // Every open point, once, and in order of steps.
  expect(shown.map((q) => q.id).sort()).toEqual(open.map((f) => f.id).sort());
  const steps = shown.map((q) => q.step);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  for (const q of shown) expect(q.step).toBe(open.find((f) => f.id === q.id)?.step);
  // The rekeying point quotes its sentence and goes to its step.
  const rekeying = list.locator('li[data-finding="fit/rekeying-address"]');
  await expect(rekeying.locator('blockquote')).toHaveText('“(this is FFS in rekeying case)”');
  await rekeying.getByRole('button', { name: 'Step 2' }).click();
  await kd.expectStep(2);

  const file = await download(page, kd.byTestId(TID.questionsDownload));
  expect(file.name).toBe(
    'kdflow-questions-6.3.4.3.2-common-0a-drr-connection-identity-refresh-no-intended.md',
  );
  const numbered = [...file.text.matchAll(/^(\d+)\. \*\*Step (\d+)\.\*\*/gm)];
  expect(numbered.map((m) => Number(m[2]))).toEqual(steps);
  expect(file.text).toContain('> “(this is FFS in rekeying case)”');

  // Copy: on the clipboard, or shown to copy by hand when the browser refuses.
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'])
    .catch(() => undefined);
  await kd.byTestId(TID.questionsCopy).click();
  await expect(kd.byTestId(TID.questionsCopyStatus)).not.toBeEmpty();
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (copied !== null) expect(copied).toBe(file.text);

  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ])
    await shoot(kd, testInfo, 'questions', size, items.first(), items.first().locator('.q-text'));
});

test('the Markdown report carries the findings of its scenario', async ({ kd }) => {
  const scenario: Scenario = { ...DEFAULT_SCENARIO, scheme: 'common', reading: 'literal' };
  await kd.open('?scheme=common&reading=literal');
  const { text } = await kd.exportReport(TID.reportMarkdown);
  const part = text.split('## Findings of this scenario\n')[1]?.split('\n## ')[0] ?? '';
  expect(part).not.toBe('');
  const findings = findingsOf(scenario);
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings)
    expect(part, f.id).toContain(`- **Step ${f.step}** (${f.source}, \`${f.id}\`): `);
  // Grouped by severity: defects, then open points, then editorial.
  const headings = [...part.matchAll(/^### (\w[\w ]*) \((\d+)\)$/gm)].map((m) => [m[1], m[2]]);
  const count = (s: string) => String(findings.filter((f) => f.severity === s).length);
  expect(headings).toEqual([
    ['Defects', count('defect')],
    ['Open points', count('open-point')],
    ['Editorial', count('editorial')],
  ]);
});
