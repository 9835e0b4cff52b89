/**
 * What an attacker gets, computed from a replay (attacks.ts): whether UE_1 and UE_2 end with the
 * same KD, whether the attacker knows each UE's KD, and at which step a UE notices (a MAC on PC5
 * that fails to verify), or never. Passive attackers are read from the knowledge closure and the
 * forward-secrecy property over the honest run; the active one from the bytes of its replay.
 * Symbolic reasoning over the flow, not a proof.
 */
import { toHex } from '../protocol/bytes';
import type { AttackerId } from '../protocol/attacks';
import { DEFAULT_ASSUMPTIONS } from '../protocol/procedure/links';
import type { Trace } from '../protocol/types';
import { knowledge, type KnowledgeColumn } from './knowledge';
import { propertyCell, schemeProperties } from './properties';

const UES = ['UE_1', 'UE_2'] as const;

export interface AttackOutcome {
  attacker: AttackerId;
  /** Both UEs hold a KD and it is the same bytes; false when they differ or one lacks KD. */
  sameKd: boolean;
  /** Each UE's KD at the last step, in hex (absent where it has none). */
  kd: Partial<Record<(typeof UES)[number], string>>;
  /** Whether the attacker knows (holds, or can compute) the KD each UE ends with. */
  knows: Record<(typeof UES)[number], boolean>;
  /** The first step at which a UE's check of its peer's MAC fails, or null: never detected. */
  detectedAt: number | null;
  /** How each result was found, in a sentence each. */
  why: string[];
}

const knowsIn = (state: string | undefined) =>
  state === 'holds' || state === 'derivable' || state === 'sees';

/** The outcome of one replay (`trace` from `replay(attacker, …)`). */
export function attackOutcome(attacker: AttackerId, trace: Trace): AttackOutcome {
  const last = trace.steps.length - 1;
  const final = trace.steps[last]!.holdings;
  const kdOf = (ue: (typeof UES)[number]) =>
    final[ue].find((v) => v.name === 'KD' && v.retiredAt === undefined);
  const kd: AttackOutcome['kd'] = {};
  for (const ue of UES) {
    const v = kdOf(ue);
    if (v) kd[ue] = v.hex;
  }
  const sameKd = kd.UE_1 !== undefined && kd.UE_1 === kd.UE_2;
  const why: string[] = [];
  why.push(
    sameKd
      ? 'UE_1 and UE_2 end with the same KD.'
      : kd.UE_1 && kd.UE_2
        ? 'UE_1 and UE_2 end with different KDs.'
        : 'A UE ends without KD.',
  );

  const knows = { UE_1: false, UE_2: false };
  const column = (c: KnowledgeColumn, assumptions = DEFAULT_ASSUMPTIONS) => {
    const row = knowledge(trace, last, assumptions).find((r) => r.value === 'KD');
    const cell = row?.cells[c];
    if (sameKd && knowsIn(cell?.state)) knows.UE_1 = knows.UE_2 = true;
    if (cell) why.push(`${c}: ${cell.how || 'knows nothing of KD'}.`);
  };
  switch (attacker) {
    case 'none':
      break;
    case 'curious-mme':
      column('MME_1+PC5');
      break;
    case 's10-eavesdropper':
      column('MME-MME', { ...DEFAULT_ASSUMPTIONS, s10: 'clear' });
      break;
    case 'kasme-leak': {
      const fs = propertyCell(schemeProperties(trace), 'forward-secrecy');
      if (sameKd && fs?.result === 'no') knows.UE_1 = knows.UE_2 = true;
      if (fs) why.push(`Forward secrecy: ${fs.text}`);
      break;
    }
    case 'malicious-mme1': {
      // By bytes: the attacker knows a UE's KD when it holds the same bytes under any name.
      const actor = trace.attack?.actor ?? 'MME_1';
      const mine = new Set(final[actor].map((v) => toHex(v.bytes)));
      for (const ue of UES) {
        const hex = kd[ue];
        knows[ue] = hex !== undefined && mine.has(hex);
        why.push(
          `${actor} ${knows[ue] ? 'holds' : 'does not hold'} the KD ${ue} ends with${hex ? ` (${hex.slice(0, 8)}…)` : ''}.`,
        );
      }
      break;
    }
  }

  let detectedAt: number | null = null;
  for (const step of trace.steps) {
    const failed = step.actions.find((a) => a.kind === 'verify' && a.result === 'mismatch');
    if (failed && failed.kind === 'verify') {
      detectedAt = step.def.n;
      why.push(
        `${failed.actor}’s check of the ${step.def.messageName ?? step.def.title} fails at step ${step.def.n}.`,
      );
      break;
    }
  }
  if (detectedAt === null) why.push('No UE’s check fails: the attack is not detected.');
  return { attacker, sameKd, kd, knows, detectedAt, why };
}
