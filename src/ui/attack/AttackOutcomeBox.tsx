import { useMemo } from 'react';
import { ATTACKERS, type AttackerId } from '../../protocol/attacks';
import type { Trace } from '../../protocol/types';
import { attackOutcome } from '../../review/attackOutcome';
import { useActions } from '../../store/react';
import { TID } from '../app/testIds';
import { outcomeData, outcomeWords } from './outcomeText';
import './attack.css';

/**
 * Beside the figure while an attacker is replayed: who it is and what it assumes, and the
 * outcome computed from the replay. Symbolic reasoning over the flow, and it says so.
 */
export function AttackOutcomeBox({ attacker, trace }: { attacker: AttackerId; trace: Trace }) {
  const { setAttacker } = useActions();
  const o = useMemo(() => attackOutcome(attacker, trace), [attacker, trace]);
  const profile = ATTACKERS.find((a) => a.id === attacker)!;
  return (
    <div
      className={`attack-outcome ${o.sameKd && !o.knows.UE_1 && !o.knows.UE_2 ? 'safe' : 'hit'}`}
      data-testid={TID.attackOutcome}
      {...outcomeData(o)}
      role="status"
    >
      <strong>Attacker: {profile.label}.</strong> {outcomeWords(o).join('; ')}.{' '}
      <button type="button" onClick={() => setAttacker('none')}>
        No attacker
      </button>
      <details>
        <summary>what it assumes, and why this outcome</summary>
        <p>{profile.assumes}</p>
        <ul>
          {o.why.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <p className="hint">
          Symbolic reasoning over the flow and kdflow’s illustrative schemes, useful to teach and to
          compare; not a proof.
        </p>
      </details>
    </div>
  );
}
