import { useMemo, useRef } from 'react';
import { ATTACKERS } from '../../protocol/attacks';
import { FIELDS } from '../../protocol/procedure/fields';
import type { Scenario } from '../../protocol/scenario';
import { attackOutcome } from '../../review/attackOutcome';
import { useActions, useKdflow } from '../../store/react';
import { traceOf } from '../../store/store';
import { TID } from '../app/testIds';
import { useShownOnce } from '../app/useShownOnce';
import { outcomeData, outcomeWords } from './outcomeText';
import './attack.css';

const SCHEME_FIELD = FIELDS.find((f) => f.key === 'scheme')!;

/**
 * The attackers tab: pick an attacker to replay it in the figure and the panels, and a table of
 * every attacker × scheme outcome, each computed from its replay, each cell a link to it.
 */
export function AttackerPanel() {
  const scenario = useKdflow((s) => s.scenario);
  const seed = useKdflow((s) => s.seed);
  const inputs = useKdflow((s) => s.inputs);
  const attacker = useKdflow((s) => s.attacker);
  const { setAttacker, setScenario } = useActions();
  // Every attacker × scheme replay, made only once the tab is first shown.
  const root = useRef<HTMLElement>(null);
  const shown = useShownOnce(root);
  const rows = useMemo(
    () =>
      shown
        ? ATTACKERS.map((profile) => ({
            profile,
            cells: SCHEME_FIELD.choices.map((choice) => {
              const scheme = choice.value as Scenario['scheme'];
              const trace = traceOf({ ...scenario, scheme }, seed, inputs, profile.id);
              return { choice, scheme, outcome: attackOutcome(profile.id, trace) };
            }),
          }))
        : [],
    [shown, scenario, seed, inputs],
  );
  return (
    <section ref={root} className="attackers" aria-labelledby="attackers-title">
      <h2 id="attackers-title">Attackers replayed</h2>
      <p className="hint">
        Each attacker replays the current scenario with real bytes, through the same interpreter: a
        passive one learns from the honest run, the active one changes what it sends. The outcome is
        computed from the replay. This is symbolic reasoning over the flow and kdflow’s illustrative
        schemes, useful to teach and to compare, not a proof.
      </p>
      <label>
        Attacker{' '}
        <select
          data-testid={TID.attackerPicker}
          value={attacker}
          onChange={(e) => setAttacker(e.currentTarget.value as typeof attacker)}
        >
          {ATTACKERS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <div className="schemes-scroll" tabIndex={0} role="region" aria-label="Attacker by scheme">
        <table data-testid={TID.attackers}>
          <thead>
            <tr>
              <th scope="col">Attacker</th>
              {SCHEME_FIELD.choices.map((c) => (
                <th key={c.value} scope="col" title={c.long}>
                  {c.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ profile, cells }) => (
              <tr key={profile.id} data-attacker={profile.id}>
                <th scope="row" title={profile.assumes}>
                  {profile.label}
                  {profile.attack && <span className="now"> (active)</span>}
                </th>
                {cells.map(({ scheme, outcome }) => {
                  const here = attacker === profile.id && scenario.scheme === scheme;
                  return (
                    <td
                      key={scheme}
                      className={here ? 'current' : undefined}
                      data-scheme={scheme}
                      {...outcomeData(outcome)}
                    >
                      <button
                        type="button"
                        onClick={() => {
                          setScenario({ scheme });
                          setAttacker(profile.id);
                        }}
                      >
                        {outcomeWords(outcome).join('; ')}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl>
        {ATTACKERS.map((a) => (
          <div key={a.id}>
            <dt>{a.label}</dt>
            <dd>{a.assumes}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
