import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, TID } from './fixtures';

const PCR_CHANGE = TID.pcrChange;
const PCR = fileURLToPath(new URL('./pcr-000_ef3b53a416e00ea7.txt', import.meta.url));

/**
 * The pCR's Introduction read straight from the pCR (not from the app's intro.ts): its non-blank
 * lines between "Introduction" and section "2 PCR", the "·" bullet dropped as layout.
 */
function introduction(pcr: string): string[] {
  const section = pcr.split(/^Introduction$/m)[1]?.split(/^2\s*\nPCR$/m)[0] ?? '';
  return section
    .split('\n')
    .map((l) => l.replace(/^·\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

test('“What this pCR changes” quotes the Introduction and shows the common-KD variant', async ({
  kd,
  page,
}) => {
  await kd.open('?scheme=kdf');
  await kd.showSection('pcr');
  const box = page.getByTestId(PCR_CHANGE);
  await expect(box.getByRole('heading', { name: 'What this pCR changes' })).toBeVisible();

  const lines = introduction(readFileSync(PCR, 'utf8'));
  expect(lines).toHaveLength(6);
  const quoted = (await box.locator('blockquote').innerText()).replace(/\s+/g, ' ');
  for (const line of lines) expect(quoted).toContain(line);
  expect(quoted).toContain(
    'i.e. UE-1 receives Keying_Material_2 from the MME-2, while UE-2 receives the Keying_Material_1 from the MME-1.',
  );

  // kdflow's summary is outside the quote, labelled as kdflow's, and quotes step 7 verbatim.
  const summary = (await box.innerText()).replace(/\s+/g, ' ');
  expect(summary).toContain('kdflow’s summary');
  expect(quoted).not.toContain('kdflow');
  await expect(box.locator('q.clause-quote').first()).toHaveText(
    '7. Both UEs establish the final KD from the received keying material parameters and parameters held locally.',
  );

  const common = box.getByRole('button', { name: 'Show the common-KD variant' });
  await expect(common).toHaveAttribute('aria-pressed', 'false');
  await common.click();
  await expect(page.getByTestId(TID.picker('scheme'))).toHaveValue('common');
  await expect(common).toHaveAttribute('aria-pressed', 'true');
  await kd.urlSettled();
  expect(kd.query().get('scheme')).toBe('common');

  await box.getByRole('button', { name: 'Show the calculated variant' }).click();
  await expect(page.getByTestId(TID.picker('scheme'))).toHaveValue('kdf');
});

test('“What this pCR changes” fits a 390 px screen in the dark theme', async ({ kd, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await kd.open();
  await kd.showSection('pcr');
  const box = page.getByTestId(PCR_CHANGE);
  await box.scrollIntoViewIfNeeded();
  const width = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  // Within the screen, and given most of its width (not squeezed into a side column).
  const rect = await box.boundingBox();
  expect(rect && rect.x + rect.width).toBeLessThanOrEqual(390);
  expect(rect?.width).toBeGreaterThan(300);
  // The quote takes the dark theme's quote colour, as the clause quotes do.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const colours = await box.locator('blockquote').evaluate((el) => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--quote-bg)';
    document.body.append(probe);
    const want = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { got: getComputedStyle(el).backgroundColor, want };
  });
  expect(colours.got).toBe(colours.want);
  expect(colours.got).not.toBe('rgb(243, 246, 251)');
});
