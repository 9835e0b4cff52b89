/**
 * Print (issue 6): the controls go, the figure shows every message in full, and a compact table
 * lists each step with the values each actor newly holds, the same bytes as the panels show.
 */
import { ACTORS } from '../src/protocol/types';
import { expect, lastStepOfQuery, test, TID, type KdflowPage } from './fixtures';

/** name → hex of what each actor's panel marks new at the current step (all of it at step 0). */
async function newInPanels(kd: KdflowPage, step: number) {
  const out: Record<string, Record<string, string>> = {};
  for (const actor of ACTORS) {
    const sel = `[data-actor="${actor}"] [data-value]${step === 0 ? '' : '[data-new="true"]'}`;
    out[actor] = await kd.page
      .locator(sel)
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.dataset['value'] ?? '', e.dataset['hex'] ?? ''])),
      );
  }
  return out;
}

/** The same, read from the print table's rows of one step. */
async function newInTable(kd: KdflowPage, step: number) {
  const rows = await kd
    .byTestId(TID.printTable)
    .locator(`tbody[data-print-step="${step}"] tr[data-actor]`)
    .evaluateAll((els) =>
      els.map((e) => ({
        actor: e.getAttribute('data-actor') ?? '',
        value: e.getAttribute('data-value') ?? '',
        hex: e.getAttribute('data-hex') ?? '',
        shown: e.querySelector('code')?.textContent ?? '',
      })),
    );
  const out: Record<string, Record<string, string>> = Object.fromEntries(
    ACTORS.map((a) => [a, {}]),
  );
  for (const r of rows) out[r.actor]![r.value] = r.hex;
  return { out, rows };
}

test('prints the figure in full and the table of values, without the controls, light in dark mode', async ({
  kd,
  page,
}, testInfo) => {
  const query = '?trigger=0a-drr&peer=exp-code&refresh=yes&seed=print';
  const LAST = lastStepOfQuery(query); // 9: 0a ends with UE_2's Security Mode Complete
  await page.emulateMedia({ colorScheme: 'dark' });
  await kd.open(`${query}&step=0`);
  // What the panels show at every step, read on screen.
  const panels = [];
  for (let n = 0; n <= LAST; n++) {
    await kd.expectStep(n);
    panels.push(await newInPanels(kd, n));
    if (n < LAST) await kd.byTestId(TID.next).click();
  }
  await kd.byTestId(TID.previous).click();
  await kd.expectStep(LAST - 1);
  // On screen the table is not even in the page: it costs nothing on a step.
  await expect(kd.byTestId(TID.printTable)).toHaveCount(0);

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const table = kd.byTestId(TID.printTable);
  await expect(table).toBeVisible();

  // No controls, pickers, inputs or buttons; the figure is there.
  for (const sel of ['button', 'select', 'input', 'nav', '.scenario', '.inputs', '.export-menu'])
    await expect(page.locator(`${sel}:visible`)).toHaveCount(0);
  await expect(kd.figure).toBeVisible();
  for (const ue of ['UE_1', 'UE_2'])
    await expect(page.locator(`.stage [data-actor="${ue}"]`)).toBeHidden();

  // Every message in full: not dimmed, no current-step mark.
  const marks = await kd.figure.locator('[data-state]').evaluateAll((els) =>
    els.map((e) => ({
      opacity: getComputedStyle(e).opacity,
      bold: getComputedStyle(e).fontWeight === '700',
    })),
  );
  expect(marks.length).toBeGreaterThan(9);
  expect(marks.filter((m) => m.opacity !== '1' || m.bold)).toEqual([]);

  // Light, whatever the screen theme.
  const colours = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    ink: getComputedStyle(document.querySelector('[data-testid="print-table"] td')!).color,
  }));
  expect(colours.page).toBe('rgb(255, 255, 255)');
  expect(colours.ink).toBe('rgb(27, 31, 36)');

  // One row group per step, and each step's values are the panels' bytes.
  await expect(table.locator('tbody[data-print-step]')).toHaveCount(LAST + 1);
  for (let n = 0; n <= LAST; n++) {
    const { out, rows } = await newInTable(kd, n);
    expect(out, `step ${n}`).toEqual(panels[n]);
    for (const r of rows) if (/^[0-9a-f]{16,}$/.test(r.hex)) expect(r.shown).toBe(r.hex);
  }
  await expect(table.locator('tbody[data-print-step="7"]')).toContainText('Both UEs calculate KD');
  await expect(table.locator('tbody[data-print-step="7"] tr[data-value="KD"]')).toHaveCount(2);

  await testInfo.attach('print.png', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
  await testInfo.attach('print.pdf', {
    body: await page.pdf({ format: 'A4', printBackground: true }),
    contentType: 'application/pdf',
  });

  // Back on screen the table goes again and the controls return.
  await page.emulateMedia({ media: 'screen' });
  await expect(kd.byTestId(TID.printTable)).toHaveCount(0);
  await expect(kd.byTestId(TID.next)).toBeVisible();
});
