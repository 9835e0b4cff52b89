/**
 * Presenting and sharing: narration, presenter mode (f, autoplay, Esc), the shortcuts dialog (?)
 * and the copy-link button.
 */
import { narrate } from '../src/protocol/narration';
import { DEFAULT_SCENARIO, type Scenario } from '../src/protocol/scenario';
import { PLAY_SPEEDS_MS } from '../src/store/store';
import { expect, expectedStates, test, TID } from './fixtures';

test('each step is narrated in plain words, apart from the clause, and announced', async ({
  kd,
  page,
}) => {
  const scenario: Scenario = { ...DEFAULT_SCENARIO, scheme: 'common', peer: 'exp-code' };
  await kd.open('?scheme=common&peer=exp-code');
  for (const n of [0, 3, 5, 7, 9]) {
    await page.getByRole('button', { name: String(n), exact: true }).click();
    await kd.expectStep(n);
    const told = narrate(scenario, n);
    await expect(kd.byTestId(TID.narration)).toHaveText(`In plain words${told}`);
    await expect(kd.byTestId(TID.announcer)).toContainText(told);
    // The clause's verbatim text stays the reference, and is not the narration.
    if (n <= 7) await expect(kd.byTestId(TID.clause)).not.toContainText(told.slice(0, 30));
  }
});

/** Visible elements outside the presenter's named parts (figure, UE keys, caption, controls). */
function strayElements() {
  const allowed = [
    '[data-testid="presenter-caption"]',
    '.presenter-figure',
    '.presenter-keys[data-actor="UE_1"]',
    '.presenter-keys[data-actor="UE_2"]',
    '.presenter-bar',
  ];
  const inAllowed = (el: Element) => allowed.some((sel) => el.closest(sel));
  const presenter = document.querySelector('[data-testid="presenter"]');
  const stray: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el === presenter || el.contains(presenter) || inAllowed(el)) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const visible =
      box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.opacity !== '0';
    if (visible) stray.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent}"`);
  }
  return stray;
}

test('f turns presenter mode on: only the figure, the UEs’ keys and the caption', async ({
  kd,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await kd.open('?step=7');
  const kd1 = await kd.hexOf('UE_1', 'KD');
  await page.keyboard.press('f');
  const presenter = kd.byTestId(TID.presenter);
  await expect(presenter).toBeVisible();
  await kd.waitForFigure();
  await expect(kd.figure).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(strayElements)).toEqual([]);
  for (const hidden of [TID.review, TID.knowledge, TID.clause, TID.seed, TID.inputs])
    await expect(kd.byTestId(hidden)).toHaveCount(0);
  await expect(page.locator('[data-actor="MME_1"], [data-actor="MME_2"]')).toHaveCount(0);

  // The UEs' keys are the page's bytes, and both hold the same KD at step 7.
  const kdRow = (ue: string) =>
    page.locator(`.presenter-keys[data-actor="${ue}"] [data-value="KD"]`);
  await expect(kdRow('UE_1')).toHaveAttribute('data-hex', kd1 ?? 'missing');
  await expect(kdRow('UE_2')).toHaveAttribute('data-hex', kd1 ?? 'missing');
  await expect(kd.byTestId(TID.presenterAgreed)).toBeVisible();
  await expect(kd.byTestId(TID.presenterCaption)).toContainText('Step 7 of 10');
  await expect(kd.byTestId(TID.presenterCaption)).toContainText(narrate(DEFAULT_SCENARIO, 7));

  // Large type for the back of a room, and everything named fits the 1280×720 screen.
  const px = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('[data-testid="presenter-caption"] h1')).toBeGreaterThanOrEqual(28);
  expect(await px('[data-testid="presenter-caption"] p')).toBeGreaterThanOrEqual(19);
  expect(await px('.presenter-keys [data-value="KD"] dd')).toBeGreaterThanOrEqual(18);
  for (const sel of ['.presenter-keys[data-actor="UE_1"]', '.presenter-keys[data-actor="UE_2"]']) {
    const box = await page.locator(sel).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);
  }
  await testInfo.attach('presenter-1280x720', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });

  // Esc leaves, at the same step; f toggles too.
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await kd.expectStep(7);
  await expect(kd.byTestId(TID.review)).toBeVisible();
  await page.keyboard.press('f');
  await expect(presenter).toBeVisible();
  await page.keyboard.press('f');
  await expect(presenter).toHaveCount(0);
});

test('presenter mode autoplays, at a speed that + and − change', async ({ kd, page }) => {
  await kd.open('?step=0');
  await kd.byTestId(TID.present).click();
  await expect(kd.byTestId(TID.presenter)).toBeVisible();
  const speed = kd.byTestId(TID.speed);
  await expect(speed).toHaveValue(String(PLAY_SPEEDS_MS[1]));
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(speed).toHaveValue(String(PLAY_SPEEDS_MS[3]));
  await page.keyboard.press('-');
  await expect(speed).toHaveValue(String(PLAY_SPEEDS_MS[2]));
  await page.keyboard.press('+');

  await kd.byTestId(TID.play).click();
  await expect(kd.byTestId(TID.play)).toHaveAttribute('aria-pressed', 'true');
  // Steps advance on their own; the figure follows (a restyle, no new render).
  const renders = await kd.renderCount();
  await expect.poll(() => kd.currentStep(), { timeout: 5000 }).toBeGreaterThanOrEqual(3);
  await page.keyboard.press(' ');
  await expect(kd.byTestId(TID.play)).toHaveAttribute('aria-pressed', 'false');
  const stopped = await kd.currentStep();
  expect(await kd.messageStates()).toEqual(expectedStates(stopped));
  expect(await kd.renderCount()).toBe(renders);
  await page.waitForTimeout(PLAY_SPEEDS_MS[3] * 2);
  expect(await kd.currentStep()).toBe(stopped);
  await kd.byTestId(TID.presenterExit).click();
  await expect(kd.byTestId(TID.presenter)).toHaveCount(0);
  await kd.expectStep(stopped);
});

test('? lists the shortcuts in a dialog that Esc closes, and keys wait meanwhile', async ({
  kd,
  page,
}) => {
  await kd.open('?step=2');
  await page.keyboard.press('?');
  const dialog = kd.byTestId(TID.shortcuts);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Keyboard shortcuts');
  for (const key of ['→', 'Space', 'f', '?', 'Esc']) await expect(dialog).toContainText(key);
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(2);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(3);
  await kd.byTestId(TID.shortcutsButton).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(kd.byTestId(TID.shortcutsButton)).toBeFocused();
});

test('Copy link copies the link to this exact view, at once', async ({ kd, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The old trigger=0a opens as 0a-drr, whose last step is 9; the link names the new choice.
  await kd.open('?scheme=common&trigger=0a&seed=share');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  // Straight away: the address bar is written a moment later, the link must not wait for it.
  await kd.byTestId(TID.copyLink).click();
  await expect(kd.byTestId(TID.copyStatus)).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('step')).toBe('8');
  expect(url.searchParams.get('scheme')).toBe('common');
  expect(url.searchParams.get('trigger')).toBe('0a-drr');
  expect(url.searchParams.get('seed')).toBe('share');
  const kdHere = await kd.hexOf('UE_2', 'KD_sess');
  await kd.open(url.search);
  await kd.expectStep(8);
  expect(await kd.hexOf('UE_2', 'KD_sess')).toBe(kdHere);
});

test('when the browser refuses the clipboard, the link is offered to copy by hand', async ({
  kd,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await kd.open('?step=4&seed=by-hand');
  await kd.byTestId(TID.copyLink).click();
  const fallback = kd.byTestId(TID.copyFallback);
  await expect(fallback).toBeVisible();
  const link = new URL(await fallback.inputValue());
  expect(link.searchParams.get('seed')).toBe('by-hand');
  expect(link.searchParams.get('step')).toBe('4');
});

test('a file dropped while presenting is kept from the browser, and the run stays', async ({
  kd,
  page,
}) => {
  await kd.open('?step=4&seed=drop');
  await page.keyboard.press('f');
  await expect(kd.byTestId(TID.presenter)).toBeVisible();
  // The browser leaves the page to show a dropped file unless dragover and drop are cancelled.
  const cancelled = await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'report.json', { type: 'application/json' }));
    const fire = (type: string) =>
      !document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    return [fire('dragover'), fire('drop')];
  });
  expect(cancelled).toEqual([true, true]);
  await expect(kd.byTestId(TID.presenter)).toBeVisible();
  await kd.expectStep(4);
});

test('the presenter can draw the figure larger, and it keeps the current step in view', async ({
  kd,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await kd.open('?step=6');
  await page.keyboard.press('f');
  await expect(kd.figure).toHaveAttribute('data-ready', 'true');
  const box = page.locator('.presenter-figure');
  const svgWidth = () =>
    kd.figure.locator('svg').evaluate((el) => el.getBoundingClientRect().width);
  // It opens at 1.5×; "fit" stays on offer.
  await expect(kd.byTestId(TID.presenterZoom(1.5))).toHaveAttribute('aria-pressed', 'true');
  await kd.byTestId(TID.presenterZoom(1)).click();
  await expect(box).toHaveAttribute('data-zoom', '1');
  const fitted = await svgWidth();
  await kd.byTestId(TID.presenterZoom(2)).click();
  await expect(kd.byTestId(TID.presenterZoom(2))).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(svgWidth).toBeGreaterThan(fitted * 1.9);
  // The current message's label is inside the visible part of the figure's box, at each step.
  const labelInView = async () => (await kd.currentInFigure()).label;
  await expect.poll(labelInView).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await kd.expectStep(5);
  await expect.poll(labelInView).toBe(true);
  await kd.byTestId(TID.presenterZoom(1)).click();
  await expect.poll(svgWidth).toBeLessThan(fitted + 1);
  await expect.poll(labelInView).toBe(true);
  expect(await box.getAttribute('data-zoom')).toBe('1');
});

test('at 1280×720 the figure opens with labels of 14 px or more, the actors named at every size', async ({
  kd,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await kd.open('?step=0&seed=room');
  await page.keyboard.press('f');
  await expect(kd.figure).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => kd.figureLabelPx()).toBeGreaterThanOrEqual(14);
  await testInfo.attach('presenter-default-zoom', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
  for (const zoom of [1, 1.5, 2] as const) {
    await kd.byTestId(TID.presenterZoom(zoom)).click();
    await expect(page.locator('.presenter-figure')).toHaveAttribute('data-zoom', String(zoom));
    for (const [key, step] of [
      ['Home', 0],
      ['5', 5],
      ['End', 10],
    ] as const) {
      if (key === '5') {
        await page.keyboard.press('Home');
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      } else await page.keyboard.press(key);
      await kd.expectStep(step);
      const where = `at ${zoom}×, step ${step}`;
      // Every actor whose lifeline is in sight is named, readable, in the box and on screen...
      await expect
        .poll(
          async () => {
            const { named, inSight } = await kd.actorsInFigure();
            return named.length >= 2 && named.join() === inSight.join();
          },
          { message: where },
        )
        .toBe(true);
      // ...and the names do not hide the current message.
      expect((await kd.currentInFigure()).label, where).toBe(true);
    }
    // At "fit" the whole width shows: all four.
    if (zoom === 1)
      expect((await kd.actorsInFigure()).named).toEqual(['MME_1', 'MME_2', 'UE_1', 'UE_2']);
  }
});
