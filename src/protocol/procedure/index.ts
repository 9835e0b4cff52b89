/**
 * The procedure of clause 6.3.4.3.2 "Network authorised case", as the pCR changes it: the one
 * place that says what the clause's steps are. `simulate` runs it with the interpreter.
 */
import { CLAUSE_NUMBER, CLAUSE_TITLE, FIGURE_CAPTION, PREAMBLE } from '../clause';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { seededBytes } from '../seeded';
import { ACTORS, VALUE_NAMES, type Actor, type Procedure, type ValueName } from '../types';
import { VALUE_INFO } from '../values';
import { CLAUSE_STEPS } from './clauseSteps';
import { FIELDS } from './fields';
import { LINKS } from './links';
import { PC5_STEPS } from './pc5Steps';
import { byConnectionIdentity, byExpCode, newIdentity, rekeying, strict } from './when';

type Initial = Procedure['initial'][number];
const held = (
  actors: readonly Actor[],
  value: ValueName,
  extra: Partial<Initial> = {},
): Initial[] => actors.map((actor) => ({ actor, value, bytes: (c) => c.input(value), ...extra }));

const UES = ['UE_1', 'UE_2'] as const;

export const PROCEDURE: Procedure = {
  id: 'network-authorised',
  clause: {
    number: CLAUSE_NUMBER,
    title: CLAUSE_TITLE,
    caption: FIGURE_CAPTION,
    preamble: PREAMBLE,
  },
  actors: ACTORS,
  links: LINKS,
  values: VALUE_INFO,
  valueOrder: VALUE_NAMES,
  fields: FIELDS as unknown as Procedure['fields'],
  defaultScenario: DEFAULT_SCENARIO,
  // Before the procedure: each UE shares K_ASME_i with its MME after EPS AKA, and both UEs know
  // how UE_1 names UE_2 (a connection identity UE_2 gave earlier, or UE_2's EXP code). After a
  // Direct Rekeying Request the UEs also hold the KD in use, its DKSI and the KD-sess derived from
  // it on the earlier connection (with that connection's nonces, drawn from the seed).
  initial: [
    ...held(['UE_1', 'MME_1'], 'K_ASME_1'),
    ...held(['UE_1', 'MME_1'], 'UE_1_ID'),
    ...held(UES, 'connection_identity', { when: byConnectionIdentity }),
    ...held(UES, 'EXP_code', { when: byExpCode }),
    ...held(['MME_2', 'UE_2'], 'K_ASME_2'),
    ...held(['MME_2', 'UE_2'], 'UE_2_ID'),
    ...held(UES, 'KD_old', { when: rekeying }),
    ...held(UES, 'DKSI_old', { when: rekeying }),
    ...held(UES, 'KD_sess_old', {
      when: rekeying,
      bytes: (c) =>
        c.derive('kd-sess-old', {
          KD_old: c.input('KD_old'),
          Nonce_1: seededBytes(c.seed, 'Nonce_1_old', 16),
          Nonce_2: seededBytes(c.seed, 'Nonce_2_old', 16),
        }).out,
    }),
  ],
  steps: [...CLAUSE_STEPS, ...PC5_STEPS],
  goals: [
    ...UES.flatMap((actor) => [
      { actor, value: 'KD' as const, why: 'both UEs must hold KD at step 7' },
      { actor, value: 'DKSI' as const, why: 'the DKSI names KD at both UEs' },
    ]),
    {
      actor: 'UE_1',
      value: 'new_connection_identity',
      why: 'UE_2 sent a new connection identity in message 4 for UE_1 to use',
      when: newIdentity,
    },
  ],
  roles: { peers: ['UE_1', 'UE_2'], network: ['MME_1', 'MME_2'], sharedKey: 'KD' },
  // The strict reading: the clause's messages carry only what the text names.
  carries: [{ when: strict, part: 'clause', bases: ['named'] }],
};

/** The scenario's fields as the procedure lists them, typed for this procedure's scenario. */
export const SCENARIO_FIELDS = FIELDS;
export type { Scenario };
