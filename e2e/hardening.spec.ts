import { fuzzQueries } from '../src/store/fuzzQueries';
import { parseQuery } from '../src/store/deepLink';
import { expect, test, TID } from './fixtures';
import { PAYLOADS } from './payloads';

test.describe.configure({ timeout: 420_000 });

test('1,000 generated and mutated links: no error, never blank, each bad field named', async ({
  kd,
  page,
}) => {
  await kd.open('?seed=fuzz');
  const queries = fuzzQueries(1000, 'e2e');
  const mismatches: string[] = [];
  // In batches inside the page, each link loaded as the browser does on back/forward.
  for (let at = 0; at < queries.length && mismatches.length <= 5; at += 100) {
    const batch = queries.slice(at, at + 100);
    const shownAll = await page.evaluate(async (batch) => {
      const out = [];
      for (const query of batch) {
        history.pushState(null, '', query);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((r) => setTimeout(r, 0));
        const box = document.querySelector('[data-testid="link-errors"]');
        out.push({
          fields: [...(box?.querySelectorAll('[data-field]') ?? [])].map((e) =>
            e.getAttribute('data-field'),
          ),
          visible: box !== null && (box as HTMLElement).offsetHeight > 0,
          step: document.querySelector('[data-current-step]')?.getAttribute('data-current-step'),
          scheme: (
            document.querySelector('[data-testid="picker-scheme"]') as HTMLSelectElement | null
          )?.value,
          seed: (document.querySelector('[data-testid="seed-input"]') as HTMLInputElement | null)
            ?.value,
          root: document.getElementById('root')?.childElementCount ?? 0,
        });
      }
      return out;
    }, batch);
    batch.forEach((query, i) => {
      const { state, errors } = parseQuery(query);
      const expected = {
        fields: errors.map((e) => e.field),
        visible: errors.length > 0,
        step: String(state.step),
        scheme: state.scenario.scheme,
        seed: state.seed,
        root: 1,
      };
      const shown = shownAll[i];
      if (JSON.stringify(shown) !== JSON.stringify(expected))
        mismatches.push(
          `#${at + i} ${query}\n  shown    ${JSON.stringify(shown)}\n  expected ${JSON.stringify(expected)}`,
        );
    });
  }
  expect(mismatches).toEqual([]);
  // A handful as real navigations too, straight from the address bar.
  for (const query of queries.slice(0, 12)) {
    await page.goto(`/${query}`);
    await expect(page.locator('[data-current-step]')).toBeVisible();
    const { errors } = parseQuery(query);
    await expect(page.locator(`[data-testid="${TID.linkErrors}"] [data-field]`)).toHaveCount(
      errors.length,
    );
  }
});

test('markup and script payloads in every field show verbatim and never run', async ({
  kd,
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  await kd.open('?seed=x');
  await kd.openInputs();
  const fields = ['K_ASME_1', 'UE_2_ID', 'EXP_code', 'DKSI', 'Nonce_1'] as const;
  for (const [i, payload] of PAYLOADS.entries()) {
    await kd.byTestId(TID.seed).fill(payload);
    await expect(kd.byTestId(TID.seed)).toHaveValue(payload);
    const name = fields[i % fields.length]!;
    await kd.byTestId(TID.input(name)).fill(payload);
    await expect(kd.byTestId(TID.input(name))).toHaveValue(payload);
    await expect(page.locator(`#input-error-${name}`)).toContainText('must be');
  }
  // The seed is text: a payload is a good seed, shown verbatim and used as is.
  await kd.urlSettled();
  expect(kd.query().get('seed')).toBe(PAYLOADS.at(-1));
  // Through the URL: every field, the payload quoted verbatim in the message.
  for (const payload of PAYLOADS.slice(0, 20)) {
    const q = new URLSearchParams({ scheme: payload, 'in.UE_1_ID': payload, step: payload });
    await page.goto(`/?${q.toString()}`);
    const box = page.getByTestId(TID.linkErrors);
    for (const field of ['scheme', 'in.UE_1_ID', 'step'])
      await expect(box.locator(`[data-field="${field}"] .given`)).toHaveText(
        payload.trim() === '' ? '' : payload,
      );
  }
  await kd.waitForFigure();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
  expect(await page.locator('#root script, #root iframe, #root object, #root embed').count()).toBe(
    0,
  );
  expect(dialogs).toEqual([]);
});

test('a Content-Security-Policy without inline or eval’d script, and no violation in use', async ({
  kd,
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await kd.open('?seed=csp');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  // Use everything that renders: steps, the other variant, compare, the inspector, an export.
  await page.keyboard.press('End');
  await kd.byTestId(TID.picker('scheme')).selectOption('common');
  await kd.waitForFigure();
  await kd.byTestId(TID.compareToggle).click();
  await expect(
    kd.byTestId(TID.figureB).locator('[data-et="message"][data-state]').first(),
  ).toBeAttached();
  await kd.byTestId(TID.compareToggle).click();
  await kd.waitForFigure();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kd.byTestId(TID.exportMenu).getByTestId(TID.exportPng).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  // A script injected as markup is refused by the policy.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
  ).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  // The only violation is the one we provoked.
  expect(violations).toEqual(['script-src-elem inline']);
  kd.errors.splice(0); // Chromium logs the provoked violation as a console error.
});

test('no request leaves the origin, and the app keeps working with the network cut', async ({
  kd,
  page,
  context,
}) => {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'http://localhost:' + (process.env['KDFLOW_E2E_PORT'] ?? '4173')) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await kd.open('?seed=offline');
  // Every part the page loads on demand has arrived before the network goes (a part that has
  // not, with the network cut, says so in its place: the test after next).
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await kd.expectStep(10);
  await kd.byTestId(TID.picker('scheme')).selectOption('common');
  await kd.waitForFigure();
  await kd.byTestId(TID.picker('reading')).selectOption('literal');
  await kd.waitForFigure();
  expect(await kd.hexOf('UE_2', 'KD')).toMatch(/^[0-9a-f]{64}$/);
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('a failure in the diagram says what failed and leaves controls and panels working', async ({
  kd,
  page,
}) => {
  await page.route('**/assets/sequenceDiagram-*.js', (route) => route.abort());
  await page.goto('/?seed=broken&step=2');
  await expect(page.getByTestId(TID.figureError)).toContainText('The figure could not be drawn');
  await expect(page.getByTestId(TID.figureError)).toContainText('still correct');
  await kd.expectStep(2);
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(3);
  await expect(kd.value('UE_2', 'Keying_material_1')).toHaveAttribute('data-new', 'true');
  await kd.byTestId(TID.picker('scheme')).selectOption('common');
  await expect(kd.value('MME_1', 'KD')).toHaveAttribute('data-hex', /^[0-9a-f]{64}$/);
  await expect(kd.value('UE_1', 'K_ASME_1')).toBeVisible();
  // Chromium reports the aborted chunk on the console; that is the failure under test.
  kd.errors.splice(0);
});

test('a part that cannot load (the network cut before it arrived) says so in its place; the page works on', async ({
  kd,
  page,
}) => {
  // The files of the Schemes tab and of the export menu never arrive.
  await page.route(/\/assets\/(SchemeMatrix|ExportMenu)-[^/]*\.(js|css)$/, (route) =>
    route.abort(),
  );
  await page.goto('/?seed=cut&step=2');
  await kd.expectStep(2);
  await kd.showSection('schemes');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not show the schemes' }),
  ).toBeVisible();
  // The export menu's failure is its own: the figure stays.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not show the export menu' }),
  ).toBeVisible();
  await expect(page.locator('[data-et="message"][data-state]').first()).toBeAttached();
  // Stepping, the pickers, the panels and the other tabs work on.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await kd.expectStep(3);
  await kd.byTestId(TID.picker('scheme')).selectOption('dh');
  await expect(kd.value('UE_1', 'Keying_material_1')).toHaveAttribute('data-hex', /^[0-9a-f]{64}$/);
  await kd.showSection('review');
  await expect(kd.byTestId(TID.review)).toBeVisible();
  // Chromium reports the aborted files on the console; that is the failure under test.
  kd.errors.splice(0);
});

test('once the network is back, “Try again” loads a part that could not load', async ({
  kd,
  page,
}) => {
  const cut = /\/assets\/SchemeMatrix-[^/]*\.(js|css)$/;
  await page.route(cut, (route) => route.abort());
  await page.goto('/?seed=again&step=2');
  await kd.expectStep(2);
  await kd.showSection('schemes');
  const failed = page.getByRole('alert').filter({ hasText: 'Could not show the schemes' });
  await expect(failed).toBeVisible();
  // The network is back: the boundary's button loads the part afresh.
  await page.unroute(cut);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(kd.byTestId(TID.schemes).locator('tbody tr')).toHaveCount(3);
  await expect(failed).toHaveCount(0);
  kd.errors.splice(0);
});
