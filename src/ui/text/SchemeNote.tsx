import { FC_KD, FC_KEYING_MATERIAL } from '../../protocol/scheme';
import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './text.css';

const hex = (fc: number) => `0x${fc.toString(16).toUpperCase()}`;

/** Says plainly what kdflow fills in where the TR says FFS. Never presented as standardised. */
export function SchemeNote() {
  const mode = useKdflow((s) => s.scenario.mode);
  return (
    <aside className="scheme" data-testid={TID.scheme} aria-label="Illustrative scheme">
      <h2>Illustrative scheme: not standardised</h2>
      <p>
        The TR leaves the keying material and the KD calculation FFS. To show real bytes, kdflow
        fills them in with one illustrative scheme, built on the KDF of TS 33.220 Annex B.2
        (HMAC-SHA-256). The FC values {hex(FC_KEYING_MATERIAL)} and {hex(FC_KD)} are illustrative,
        not allocated.
      </p>
      {mode === 'calculated' ? (
        <ul>
          <li>
            Keying_material_i = KDF(K_ASME_i, FC={hex(FC_KEYING_MATERIAL)}, NAS COUNT), computed
            alike by UE_i and MME_i (uplink COUNT of message 1 for UE_1, downlink COUNT of message 3
            for UE_2).
          </li>
          <li>
            KD = KDF(Keying_material_1 ‖ Keying_material_2, FC={hex(FC_KD)}, UE_1 ID, UE_2 ID), in
            that order at both UEs.
          </li>
        </ul>
      ) : (
        <ul>
          <li>
            MME_1 proposes a random KD and MME_2 agrees to it; Keying_material_1 = Keying_material_2
            = KD travels to each UE over protected NAS. KD is established, not calculated.
          </li>
        </ul>
      )}
      <p>
        Random-looking inputs (K_ASME_i, identities, EXP code, NAS COUNTs, DKSI) are drawn from the
        seed with HKDF-SHA-256, so a shared link shows everyone the same bytes.
      </p>
    </aside>
  );
}
