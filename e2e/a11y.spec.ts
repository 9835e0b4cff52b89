import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, TID } from './fixtures';

/** Opens every collapsible part and shows every tab's panel at once, so that axe sees it all. */
async function openAll(page: Page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    for (const p of document.querySelectorAll<HTMLElement>('[role="tabpanel"]')) p.hidden = false;
  });
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

const VIEWS = [
  ['first step, calculated', '?step=0&seed=a11y'],
  ['step 7, common, literal reading', '?scheme=common&reading=literal&step=7&seed=a11y'],
  ['rekeying at the last step', '?trigger=0a-drr&peer=exp-code&refresh=yes&step=9&seed=a11y'],
  ['compare', '?compare=on&step=5&seed=a11y'],
  ['a bad link', '?scheme=banana&step=99&in.UE_1_ID=zz&seed=a11y'],
] as const;

for (const [name, query] of VIEWS) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ kd, page }) => {
    await kd.open(query);
    await openAll(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Dark mode: the same checks, contrast included, on the main view and the comparison.
for (const [name, query] of [VIEWS[1], VIEWS[3]]) {
  test(`axe in dark mode: ${name}`, async ({ kd, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await kd.open(query);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await openAll(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe, with input errors showing', async ({ kd, page }) => {
  // Axe over the whole page with every tab's panel mounted: on a busy 2-core machine it has taken
  // over 30 s.
  test.slow();
  await kd.open('?seed=a11y');
  await kd.openInputs();
  await kd.byTestId(TID.input('K_ASME_1')).fill('nope');
  await kd.byTestId(TID.seed).fill('');
  await openAll(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the step change is announced, and the figure has a text alternative', async ({
  kd,
  page,
}) => {
  await kd.open('?seed=a11y');
  const announcer = kd.byTestId(TID.announcer);
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText('Step 1 of 10: Extended Service Request (ESR).');
  const describedBy = await kd.figure.getAttribute('aria-describedby');
  const alt = page.locator(`#${describedBy}`);
  await expect(alt.locator('li')).toHaveCount(11);
  await expect(alt.locator('li').nth(1)).toHaveText(
    // The NAS COUNT is kept at both ends, never carried (domain-notes.md).
    /^UE_1 → MME_1: Extended Service Request \(ESR\), carrying connection identity\.$/,
  );
  await expect(alt.locator('li[aria-current="step"]')).toHaveText(/UE_1 → MME_1/);
});

test('everything works from the keyboard, with a visible focus', async ({ kd, page }) => {
  await kd.open('?seed=a11y');
  // Tab to the Next button and press it with Enter; the focus ring shows.
  const next = kd.byTestId(TID.next);
  for (let i = 0; i < 40 && !(await next.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  const outline = await next.evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await kd.expectStep(1);
  // A select changes the scenario from the keyboard.
  await kd.byTestId(TID.picker('scheme')).focus();
  await page.keyboard.press('ArrowDown');
  await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue('common');
  // Arrow keys in the select do not step the figure.
  await kd.expectStep(1);
});

test('prefers-reduced-motion turns transitions off', async ({ kd, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await kd.open('?step=3');
  const transition = await page
    .locator('.figure-svg [data-et="message"]')
    .first()
    .evaluate((e) => getComputedStyle(e).transitionDuration);
  expect(transition).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await page
    .locator('.figure-svg [data-et="message"]')
    .first()
    .evaluate((e) => getComputedStyle(e).transitionDuration);
  expect(moving).not.toBe('0s');
});

test('axe, in presenter mode and with the shortcuts dialog open', async ({ kd, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await kd.open('?step=7&seed=a11y');
  await page.keyboard.press('f');
  await expect(kd.byTestId(TID.presenter)).toBeVisible();
  await expect(kd.figure).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(kd.byTestId(TID.shortcuts)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
