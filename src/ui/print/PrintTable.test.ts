import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO } from '../../protocol/scenario';
import { lastStep, simulate } from '../../protocol/simulate';
import { ACTORS } from '../../protocol/types';
import { newAt } from './PrintTable';

describe('the print table’s values by step', () => {
  it.each(
    allScenarios(['intended', 'literal']).map((s) => [Object.values(s).join('/'), s] as const),
  )('%s: each value an actor ends with is listed once, at the step it arrived', (_, scenario) => {
    const trace = simulate(scenario, 'print');
    const last = trace.steps[trace.steps.length - 1]!;
    for (const actor of ACTORS) {
      const listed = trace.steps.flatMap((step) =>
        newAt(step, actor).map((v) => `${v.name}=${v.hex}`),
      );
      const held = last.holdings[actor].map((v) => `${v.name}=${v.hex}`);
      expect(listed.sort()).toEqual(held.sort());
    }
  });

  it.each(['0a-drr', '0a-dcr', '0b'] as const)(
    '%s: lists KD at both UEs at step 7, and only the Complete’s MAC at the last step',
    (trigger) => {
      const trace = simulate({ ...DEFAULT_SCENARIO, trigger }, 'print');
      const names = (n: number) =>
        ACTORS.flatMap((a) => newAt(trace.steps[n]!, a).map((v) => `${a}:${v.name}`));
      expect(names(7)).toEqual(['UE_1:KD', 'UE_2:KD']);
      // The Complete carries its sender's MAC; its receiver computes its own XMAC to verify it.
      const { from, to } = trace.steps[lastStep(trace.scenario)]!.def;
      expect(names(lastStep(trace.scenario)).sort()).toEqual(
        [`${from}:MAC_complete`, `${to}:MAC_complete`, `${to}:XMAC_complete`].sort(),
      );
    },
  );
});
