/**
 * The three triggers of step 0. Under 0a (`0a-drr`, `0a-dcr`) UE_1 has received a PC5 request
 * from UE_2: step 0 is UE_2's message to UE_1 with Nonce_1, UE_1 answers with the Direct Security
 * Mode Command at 8, UE_2 completes at 9, the last step. Under 0a-drr the UEs hold the old KD,
 * DKSI and KD-sess from step 0 and retire them only at the last step (make-before-break). The old
 * `trigger=0a` link opens as 0a-drr. Expected numbers come from the procedure (stepsOf, lastStep);
 * the roles are written here, since they are what the change is about.
 */
import { DEFAULT_SCENARIO, type Scenario, type Trigger } from '../src/protocol/scenario';
import { lastStep, simulate } from '../src/protocol/simulate';
import type { Actor } from '../src/protocol/types';
import { toQuery } from '../src/store/deepLink';
import { expect, expectedStates, test, TID, type KdflowPage } from './fixtures';

const SEED = 'triggers';
const scenarioOf = (trigger: Trigger): Scenario => ({ ...DEFAULT_SCENARIO, trigger });
const OLD_VALUES = ['KD_old', 'DKSI_old', 'KD_sess_old'] as const;

/** The actors whose lifelines a message arrow of the figure starts and ends nearest to. */
function arrowEnds(kd: KdflowPage, step: number): Promise<{ from: string; to: string }> {
  return kd.figure.locator(`[data-et="message"][data-step="${step}"]`).evaluate((el) => {
    const svg = (el as SVGGraphicsElement).ownerSVGElement!;
    let x1: number;
    let x2: number;
    if (el instanceof SVGLineElement) {
      x1 = el.x1.baseVal.value;
      x2 = el.x2.baseVal.value;
    } else {
      const xs = [...(el.getAttribute('d') ?? '').matchAll(/-?\d+(\.\d+)?/g)].map((m) =>
        Number(m[0]),
      );
      x1 = xs[0] ?? NaN;
      x2 = xs[xs.length - 2] ?? NaN;
    }
    const lines = [...svg.querySelectorAll('line.actor-line')].map((l) => ({
      name: l.getAttribute('name') ?? '',
      x: (l as SVGLineElement).x1.baseVal.value,
    }));
    const nearest = (x: number) =>
      lines.reduce((best, l) => (Math.abs(l.x - x) < Math.abs(best.x - x) ? l : best)).name;
    return { from: nearest(x1), to: nearest(x2) };
  });
}

/** Roles of the PC5 messages under 0a, as the change states them. */
const ROLES: Record<number, { from: Actor; to: Actor }> = {
  0: { from: 'UE_2', to: 'UE_1' },
  8: { from: 'UE_1', to: 'UE_2' },
  9: { from: 'UE_2', to: 'UE_1' },
};

const REQUEST: Record<'0a-drr' | '0a-dcr', string> = {
  '0a-drr': 'Direct Rekeying Request',
  '0a-dcr': 'Direct Connection Request',
};

for (const trigger of ['0a-drr', '0a-dcr'] as const) {
  test(`${trigger}: UE_2's request opens at step 0, UE_1 commands at 8, UE_2 completes at the last step, 9`, async ({
    kd,
    page,
  }) => {
    const scenario = scenarioOf(trigger);
    const last = lastStep(scenario);
    expect(last).toBe(9);
    const trace = simulate(scenario, SEED);
    expect(trace.steps.length - 1).toBe(last);
    expect(trace.clauseLast).toBe(7);

    await kd.open(toQuery({ scenario, seed: SEED, step: 0 }));
    await expect(kd.byTestId(TID.picker('trigger'))).toHaveValue(trigger);
    const indicator = kd.byTestId(TID.stepIndicator);
    await expect(indicator).toContainText(`of ${last}`);
    await expect(indicator).toContainText(REQUEST[trigger]);
    await expect(kd.figureStep(0)).toHaveAccessibleName(new RegExp(REQUEST[trigger]));

    // The figure's arrows: the request from UE_2 to UE_1, the command back, the complete forth.
    for (const [n, role] of Object.entries(ROLES)) {
      const step = Number(n);
      expect(trace.steps[step]?.def).toMatchObject({ kind: 'message', ...role });
      expect(await arrowEnds(kd, step)).toEqual(role);
    }
    expect(trace.steps[8]?.def.title).toBe('Direct Security Mode Command');
    expect(trace.steps[9]?.def.title).toBe('Direct Security Mode Complete');

    // Step through: the marks, the title, and no old values under 0a-dcr.
    for (let step = 0; step <= last; step++) {
      if (step > 0) await kd.byTestId(TID.next).click();
      await kd.expectStep(step);
      await expect.poll(() => kd.messageStates()).toEqual(expectedStates(step, scenario));
      await expect(indicator).toContainText(`Step ${step} of ${last}:`);
      await expect(indicator.locator('.step-title')).toHaveText(trace.steps[step]!.def.title);
      if (trigger === '0a-dcr') {
        for (const name of OLD_VALUES) {
          await expect(kd.page.locator(`[data-value="${name}"]`)).toHaveCount(0);
        }
      }
    }
    await expect(kd.byTestId(TID.next)).toBeDisabled();
    await page.keyboard.press('Home');
    await kd.expectStep(0);
    await page.keyboard.press('End');
    await kd.expectStep(last);
  });
}

test('0a-dcr names the Direct Connection Request’s stage 3 at step 0; 0a-drr does not', async ({
  kd,
}) => {
  await kd.open(toQuery({ scenario: scenarioOf('0a-dcr'), seed: SEED, step: 0 }));
  await expect(kd.byTestId(TID.stage3)).toContainText('Stage 3:');
  await kd.open(toQuery({ scenario: scenarioOf('0a-drr'), seed: SEED, step: 0 }));
  await expect(kd.byTestId(TID.stage3)).toHaveCount(0);
});

test('0a-drr is make-before-break: the old KD, DKSI and KD-sess are held until the last step retires them', async ({
  kd,
}) => {
  const scenario = scenarioOf('0a-drr');
  const last = lastStep(scenario);
  await kd.open(toQuery({ scenario, seed: SEED, step: 0 }));
  for (let step = 0; step <= last; step++) {
    if (step > 0) await kd.byTestId(TID.next).click();
    await kd.expectStep(step);
    for (const ue of ['UE_1', 'UE_2'] as const) {
      for (const name of OLD_VALUES) {
        const row = kd.value(ue, name);
        await expect(row, `${ue} ${name} at step ${step}`).toHaveAttribute('data-held', 'true');
        if (step < last) {
          await expect(row, `${ue} ${name} at step ${step}`).not.toHaveAttribute(
            'data-retired',
            /.*/,
          );
        } else {
          await expect(row, `${ue} ${name} at step ${step}`).toHaveAttribute(
            'data-retired',
            String(last),
          );
        }
      }
    }
  }
  // At the end the new values differ from the old ones they replace.
  for (const ue of ['UE_1', 'UE_2'] as const) {
    expect(await kd.hexOf(ue, 'KD')).not.toBe(await kd.hexOf(ue, 'KD_old'));
    expect(await kd.hexOf(ue, 'KD_sess')).not.toBe(await kd.hexOf(ue, 'KD_sess_old'));
  }
});

test('the old link ?trigger=0a opens as 0a-drr, with no link error', async ({ kd }) => {
  await kd.open('?trigger=0a');
  await expect(kd.byTestId(TID.picker('trigger'))).toHaveValue('0a-drr');
  await expect(kd.byTestId(TID.linkErrors)).toHaveCount(0);
  await kd.expectStep(0);
  await expect(kd.byTestId(TID.stepIndicator)).toContainText(
    `of ${lastStep(scenarioOf('0a-drr'))}`,
  );
  await expect(kd.byTestId(TID.stepIndicator)).toContainText(REQUEST['0a-drr']);
  await expect(kd.value('UE_1', 'KD_sess_old')).toHaveAttribute('data-held', 'true');
});

for (const trigger of ['0b', '0a-drr', '0a-dcr'] as const) {
  test(`${trigger}: every held value says whether it is illustrative (DKSI yes, K_ASME_1 no)`, async ({
    kd,
  }) => {
    const scenario = scenarioOf(trigger);
    await kd.open(toQuery({ scenario, seed: SEED, step: lastStep(scenario) }));
    const rows = kd.page.locator('[data-value][data-held="true"]');
    await expect(rows.first()).toBeAttached();
    const marks = await rows.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-value'), e.getAttribute('data-illustrative')]),
    );
    for (const [name, mark] of marks) expect(mark, `${name}`).toMatch(/^(true|false)$/);
    const dksi = marks.filter(([name]) => name === 'DKSI');
    const kAsme = marks.filter(([name]) => name === 'K_ASME_1');
    expect(dksi.length).toBeGreaterThan(0);
    expect(kAsme.length).toBeGreaterThan(0);
    for (const [, mark] of dksi) expect(mark).toBe('true');
    for (const [, mark] of kAsme) expect(mark).toBe('false');
  });
}
