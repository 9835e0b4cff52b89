/** The one page object of the e2e tests: selectors live here and in src/ui/app/testIds.ts. */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { TID } from '../src/ui/app/testIds';
import { stepsOf } from '../src/protocol/engine/run';
import { PROCEDURE } from '../src/protocol/procedure';
import { DEFAULT_SCENARIO, type Scenario } from '../src/protocol/scenario';
import { lastStep } from '../src/protocol/simulate';
import type { Actor, ValueName } from '../src/protocol/types';
import { parseQuery } from '../src/store/deepLink';

/** The numbers of a scenario's steps that are messages, from the procedure (not written here). */
export const messageSteps = (scenario: Scenario = DEFAULT_SCENARIO): number[] =>
  stepsOf(PROCEDURE, scenario).flatMap((s, n) => (s.kind === 'message' ? [n] : []));

/** The steps that are messages in the default scenario (0b: the clause's 1–6, then PC5 8–10). */
export const MESSAGE_STEPS = messageSteps();
/** The default scenario's last step, from the procedure. */
export const LAST = lastStep(DEFAULT_SCENARIO);

/** A scenario unlike the default in every field: the common KD, after a rekeying request. */
export const OTHER_SCENARIO: Scenario = {
  scheme: 'common',
  trigger: '0a-drr',
  peer: 'exp-code',
  refresh: 'yes',
  reading: 'literal',
};

/** The scenario a query string opens (as the app reads it). */
export const scenarioOfQuery = (query: string): Scenario => parseQuery(query).state.scenario;

/** The last step of the scenario a query string opens. */
export const lastStepOfQuery = (query: string): number => lastStep(scenarioOfQuery(query));

/** `data-state` each message should have at a step, in the given scenario (default: 0b). */
export const expectedStates = (step: number, scenario: Scenario = DEFAULT_SCENARIO) =>
  messageSteps(scenario).map((m) => (m < step ? 'past' : m === step ? 'current' : 'future'));

export class KdflowPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
  }

  /** Opens the app with a query string and waits until the figure shows a step. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.waitForFigure(scenarioOfQuery(query));
  }

  /** Waits until the figure shows a step, with as many messages as the scenario has. */
  async waitForFigure(scenario: Scenario = DEFAULT_SCENARIO): Promise<void> {
    await expect(this.figure.locator('[data-et="message"][data-state]')).toHaveCount(
      messageSteps(scenario).length,
    );
  }

  get figure(): Locator {
    return this.page.getByTestId(TID.figure);
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async currentStep(): Promise<number> {
    const v = await this.page.locator('[data-current-step]').getAttribute('data-current-step');
    return Number(v);
  }

  async expectStep(n: number): Promise<void> {
    await expect(this.page.locator('[data-current-step]')).toHaveAttribute(
      'data-current-step',
      String(n),
    );
  }

  /** `data-state` of the message arrows, in order. */
  messageStates(): Promise<(string | null)[]> {
    return this.page
      .locator('[data-et="message"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  }

  async renderCount(): Promise<number> {
    return Number(await this.figure.getAttribute('data-render-count'));
  }

  value(actor: Actor, name: ValueName): Locator {
    return this.page.locator(`[data-actor="${actor}"] [data-value="${name}"]`);
  }

  hexOf(actor: Actor, name: ValueName): Promise<string | null> {
    return this.value(actor, name).getAttribute('data-hex');
  }

  /** name → hex of every value shown in an actor's panel. */
  holdings(actor: Actor): Promise<Record<string, string>> {
    return this.page
      .locator(`[data-actor="${actor}"] [data-value]`)
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((e) => [e.getAttribute('data-value') ?? '', e.getAttribute('data-hex') ?? '']),
        ),
      );
  }

  /** One side of the side-by-side view. */
  compareSide(side: 'A' | 'B'): Locator {
    return this.page.getByTestId(TID.compare).locator(`[data-side="${side}"]`);
  }

  /** The items of one list of the side-by-side view's summary. */
  diffItems(kind: 'structural' | 'bytes'): Locator {
    return this.page.getByTestId(TID.diffSummary).locator(`[data-diff-kind="${kind}"]`);
  }

  /** The count a list of the summary gives in its heading. */
  async diffCount(kind: 'structural' | 'bytes'): Promise<number> {
    const count = this.page
      .getByTestId(TID.diffSummary)
      .locator(`[data-diff-list="${kind}"] [data-count]`);
    return Number(await count.textContent());
  }

  /** Types a seed for B in the side-by-side view. */
  async typeSeedB(seed: string): Promise<void> {
    await this.page
      .getByTestId(TID.compare)
      .getByRole('textbox', { name: /B’s seed/ })
      .fill(seed);
  }

  /** Chooses one of the tabs below the stepping view (review, knowledge, rekey, inputs, …). */
  async showSection(id: string): Promise<void> {
    await this.byTestId(TID.section(id)).click();
    await expect(this.byTestId(TID.sectionPanel(id))).toBeVisible();
  }

  /** Shows the inputs' editor, open. */
  async openInputs(): Promise<void> {
    await this.showSection('inputs');
    const inputs = this.byTestId(TID.inputs);
    if ((await inputs.getAttribute('open')) === null) await inputs.locator('summary').click();
    await expect(inputs).toHaveAttribute('open', '');
  }

  /** Waits until the page has written its state to the URL (writes are coalesced). */
  async urlSettled(): Promise<void> {
    await expect(this.page.locator('html:not([data-url-pending])')).toBeAttached();
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** Clicks a report export button and reads the file it downloads. */
  async exportReport(testId: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.byTestId(testId).click(),
    ]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Opens a report through the "Open report…" file input. */
  async openReport(name: string, text: string): Promise<void> {
    await this.byTestId(TID.reportOpen).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /**
   * Drags a file over the page and drops it, as the browser would (a DataTransfer holding a
   * File); `dropIt: false` only drags it over, to see the drop hint.
   */
  async dropFile(name: string, text: string, dropIt = true): Promise<void> {
    await this.page.evaluate(
      ({ name, text, dropIt }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        const fire = (type: string) =>
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        fire('dragenter');
        fire('dragover');
        if (dropIt) fire('drop');
      },
      { name, text, dropIt },
    );
  }

  // The figure: its own scroll box, stepping by click or key, the sticky actor row.

  /** The figure's own scroll box (`.figure-scroll`), which follow-scrolling moves. */
  get figureScroll(): Locator {
    return this.page.locator('.figure-scroll').filter({ has: this.figure });
  }

  /** Step n's button in the figure: its first label, or its note. */
  figureStep(n: number): Locator {
    return this.figure.getByRole('button', { name: new RegExp(`^Go to step ${n}: `) });
  }

  /**
   * Clicks step n in the figure: a label text, its note, or its arrow, 5 px beside the 2 px line
   * (where only the wider hit area is).
   */
  async clickInFigure(n: number, part: 'label' | 'arrow' | 'note'): Promise<void> {
    if (part === 'label') {
      await this.figure.locator(`text.messageText[data-step="${n}"]`).last().click();
      return;
    }
    if (part === 'note') {
      await this.figure.locator(`[data-et="note"][data-step="${n}"] rect`).click();
      return;
    }
    const line = this.figure.locator(`[data-et="message"][data-step="${n}"]`);
    const r = await line.evaluate((el) => {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      return el.getBoundingClientRect().toJSON() as DOMRect;
    });
    // 5 px beside the line: only the wider hit area (14 screen px at any scale) takes it.
    await this.page.mouse.click(r.left + r.width * 0.6, r.top + r.height / 2 + 5);
  }

  /**
   * Where the current step sits in the figure's scroll box: whether its label texts (or its
   * note's) are wholly in the part of the box that nothing covers (not under the sticky actor row,
   * and in the viewport), and its arrow (or note box) too; `arrowFits` is false for an arrow or
   * note wider than the box.
   */
  currentInFigure(): Promise<{ label: boolean; arrow: boolean; arrowFits: boolean }> {
    return this.figureScroll.evaluate((box) => {
      const frame = box.getBoundingClientRect();
      const row = box.querySelector('.figure-actors[data-stuck] .figure-actors-strip');
      const top = Math.max(frame.top + box.clientTop, row?.getBoundingClientRect().bottom ?? 0, 0);
      const left = Math.max(frame.left + box.clientLeft, 0);
      const bottom = Math.min(frame.top + box.clientTop + box.clientHeight, innerHeight);
      const right = Math.min(frame.left + box.clientLeft + box.clientWidth, innerWidth);
      const inside = (els: Element[]) =>
        els.length > 0 &&
        els.every((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= left - 1 && r.right <= right + 1
          );
        });
      const current = [...box.querySelectorAll('.figure-svg [data-state="current"]')];
      const labels = current.flatMap((el) =>
        el.matches('text.messageText') ? [el] : [...el.querySelectorAll('.noteText')],
      );
      const arrows = current.flatMap((el) =>
        el.matches('[data-et="message"]') ? [el] : [...el.querySelectorAll('rect')],
      );
      const arrowFits = arrows.every((el) => el.getBoundingClientRect().width <= right - left);
      return { label: inside(labels), arrow: arrows.length === 0 || inside(arrows), arrowFits };
    });
  }

  /**
   * The actors whose name can be read in the figure's scroll box now (on top at its centre and
   * wholly inside the box and the viewport: the SVG's own name, or the sticky row's), and those
   * whose lifeline is in sight (40 px or more inside the box); every actor in sight should be
   * named.
   */
  actorsInFigure(): Promise<{ named: string[]; inSight: string[] }> {
    return this.figureScroll.evaluate((box) => {
      const frame = box.getBoundingClientRect();
      const top = Math.max(frame.top + box.clientTop, 0);
      const left = Math.max(frame.left + box.clientLeft, 0);
      const bottom = Math.min(frame.top + box.clientTop + box.clientHeight, innerHeight);
      const right = Math.min(frame.left + box.clientLeft + box.clientWidth, innerWidth);
      const readable = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.top < top - 1 || r.bottom > bottom + 1) return false;
        if (r.left < left - 1 || r.right > right + 1) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && (el.contains(hit) || hit.contains(el));
      };
      const names = [
        ...box.querySelectorAll('.figure-svg text.actor'),
        ...box.querySelectorAll('.figure-actor-name'),
      ];
      const named = new Set(names.filter(readable).map((el) => el.textContent?.trim() ?? ''));
      const inSight = [...box.querySelectorAll('.figure-svg line.actor-line')]
        .filter((line) => {
          // Far enough inside for a name centred on it to fit.
          const x = line.getBoundingClientRect().left;
          return x >= left + 40 && x <= right - 40;
        })
        .map((line) => line.getAttribute('name') ?? '');
      return { named: [...named].sort(), inSight: inSight.sort() };
    });
  }

  /** The rendered height of the figure's message labels' type, in px (font size × SVG scale). */
  figureLabelPx(): Promise<number> {
    return this.figure
      .locator('text.messageText')
      .first()
      .evaluate((el) => {
        const svg = (el as SVGTextElement).ownerSVGElement;
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        return parseFloat(getComputedStyle(el).fontSize) * scale;
      });
  }
}

export const test = base.extend<{ kd: KdflowPage }>({
  kd: async ({ page }, use) => {
    const kd = new KdflowPage(page);
    await use(kd);
    // No test may leave an uncaught error or a console error behind.
    expect(kd.errors).toEqual([]);
  },
});

export { expect, TID };
