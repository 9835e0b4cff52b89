/**
 * The report of a run (issue #6, "Export report"): it downloads as JSON and Markdown with the
 * values the page shows, and the JSON, opened again (by the file picker or by a drop), gives the
 * same run back byte for byte. A corrupt or foreign file changes nothing and says why.
 */
import AxeBuilder from '@axe-core/playwright';
import { ACTORS, type Actor } from '../src/protocol/types';
import { expect, test, TID, type KdflowPage } from './fixtures';

const K_ASME_1 = 'ab'.repeat(32);
const RUN = `?scheme=common&trigger=0a&peer=exp-code&refresh=yes&reading=literal&seed=e2e%20%7C%20report&step=5&in.K_ASME_1=${K_ASME_1}&in.DKSI=4`;

interface ReportJson {
  format: string;
  seed: string;
  step: number;
  editedInputs: Record<string, string>;
  steps: { n: number; holdings: Record<Actor, { name: string; hex: string }[]> }[];
}

/** name → hex of every value an actor's panel shows. */
function panel(kd: KdflowPage, actor: Actor): Promise<Record<string, string>> {
  return kd.page
    .locator(`.stage [data-actor="${actor}"] [data-value][data-hex]`)
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.dataset['value'], e.dataset['hex']])),
    );
}

async function panels(kd: KdflowPage) {
  const out: Partial<Record<Actor, Record<string, string>>> = {};
  for (const a of ACTORS) out[a] = await panel(kd, a);
  return out;
}

/** What the page shows of the run: pickers, seed, step, edited input, values, URL. */
async function shown(kd: KdflowPage) {
  await kd.urlSettled();
  const pickers: Record<string, string> = {};
  for (const f of ['scheme', 'trigger', 'peer', 'refresh', 'reading'])
    pickers[f] = await kd.byTestId(TID.picker(f)).inputValue();
  return {
    pickers,
    seed: await kd.byTestId(TID.seed).inputValue(),
    step: await kd.currentStep(),
    kAsme1: await kd.byTestId(TID.input('K_ASME_1')).inputValue(),
    panels: await panels(kd),
    url: new URL(kd.page.url()).search,
  };
}

/** Types into an input field (opening the inputs section if it is closed). */
async function typeDraft(kd: KdflowPage, name: string, text: string) {
  await kd.openInputs();
  await kd.byTestId(TID.input(name)).fill(text);
}

/** Exports the report of the run in RUN, once for all tests of this file. */
async function exported(kd: KdflowPage) {
  await kd.open(RUN);
  const json = await kd.exportReport(TID.reportJson);
  const markdown = await kd.exportReport(TID.reportMarkdown);
  return { json, markdown, page: await shown(kd) };
}

test('exports JSON and Markdown with the values the page shows', async ({ kd }) => {
  const { json, markdown, page } = await exported(kd);
  // RUN's old trigger=0a opens as 0a-drr, and the report is named after the choice it opened.
  const base = 'kdflow-report-common-0a-drr-exp-code-refresh-yes-literal-e2e-report';
  expect(json.name).toBe(`${base}.json`);
  expect(markdown.name).toBe(`${base}.md`);
  const report = JSON.parse(json.text) as ReportJson;
  expect(report).toMatchObject({ format: 'kdflow-report', seed: 'e2e | report', step: 5 });
  expect(report.editedInputs).toEqual({ K_ASME_1, DKSI: '4' });
  for (const a of ACTORS) {
    const held = Object.fromEntries(report.steps[5]!.holdings[a].map((v) => [v.name, v.hex]));
    expect(held, a).toEqual(page.panels[a]);
  }
  expect(Object.keys(page.panels.UE_1 ?? {}).length).toBeGreaterThan(3);
  expect(markdown.text).toContain('| Seed | e2e \\| report |');
  expect(markdown.text).toContain(`| K_ASME_1 | \`${K_ASME_1}\` | yes: \`${K_ASME_1}\` |`);
  expect(markdown.text).toContain('### Step 5: ');
});

for (const how of ['file input', 'drop'] as const)
  test(`opening the JSON by ${how} reproduces the run, and exports the same bytes`, async ({
    kd,
  }) => {
    // Three page loads and three downloads: slower than most tests on a busy machine.
    test.slow();
    const { json, page } = await exported(kd);
    await kd.open('');
    expect((await shown(kd)).step).toBe(0);
    // A bad draft typed before opening goes: the file's run replaces the page's state.
    await typeDraft(kd, 'K_ASME_2', 'xyz');
    if (how === 'file input') await kd.openReport(json.name, json.text);
    else {
      await kd.dropFile(json.name, json.text, false);
      await expect(kd.byTestId(TID.reportDrop)).toBeVisible();
      await kd.dropFile(json.name, json.text);
    }
    await expect(kd.byTestId(TID.reportOpened)).toContainText(`Opened “${json.name}”`);
    await expect(kd.byTestId(TID.reportDrop)).toHaveCount(0);
    await kd.expectStep(5);
    await kd.waitForFigure();
    expect(await shown(kd)).toEqual(page);
    await expect(kd.byTestId(TID.input('K_ASME_2'))).not.toHaveValue('xyz');
    const again = await kd.exportReport(TID.reportJson);
    expect(again.name).toBe(json.name);
    expect(again.text).toBe(json.text);
  });

test('drags that carry no file are ignored', async ({ kd }) => {
  await kd.open('');
  await kd.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'not a file');
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }));
  });
  await expect(kd.byTestId(TID.reportDrop)).toHaveCount(0);
  await expect(kd.byTestId(TID.reportProblem)).toHaveCount(0);
});

test('a corrupt or foreign file changes nothing and says why', async ({ kd }) => {
  test.slow();
  const { json } = await exported(kd);
  const altered = json.text.replace(/("name": "KD",\s*"hex": ")([0-9a-f])/, (_, head, c) => {
    return `${head}${c === '0' ? '1' : '0'}`;
  });
  expect(altered).not.toBe(json.text);
  const bad = [
    ['truncated.json', json.text.slice(0, 2000), /: it is not JSON \(.+\)\. Nothing was changed\./],
    ['<b>foreign</b>.json', '{"hello":1}', /: it is not a kdflow report: it has no "format" field/],
    [
      'edited.json',
      altered,
      /: it does not match the run it describes: at step 2, MME_1, KD, hex \(steps\[2\]\.holdings\.MME_1\[\d+\]\.hex\), the file has “[0-9a-f]{64}” where this run gives “[0-9a-f]{64}”/,
    ],
  ] as const;
  // A draft typed in a field stays, like everything else.
  await typeDraft(kd, 'Nonce_1', 'not hex');
  const before = await shown(kd);
  for (const [name, text, why] of bad) {
    await kd.openReport(name, text);
    const alert = kd.byTestId(TID.reportProblem);
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(`Could not open “${name}”`);
    await expect(alert).toContainText(why);
    expect(await shown(kd)).toEqual(before);
    await expect(kd.byTestId(TID.input('Nonce_1'))).toHaveValue('not hex');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  }
  // The file name is shown as text, never as markup.
  await kd.dropFile('<img src=x onerror=alert(1)>.json', '{');
  await expect(kd.byTestId(TID.reportProblem)).toContainText('<img src=x onerror=alert(1)>.json');
  await expect(kd.page.locator('img[src="x"]')).toHaveCount(0);
});

test('the report controls, the drop hint and both messages pass axe and work from the keyboard', async ({
  kd,
}) => {
  test.slow();
  await kd.open('');
  const serious = async () =>
    (
      await new AxeBuilder({ page: kd.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
    ).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // The file input is reached with Tab, and its label shows the focus.
  await kd.byTestId(TID.reportMarkdown).focus();
  await kd.page.keyboard.press('Tab');
  await expect(kd.byTestId(TID.reportOpen)).toBeFocused();
  const ring = await kd.page
    .locator('.report-open')
    .evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(ring).toBe('solid');
  await kd.dropFile('a.json', '{', false);
  await expect(kd.byTestId(TID.reportDrop)).toBeVisible();
  expect(await serious()).toEqual([]);
  await kd.dropFile('a.json', '{');
  await expect(kd.byTestId(TID.reportProblem)).toBeVisible();
  expect(await serious()).toEqual([]);
  const { json } = await exported(kd);
  await kd.openReport(json.name, json.text);
  await expect(kd.byTestId(TID.reportOpened)).toBeVisible();
  expect(await serious()).toEqual([]);
});
