import { formulaOf } from '../../protocol/formula';
import { schemeOf } from '../../protocol/scheme';
import { useTrace } from '../../store/react';
import { TID } from '../app/testIds';
import './text.css';

/**
 * Says plainly what kdflow fills in where the TR says FFS. Never presented as standardised: it
 * lists the scheme's derivations this run uses, each with its doc and its illustrative mark, from
 * the scheme itself.
 */
export function SchemeNote() {
  const trace = useTrace();
  // What the run derived: every derived value stays held to the last step.
  const used = new Set(
    Object.values(trace.steps.at(-1)?.holdings ?? {}).flatMap((vs) =>
      vs.flatMap((v) => (v.provenance.kind === 'derived' ? [v.provenance.derivation.use] : [])),
    ),
  );
  const scheme = schemeOf(trace.scenario);
  const derivations = scheme.derivations.filter((d) => used.has(d.id));
  const common = trace.scenario.scheme === 'common';
  return (
    <aside
      className="scheme"
      data-testid={TID.scheme}
      data-scheme={scheme.id}
      data-illustrative={String(scheme.illustrative)}
      aria-label="Illustrative scheme"
    >
      <h2>
        {scheme.name}
        {scheme.illustrative && ': illustrative, not standardised'}
      </h2>
      <p>
        The TR leaves the keying material and the KD calculation FFS. To show real bytes, kdflow
        fills them in with an illustrative scheme, built on the KDF of TS 33.220 Annex B.2
        (HMAC-SHA-256). {scheme.doc}
      </p>
      <ul>
        {common && (
          <li>
            MME_1 proposes a random KD and MME_2 agrees to it; Keying_material_1 = Keying_material_2
            = KD travels to each UE over protected NAS. KD is established, not calculated.
          </li>
        )}
        {derivations.map((d) => (
          <li key={d.id} data-derivation-spec={d.id} data-illustrative={String(d.illustrative)}>
            <code>{formulaOf(d, { fc: 'hex' })}</code>
            {d.illustrative &&
              (d.fn === 'x25519'
                ? ' (illustrative use of RFC 7748)'
                : ' (illustrative, FC not allocated)')}
            : {d.doc}
          </li>
        ))}
      </ul>
      <p>
        Random-looking inputs (K_ASME_i, identities, EXP code, NAS COUNTs, DKSI, the X25519 private
        keys) are drawn from the seed with HKDF-SHA-256, so a shared link shows everyone the same
        bytes.
      </p>
    </aside>
  );
}
