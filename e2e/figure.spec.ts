/**
 * The live figure as a thing to use: it follows the current step inside its own scroll box (never
 * moving the page), a click or Enter on a message goes to its step, steps to come stay readable,
 * and the actors' names stay at the top of the box when it scrolls. Figure-level facts only: the
 * page around the figure is laid out elsewhere.
 */
import type { Page } from '@playwright/test';
import { expect, LAST, test, TID, type KdflowPage } from './fixtures';

/** Counts calls to scrollIntoView, which would scroll the page as well as the figure. */
async function countScrollIntoView(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { scrollIntoViewCalls: number };
    w.scrollIntoViewCalls = 0;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (...args) {
      w.scrollIntoViewCalls++;
      return original.apply(this, args);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { scrollIntoViewCalls: number }).scrollIntoViewCalls);
}

/** The page's and the presenter view's own scroll offsets: following must leave them alone. */
const pageScroll = (page: Page) =>
  page.evaluate(() => [
    document.scrollingElement?.scrollTop ?? 0,
    document.scrollingElement?.scrollLeft ?? 0,
    document.querySelector('.presenter')?.scrollTop ?? 0,
  ]);

async function present(kd: KdflowPage, query: string) {
  await kd.open(query);
  await kd.page.keyboard.press('f');
  await expect(kd.byTestId(TID.presenter)).toBeVisible();
  await expect(kd.figure).toHaveAttribute('data-ready', 'true');
}

const followed = async (kd: KdflowPage) => {
  const at = await kd.currentInFigure();
  return at.label && (at.arrow || !at.arrowFits);
};

for (const [name, width, height] of [
  ['1280×720', 1280, 720],
  ['a phone, 390×844', 390, 844],
] as const) {
  test(`presenting on ${name}, the figure's box follows every step and the page stays put`, async ({
    kd,
    page,
  }) => {
    const scrollIntoViewCalls = await countScrollIntoView(page);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await present(kd, '?step=0&seed=follow');
    const renders = await kd.renderCount();
    const before = await pageScroll(page);
    for (let step = 0; step <= LAST; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await kd.expectStep(step);
      await expect.poll(() => followed(kd), { message: `step ${step}` }).toBe(true);
    }
    // Back to the top by Home: step 0's note is in sight again.
    await page.keyboard.press('Home');
    await expect.poll(() => followed(kd)).toBe(true);
    expect(await pageScroll(page)).toEqual(before);
    expect(await scrollIntoViewCalls()).toBe(0);
    expect(await kd.renderCount()).toBe(renders);
  });
}

test('following scrolls smoothly, and not at all while the current message is in sight', async ({
  kd,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await present(kd, '?step=0&seed=follow');
  // At "fit" the clause's first messages are all in sight together: stepping through them moves
  // nothing (a centring follow would scroll at each of them).
  await kd.byTestId(TID.presenterZoom(1)).click();
  const box = kd.figureScroll;
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBe(0);
  for (let step = 1; step <= 4; step++) {
    await page.keyboard.press('ArrowRight');
    await kd.expectStep(step);
    await page.waitForTimeout(100);
    expect(await box.evaluate((el) => [el.scrollTop, el.scrollLeft])).toEqual([0, 0]);
    expect(await followed(kd)).toBe(true);
  }
  // At 2× the last step is far below: the box is asked for a smooth scroll, which takes it there.
  // (How many frames the browser's smooth scroll takes depends on the machine: a count of scroll
  // events was at 3 on a CI run sharing two cores, so the request itself is what is checked.)
  await kd.byTestId(TID.presenterZoom(2)).click();
  await box.evaluate((el) => {
    const w = window as unknown as { asked: string[]; scrolls: number };
    w.asked = [];
    w.scrolls = 0;
    const own = el.scrollTo.bind(el);
    el.scrollTo = ((options: ScrollToOptions) => {
      w.asked.push(options.behavior ?? 'auto');
      own(options);
    }) as typeof el.scrollTo;
    el.addEventListener('scroll', () => w.scrolls++);
  });
  await page.keyboard.press('End');
  await kd.expectStep(LAST);
  await expect.poll(() => followed(kd)).toBe(true);
  const { asked, scrolls } = await page.evaluate(() => {
    const w = window as unknown as { asked: string[]; scrolls: number };
    return { asked: w.asked, scrolls: w.scrolls };
  });
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((b) => b === 'smooth')).toBe(true);
  expect(scrolls).toBeGreaterThan(0);
});

test('a step whose label sits under the actor row is scrolled out from under it', async ({
  kd,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await present(kd, '?step=6&seed=row');
  await kd.byTestId(TID.presenterZoom(2)).click();
  const box = kd.figureScroll;
  // Put step 5's first label just inside the box's top edge: in the box, but under the row.
  await box.evaluate((el) => {
    const label = el.querySelector('text.messageText[data-step="5"]')!.getBoundingClientRect();
    el.scrollTop += label.top - el.getBoundingClientRect().top - 14;
  });
  await expect(page.locator('.figure-actors')).toHaveAttribute('data-stuck');
  const under = await box.evaluate((el) => {
    const label = el.querySelector('text.messageText[data-step="5"]')!.getBoundingClientRect();
    const row = el.querySelector('.figure-actors-strip')!.getBoundingClientRect();
    return label.top >= el.getBoundingClientRect().top && label.top < row.bottom;
  });
  expect(under).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await kd.expectStep(5);
  await expect.poll(async () => (await kd.currentInFigure()).label).toBe(true);
});

test('a click on a label, an arrow or a note goes to its step, without a render', async ({
  kd,
}) => {
  // Each click scrolls the figure to its step; without smooth scrolling the next click's target
  // is where Playwright measured it.
  await kd.page.emulateMedia({ reducedMotion: 'reduce' });
  await kd.open('?step=0&seed=click');
  const renders = await kd.renderCount();
  await kd.clickInFigure(3, 'label');
  await kd.expectStep(3);
  // Beside the 2 px line: only the wider hit area takes this click.
  await kd.clickInFigure(6, 'arrow');
  await kd.expectStep(6);
  await kd.clickInFigure(7, 'note');
  await kd.expectStep(7);
  await kd.clickInFigure(1, 'arrow');
  await kd.expectStep(1);
  await kd.clickInFigure(0, 'note');
  await kd.expectStep(0);
  expect(await kd.renderCount()).toBe(renders);
  await expect(kd.figure.locator('[data-et="message"][data-step="4"]')).toHaveCSS(
    'cursor',
    'pointer',
  );
});

test('each step is a button in the figure: Enter or Space goes to it, and Space does not play', async ({
  kd,
  page,
}) => {
  await kd.open('?step=0&seed=keys');
  // Eleven steps, eleven buttons: nine messages' first labels and two notes.
  await expect(kd.figure.getByRole('button')).toHaveCount(LAST + 1);
  await expect(kd.figureStep(2)).toHaveAttribute(
    'aria-label',
    'Go to step 2: Direct-Keying-Request',
  );
  await expect(kd.figureStep(7)).toHaveAttribute('data-et', 'note');
  await kd.figureStep(9).focus();
  await page.keyboard.press('Enter');
  await kd.expectStep(9);
  await kd.figureStep(2).focus();
  await page.keyboard.press(' ');
  await kd.expectStep(2);
  await page.waitForTimeout(300);
  await expect(kd.byTestId(TID.play)).toHaveAttribute('aria-pressed', 'false');
  await kd.expectStep(2);
  await expect(kd.figureStep(2)).toBeFocused();
  // Tab reaches the figure's steps in order; the page's arrow keys still step from there.
  await page.keyboard.press('Tab');
  await expect(kd.figureStep(3)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(3);
});

test('in presenter mode a click on a message goes to its step too', async ({ kd, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await present(kd, '?step=5&seed=click');
  await kd.clickInFigure(4, 'label');
  await kd.expectStep(4);
  await expect(kd.byTestId(TID.presenterCaption)).toContainText('Step 4 of 10');
  await kd.figureStep(6).focus();
  await page.keyboard.press('Enter');
  await kd.expectStep(6);
});

/** WCAG contrast of a future label's ink, with every opacity above it, over the figure's panel. */
function futureLabelContrast(): number {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const label = document.querySelector('.figure-svg text.messageText[data-state="future"]');
  const panel = document.querySelector('.figure');
  if (!label || !panel) return 0;
  let alpha = 1;
  for (let el: Element | null = label; el && el !== panel; el = el.parentElement)
    alpha *= Number(getComputedStyle(el).opacity);
  const fg = rgb(getComputedStyle(label).fill);
  const bg = rgb(getComputedStyle(panel).backgroundColor);
  const seen = fg.map((c, i) => alpha * c + (1 - alpha) * (bg[i] ?? 0));
  const lum = (c: number[]) => {
    const [r = 0, g = 0, b = 0] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(seen), lum(bg)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`at step 0 the steps to come are dimmed but readable (${scheme})`, async ({
    kd,
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await kd.open('?step=0&seed=legible');
    expect(await page.evaluate(futureLabelContrast)).toBeGreaterThanOrEqual(4.5);
    // Still quieter than the current step and the past.
    const arrowOpacity = await kd.figure
      .locator('[data-et="message"][data-step="5"]')
      .evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(arrowOpacity).toBeLessThan(0.75);
    await testInfo.attach(`step-0-${scheme}`, {
      body: await kd.figureScroll.screenshot(),
      contentType: 'image/png',
    });
  });
}

/** What the page's stage will do: give the figure's box a fixed height, so the figure scrolls. */
const inAStage = (page: Page, px: number) =>
  page.addStyleTag({
    content: `.figure-scroll { height: ${px}px !important; flex: none !important; }`,
  });

for (const [name, width, height] of [
  ['1280×720', 1280, 720],
  ['a phone, 390×844', 390, 844],
] as const) {
  test(`on ${name}, the actors' names stay at the top of the figure's box as it scrolls`, async ({
    kd,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await kd.open('?step=0&seed=sticky');
    await inAStage(page, 320);
    const box = kd.figureScroll;
    await box.scrollIntoViewIfNeeded();
    const svgTop = () => kd.figure.locator('svg').evaluate((el) => el.getBoundingClientRect().top);
    const top = await svgTop();
    // At the top the SVG's own names show; the row adds no height and moves nothing.
    let seen = await kd.actorsInFigure();
    expect(seen.named.length).toBeGreaterThanOrEqual(1);
    // Every actor whose lifeline is in sight is named (a name may show beside the edge too).
    expect(seen.named).toEqual(expect.arrayContaining(seen.inSight));
    await expect(page.locator('.figure-actors')).not.toHaveAttribute('data-stuck');
    // Down, and (on the phone) sideways: the row names every actor in sight.
    for (const [down, side] of [
      [200, 0],
      [600, 0],
      [100_000, 150],
      [100_000, 100_000],
    ] as const) {
      await box.evaluate((el, [y, x]) => el.scrollTo(x, y), [down, side] as const);
      await expect
        .poll(
          async () => {
            seen = await kd.actorsInFigure();
            return seen.named.length > 0 && seen.inSight.every((a) => seen.named.includes(a));
          },
          { message: `scrolled to ${down}, ${side}` },
        )
        .toBe(true);
    }
    // It did scroll down, to the end, with the row showing.
    const [scrollTop, end] = await box.evaluate((el) => [
      el.scrollTop,
      el.scrollHeight - el.clientHeight,
    ]);
    expect(scrollTop).toBeGreaterThan(100);
    expect(scrollTop).toBeCloseTo(end ?? -1, 0);
    await expect(page.locator('.figure-actors')).toHaveAttribute('data-stuck');
    await box.evaluate((el) => el.scrollTo(0, 0));
    expect(await svgTop()).toBeCloseTo(top, 0);
    await expect(page.locator('.figure-actors')).toHaveAttribute('aria-hidden', 'true');
  });
}
