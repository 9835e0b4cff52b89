/**
 * Labels come out of Mermaid verbatim: each string is escaped with the app's escapeLabel, rendered
 * by Mermaid in Chromium with the app's own config, and read back from the SVG's text.
 */
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { Mermaid } from 'mermaid';
import { MERMAID_CONFIG } from '../src/diagram/config';
import { escapeLabel } from '../src/diagram/escape';
import { stepLabelLines } from '../src/diagram/sequence';
import { allScenarios } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { toQuery } from '../src/store/deepLink';
import { messageSteps } from './fixtures';

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

const CASES = [
  'a;b',
  'a#b',
  '#59;',
  '#quot;',
  '; # < > & " \' : , { } %',
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<b>bold?</b> a<br>b a<br/>b',
  '&lt; &amp; &#59;',
  '  leading and trailing  ',
  'wrap:not wrapped',
  '%%{init: {"theme":"forest"}}%%',
  '$$x^2$$',
  'style a fill:#f00;',
  'ﬂ°°59¶ß',
  '-->> end note participant x as y',
  'Keying_material_1 ‖ Keying_material_2 🔑 日本語 עברית',
  'http://example.com/?a=1&b=2#frag',
];

test('arbitrary text round-trips through escapeLabel and Mermaid (strict)', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/label-harness', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="out"></div>' }),
  );
  await page.goto('/label-harness');
  await page.addScriptTag({ path: mermaidBundle });
  const diagram = [
    'sequenceDiagram',
    '  participant A',
    '  participant B',
    ...CASES.flatMap((c) => [`  A->>B: ${escapeLabel(c)}`, `  Note over A,B: ${escapeLabel(c)}`]),
  ].join('\n');
  const back = await page.evaluate(
    async ({ config, diagram }) => {
      const m = (window as unknown as { mermaid: Mermaid }).mermaid;
      m.initialize(config as Parameters<typeof m.initialize>[0]);
      const { svg } = await m.render('harness', diagram);
      const out = document.getElementById('out')!;
      out.innerHTML = svg;
      return {
        messages: [...out.querySelectorAll('text.messageText')].map((t) => t.textContent),
        notes: [...out.querySelectorAll('[data-et="note"]')].map((g) =>
          [...g.querySelectorAll('text')].map((t) => t.textContent).join(''),
        ),
        xss: (window as unknown as { __xss?: number }).__xss ?? 0,
        live: out.querySelectorAll('script, img, iframe, foreignObject').length,
      };
    },
    { config: MERMAID_CONFIG, diagram },
  );
  expect(back.messages).toEqual(CASES);
  expect(back.notes).toEqual(CASES);
  expect(back.xss).toBe(0);
  expect(back.live).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the app’s figure shows each step’s label lines exactly', async ({ page }) => {
  // One scenario of each kind of step 0: 0a's request is a message, 0b's wish a note.
  const scenarios = allScenarios();
  for (const scenario of [
    scenarios.find((s) => s.trigger === '0a-drr')!,
    scenarios.find((s) => s.trigger === '0b' && s.scheme === 'common' && s.peer === 'exp-code')!,
  ]) {
    await page.goto(`/${toQuery({ scenario, seed: 'labels', step: 0 })}`);
    await expect(page.locator('[data-et="message"][data-state]')).toHaveCount(
      messageSteps(scenario).length,
    );
    const trace = simulate(scenario, 'labels');
    for (const { def } of trace.steps.filter((s) => s.def.kind === 'message')) {
      const shown = await page
        .locator(`.figure-svg text.messageText[data-step="${def.n}"]`)
        .allTextContents();
      expect(shown).toEqual(stepLabelLines(def));
    }
    const notes = await page
      .locator('.figure-svg [data-et="note"]')
      .evaluateAll((gs) =>
        gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent)),
      );
    expect(notes).toEqual(
      trace.steps.filter((s) => s.def.kind !== 'message').map((s) => stepLabelLines(s.def)),
    );
  }
});
