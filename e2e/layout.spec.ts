/**
 * One screen (issue 10): at a delegate's laptop (1366×768), a projector (1280×720) and a phone
 * (390×844), at every step of every variant and reading, the current message and the rows of
 * both UEs' keys that are held are on screen together, without the user scrolling, and the
 * figure's box never moves on the page while stepping.
 */
import type { Page } from '@playwright/test';
import { SCHEMES, READINGS } from '../src/protocol/scenario';
import { KEY_ROWS } from '../src/ui/actors/keyRows';
import { expect, LAST, test, TID } from './fixtures';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface Seen {
  scrollY: number;
  /** The figure's scroll box on the page. */
  figure: { top: number; left: number; width: number; height: number };
  /** What is not wholly on screen (and inside whatever clips it), by name. */
  hidden: string[];
}

/**
 * Where everything is. A thing counts as on screen when its box is inside the viewport and inside
 * every ancestor that clips it (the figure's scroll box below its sticky actor row; a side column
 * that scrolls). On a phone the figure is wider than the screen and follows sideways: a message
 * arrow that spans more than the figure's box cannot be wholly in it, so there its labels must be,
 * and the arrow must be where it fits.
 */
function look(page: Page, keys: readonly string[]): Promise<Seen> {
  return page.evaluate((keys) => {
    const tol = 1;
    type R = { top: number; left: number; bottom: number; right: number };
    const inside = (a: R, b: R) =>
      a.top >= b.top - tol &&
      a.left >= b.left - tol &&
      a.bottom <= b.bottom + tol &&
      a.right <= b.right + tol;
    const union = (rs: R[]): R => ({
      top: Math.min(...rs.map((r) => r.top)),
      left: Math.min(...rs.map((r) => r.left)),
      bottom: Math.max(...rs.map((r) => r.bottom)),
      right: Math.max(...rs.map((r) => r.right)),
    });
    /** The visible part of the viewport for an element: cut by every clipping ancestor. */
    const visibleFor = (el: Element): R => {
      let v: R = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = p.getBoundingClientRect();
        let top = b.top;
        // The figure's actor row sticks over the top of its scroll box.
        if (p.classList.contains('figure-scroll')) {
          const row = p.querySelector('.figure-actors');
          if (row) top = Math.max(top, row.getBoundingClientRect().bottom);
        }
        v = {
          top: Math.max(v.top, top),
          left: Math.max(v.left, b.left),
          bottom: Math.min(v.bottom, b.bottom),
          right: Math.min(v.right, b.right),
        };
      }
      return v;
    };
    const hidden: string[] = [];
    const scroll = document.querySelector('.figure-scroll');
    if (!scroll) throw new Error('no figure');
    const current = [...document.querySelectorAll('[data-testid="figure"] [data-state="current"]')];
    if (current.length === 0) hidden.push('current step: nothing marked current');
    // A note's words are its label; its box (as wide as the figure at step 7) is like an arrow.
    const labels = current.flatMap((e) =>
      e.matches('text')
        ? [e]
        : e.matches('[data-et="note"]')
          ? [...e.querySelectorAll('text')]
          : [],
    );
    const arrows = current.filter((e) => !e.matches('text'));
    const view = visibleFor(current[0] ?? scroll);
    const labelBox = union(labels.map((e) => e.getBoundingClientRect()));
    if (labels.length && !inside(labelBox, view)) hidden.push('current label or note');
    for (const a of arrows) {
      const box = a.getBoundingClientRect();
      const fits = box.right - box.left <= view.right - view.left;
      if (fits && !inside(box, view)) hidden.push('current arrow');
    }
    for (const ue of ['UE_1', 'UE_2'])
      for (const name of keys) {
        const row = document.querySelector(
          `[data-actor="${ue}"] [data-value="${name}"][data-held="true"]`,
        );
        if (!row) continue;
        const box = row.getBoundingClientRect();
        if (box.height === 0 || !inside(box, visibleFor(row))) hidden.push(`${ue} ${name}`);
      }
    const f = scroll.getBoundingClientRect();
    return {
      scrollY,
      figure: {
        top: Math.round(f.top + scrollY),
        left: Math.round(f.left + scrollX),
        width: Math.round(f.width),
        height: Math.round(f.height),
      },
      hidden,
    };
  }, keys);
}

for (const size of SIZES)
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const scheme of SCHEMES)
      for (const reading of READINGS)
        test(`${scheme}, ${reading}: every step shows its message and both UEs' keys in one screen`, async ({
          kd,
        }) => {
          await kd.open(`?scheme=${scheme}&reading=${reading}&seed=layout`);
          await kd.page.locator('html:not([data-url-pending])').waitFor({ state: 'attached' });
          let figureAt: Seen['figure'] | null = null;
          for (let step = 0; step <= LAST; step++) {
            if (step > 0) await kd.page.keyboard.press('ArrowRight');
            await kd.expectStep(step);
            // The figure scrolls smoothly to the step: wait until it has arrived.
            await expect
              .poll(async () => (await look(kd.page, KEY_ROWS)).hidden, {
                message: `step ${step}`,
                timeout: 4000,
              })
              .toEqual([]);
            const seen = await look(kd.page, KEY_ROWS);
            expect(seen.scrollY, `step ${step}: the page itself never moves`).toBe(0);
            figureAt ??= seen.figure;
            expect(seen.figure, `step ${step}: the figure's box stays in place`).toEqual(figureAt);
          }
        });

    for (const [view, query] of [
      ['rekeying at its last step, 9', '?trigger=0a-drr&refresh=yes&step=9&seed=layout'],
      ['compare at the last step', '?compare=on&trigger=0a-drr&step=9&seed=layout'],
    ] as const)
      test(`names and marks never break inside a word: ${view}`, async ({ kd }) => {
        await kd.open(query);
        const broken = await kd.page.evaluate(() => {
          const out: string[] = [];
          const els = document.querySelectorAll(
            '.badge, .tag, .value dt .name, .rail button, .tabs [role="tab"]',
          );
          for (const el of els) {
            if (el.getBoundingClientRect().height === 0) continue;
            const range = document.createRange();
            range.selectNodeContents(el);
            // One line box per rendered line of text.
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            const text = (el.textContent ?? '').trim();
            if (lines.size > 1 && !text.includes(' ')) out.push(text);
          }
          return out;
        });
        expect(broken).toEqual([]);
      });

    test('the stepper keeps its height at every step', async ({ kd }) => {
      await kd.open('?seed=layout');
      const stepper = kd.page.locator('nav.stepper');
      const first = await stepper.boundingBox();
      for (let step = 1; step <= LAST; step++) {
        await kd.page.keyboard.press('ArrowRight');
        await kd.expectStep(step);
        expect(await stepper.boundingBox(), `step ${step}`).toEqual(first);
      }
      if (size.name === 'phone')
        expect(first!.height, 'at most ~15% of a phone screen').toBeLessThanOrEqual(
          0.15 * size.height,
        );
      else expect(first!.height, 'one line').toBeLessThanOrEqual(48);
    });
  });

test.describe('laptop: the scenario bar and the tabs', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the scenario bar is one line at 1366 px, and the header too', async ({ kd }) => {
    await kd.open();
    for (const sel of ['form.scenario', 'header.app-header'])
      expect((await kd.page.locator(sel).boundingBox())!.height, sel).toBeLessThanOrEqual(40);
  });

  test('review, redline, questions, who knows what, rekeying, inputs, clause and the pCR box are tabs', async ({
    kd,
  }) => {
    await kd.open('?step=4');
    const tabs = [
      'review',
      'redline',
      'questions',
      'knowledge',
      'rekey',
      'inputs',
      'clause',
      'pcr',
    ];
    for (const id of tabs) {
      await kd.byTestId(TID.section(id)).click();
      await expect(kd.byTestId(TID.sectionPanel(id))).toBeVisible();
      for (const other of tabs.filter((t) => t !== id))
        await expect(kd.byTestId(TID.sectionPanel(other))).toBeHidden();
    }
    // The keyboard moves between tabs (and does not step the figure).
    await kd.byTestId(TID.section('pcr')).focus();
    await kd.page.keyboard.press('Home');
    await expect(kd.byTestId(TID.section('review'))).toHaveAttribute('aria-selected', 'true');
    await kd.page.keyboard.press('ArrowRight');
    await expect(kd.byTestId(TID.section('redline'))).toHaveAttribute('aria-selected', 'true');
    await kd.expectStep(4);
  });

  test('the MMEs are condensed beside their UEs and open in place', async ({ kd }) => {
    await kd.open('?step=2');
    const mme = kd.page.locator('[data-actor="MME_1"]');
    await expect(mme.locator('[data-value="K_ASME_1"]')).toBeHidden();
    await mme.locator('summary').first().click();
    await expect(mme.locator('[data-value="K_ASME_1"]')).toBeVisible();
  });
});
