/** The scenario options of the procedure: every combination is a valid run. */

export const MODES = ['calculated', 'common'] as const;
export const TRIGGERS = ['0a', '0b'] as const;
export const PEERS = ['connection-identity', 'exp-code'] as const;
export const REFRESHES = ['yes', 'no'] as const;
export const READINGS = ['intended', 'literal'] as const;

/**
 * `calculated`: each UE receives the opposite peer's keying material and calculates KD.
 * `common`: MME_1 and MME_2 agree on one KD and send it; Keying_material_1 = Keying_material_2 = KD.
 */
export type Mode = (typeof MODES)[number];
/** Step 0 alternative a (UE_1 received a request and wants a new KD) or b (UE_1 wants to connect). */
export type Trigger = (typeof TRIGGERS)[number];
/** How UE_1 names UE_2 in message 1. */
export type Peer = (typeof PEERS)[number];
/** Whether UE_2 refreshes its connection identity in message 4 when it already has one. */
export type Refresh = (typeof REFRESHES)[number];

/**
 * How messages 5 and 6 are read. `literal`: they carry "the parameters received in message 2",
 * exactly as written. `intended`: message 5 carries what UE_2 sent in message 4 and message 6 what
 * MME_1 received in message 5, which is what the flow needs.
 */
export type Reading = (typeof READINGS)[number];

/** The choices of each scenario field, in the order a scenario lists its fields. */
export const SCENARIO_CHOICES = {
  mode: MODES,
  trigger: TRIGGERS,
  peer: PEERS,
  refresh: REFRESHES,
  reading: READINGS,
} as const;

export interface Scenario {
  mode: Mode;
  trigger: Trigger;
  peer: Peer;
  refresh: Refresh;
  reading: Reading;
}

export const DEFAULT_SCENARIO: Scenario = {
  mode: 'calculated',
  trigger: '0b',
  peer: 'connection-identity',
  refresh: 'no',
  reading: 'intended',
};

export const DEFAULT_SEED = 'kdflow';

/** The 16 variant combinations under each of the given readings (the intended one by default). */
export function allScenarios(readings: readonly Reading[] = ['intended']): Scenario[] {
  const out: Scenario[] = [];
  for (const reading of readings)
    for (const mode of MODES)
      for (const trigger of TRIGGERS)
        for (const peer of PEERS)
          for (const refresh of REFRESHES) out.push({ mode, trigger, peer, refresh, reading });
  return out;
}

/**
 * UE_2 sends a new connection identity in message 4 "if there was not one in message 3 or it wants
 * to refresh its connection identity": with an EXP code there never was one, so it must.
 */
export function sendsNewConnectionIdentity(scenario: Scenario): boolean {
  return scenario.peer === 'exp-code' || scenario.refresh === 'yes';
}
