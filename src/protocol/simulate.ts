import { attackOf, type AttackerId } from './attacks';
import { lastStepOf, run } from './engine/run';
import { seededInputs, type Inputs } from './inputs';
import { PROCEDURE } from './procedure';
import type { Scenario } from './scenario';
import { schemeOf } from './scheme';
import type { Trace } from './types';

/**
 * Runs the procedure of clause 6.3.4.3.2 (procedure/) under the scenario's scheme for one
 * scenario and seed, and returns the trace: for each step the message or calculation, what the
 * actors did, and what each of UE_1, MME_1, MME_2 and UE_2 holds once it is done, with where
 * every value came from. Pure and deterministic: the same arguments always give the same bytes.
 * A flow that loses a value (as the literal reading does) still runs; the value is simply missing
 * where it never arrived.
 */
export function simulate(
  scenario: Scenario,
  seed: string,
  inputs: Inputs = seededInputs(seed),
): Trace {
  return replay('none', scenario, seed, inputs);
}

/**
 * The run an attacker profile replays (attacks.ts): the honest run for a passive attacker, who
 * only learns, and for the active one the run with its actions and substitutions.
 */
export function replay(
  attacker: AttackerId,
  scenario: Scenario,
  seed: string,
  inputs: Inputs = seededInputs(seed),
): Trace {
  return run(
    PROCEDURE,
    schemeOf(scenario),
    scenario,
    seed,
    inputs,
    attackOf(attacker, scenario.scheme),
  );
}

/** The number of the scenario's last step, from the procedure (no run needed). */
export function lastStep(scenario: Scenario): number {
  return lastStepOf(PROCEDURE, scenario);
}
