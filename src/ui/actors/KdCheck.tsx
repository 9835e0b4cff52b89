import { equalBytes } from '../../protocol/bytes';
import { displayValue, VALUE_INFO } from '../../protocol/values';
import { unmetNeeds } from '../../review/needs';
import type { Trace } from '../../protocol/types';
import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './actors.css';

/**
 * At step 7, compares the KD that UE_1 holds with the KD that UE_2 holds, byte by byte, in the
 * browser: the check is computed from the two traces' values, never asserted.
 */
export function KdCheck({ trace, testId = TID.kdCheck }: { trace: Trace; testId?: string }) {
  const step = useKdflow((s) => s.step);
  if (step < trace.clauseLast) return null;
  const holdings = trace.steps[step]?.holdings;
  const kd1 = holdings?.UE_1.find((v) => v.name === 'KD');
  const kd2 = holdings?.UE_2.find((v) => v.name === 'KD');
  const dksi1 = holdings?.UE_1.find((v) => v.name === 'DKSI');
  const dksi2 = holdings?.UE_2.find((v) => v.name === 'DKSI');
  const same = kd1 !== undefined && kd2 !== undefined && equalBytes(kd1.bytes, kd2.bytes);
  const sameDksi =
    dksi1 !== undefined && dksi2 !== undefined && equalBytes(dksi1.bytes, dksi2.bytes);
  const ok = same && sameDksi;
  const holdsSess = [holdings?.UE_1, holdings?.UE_2].some((h) =>
    h?.some((v) => v.name === 'KD_sess'),
  );
  // Which UE cannot establish KD, and for want of what (computed from the trace's actions).
  const unmet = unmetNeeds(trace).filter((u) => u.value === 'KD');
  const cannot = (ue: 'UE_1' | 'UE_2') => {
    const u = unmet.find((x) => x.actor === ue);
    return u
      ? `${ue} cannot establish KD: it never gets ${u.missing.map((v) => VALUE_INFO[v].label).join(', ')}`
      : `${ue} holds no KD`;
  };
  const missing = [
    !kd1 && cannot('UE_1'),
    !kd2 && cannot('UE_2'),
    !dksi1 && 'UE_1 holds no DKSI',
    !dksi2 && 'UE_2 holds no DKSI',
  ].filter((m): m is string => typeof m === 'string');
  const headline = ok
    ? '✓ Both UEs hold the same KD'
    : same
      ? '✓ Both UEs hold the same KD, ✗ but not the same DKSI'
      : '✗ The UEs do not hold the same KD';
  return (
    <div
      className={`kd-check ${ok ? 'ok' : 'bad'}`}
      data-testid={testId}
      data-kd-match={same ? 'true' : 'false'}
      data-dksi-match={sameDksi ? 'true' : 'false'}
      data-cannot={unmet.map((u) => u.actor).join(' ')}
      role="status"
    >
      <strong>{headline}</strong>
      <span>
        {' '}
        (KD and DKSI at UE_1 and at UE_2 compared byte by byte here
        {sameDksi && dksi1 ? `; DKSI ${displayValue('DKSI', dksi1.hex)}` : ''})
      </span>
      {missing.length > 0 && <span className="missing"> {missing.join('; ')}.</span>}
      <code className="hex">{kd1?.hex ?? '—'}</code>
      {!same && <code className="hex">{kd2?.hex ?? '—'}</code>}
      {holdsSess && <SessCheck trace={trace} step={step} />}
    </div>
  );
}

/** Once a UE holds KD-sess: at UE_1 against KD-sess at UE_2, byte by byte. */
function SessCheck({ trace, step }: { trace: Trace; step: number }) {
  const holdings = trace.steps[step]?.holdings;
  const s1 = holdings?.UE_1.find((v) => v.name === 'KD_sess');
  const s2 = holdings?.UE_2.find((v) => v.name === 'KD_sess');
  const same = s1 !== undefined && s2 !== undefined && equalBytes(s1.bytes, s2.bytes);
  return (
    <div className="sess-check" data-kd-sess-match={same ? 'true' : 'false'}>
      <strong>
        {same ? '✓ Both UEs hold the same KD-sess' : '✗ KD-sess differs or is missing'}
      </strong>
      <code className="hex">{s1?.hex ?? '—'}</code>
      {!same && <code className="hex">{s2?.hex ?? '—'}</code>}
    </div>
  );
}
