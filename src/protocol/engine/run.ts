/**
 * The interpreter: runs any procedure (engine/types.ts) under a key-establishment scheme for one
 * scenario, and returns the trace. It knows no step, actor or value of its own.
 */
import { concatBytes } from '../bytes';
import { kdf, kdfInput } from '../kdf';
import { x25519PublicKey, x25519SharedSecret } from '../x25519';
import { World } from './world';
import type {
  Attack,
  Basis,
  CarriedParam,
  Derivation,
  DerivationSpec,
  KeyScheme,
  ParamSpec,
  Procedure,
  QuotedSentence,
  RunContext,
  StepDef,
  StepSpec,
  Text,
  Trace,
} from './types';

const holds = <S>(item: { when?: (s: S) => boolean }, s: S) => item.when?.(s) ?? true;

/** A text in one scenario: the string, or every part whose `when` holds, joined. */
export function textOf<S>(text: Text<S>, scenario: S): string {
  return typeof text === 'string'
    ? text
    : text
        .filter((p) => holds(p, scenario))
        .map((p) => p.text)
        .join('');
}

/** The steps of a scenario, in order: their index is the step's number. */
export function stepsOf<A extends string, V extends string, S>(
  procedure: Procedure<A, V, S>,
  scenario: S,
): StepSpec<A, V, S>[] {
  return procedure.steps.filter((step) => holds(step, scenario));
}

/** The number of the scenario's last step. */
export function lastStepOf<A extends string, V extends string, S>(
  procedure: Procedure<A, V, S>,
  scenario: S,
): number {
  return stepsOf(procedure, scenario).length - 1;
}

/** The link between two actors, by the procedure's links. */
export function linkBetween<A extends string>(
  links: Procedure<A, string, unknown>['links'],
  from: A,
  to: A,
): string | undefined {
  return links.find((l) => l.between.includes(from) && l.between.includes(to) && from !== to)?.id;
}

/** Which basis says most: the text naming a value, then implying it, then kdflow's filling in. */
const BASIS_RANK: Readonly<Record<Basis, number>> = { named: 0, inferred: 1, ffs: 2 };

/** The parameters a step's message carries in a scenario, `sameAs` ones expanded. */
export function paramsOf<A extends string, V extends string, S>(
  procedure: Procedure<A, V, S>,
  step: StepSpec<A, V, S>,
  scenario: S,
): CarriedParam<V>[] {
  const expand = (
    specs: readonly ParamSpec<V, S>[] | undefined,
    depth: number,
  ): CarriedParam<V>[] =>
    (specs ?? [])
      .filter((p) => holds(p, scenario))
      .flatMap((p) => {
        if ('name' in p) return [{ name: p.name, basis: p.basis }];
        const other = procedure.steps.find((s) => s.id === p.sameAs && holds(s, scenario));
        if (!other || depth > procedure.steps.length)
          throw new Error(`step ${step.id}: no step ${p.sameAs} in this scenario`);
        return expand(other.params, depth + 1);
      });
  const rule = procedure.carries?.find((r) => r.part === step.part && r.when(scenario));
  // A value listed twice (what another message carried, and named here too) is carried once,
  // where it first comes, on the strongest basis it has.
  const all: CarriedParam<V>[] = [];
  for (const p of expand(step.params, 0)) {
    const i = all.findIndex((q) => q.name === p.name);
    if (i < 0) all.push(p);
    else if (BASIS_RANK[p.basis] < BASIS_RANK[all[i]!.basis]) all[i] = p;
  }
  return rule ? all.filter((p) => rule.bases.includes(p.basis)) : all;
}

/** Runs one of the scheme's derivations over named bytes. */
export function runDerivation<V extends string>(
  spec: DerivationSpec<V>,
  bytes: (name: V) => Uint8Array,
): Derivation<V> {
  const key = concatBytes(...spec.key.map(bytes));
  const params = spec.params.map((name) => ({ name, bytes: bytes(name) }));
  const common = {
    use: spec.id,
    output: spec.output,
    keyNames: [...spec.key],
    key,
    params,
    illustrative: spec.illustrative,
    doc: spec.doc,
  };
  if (spec.fn === 'x25519') {
    const [peer] = params;
    const out = peer ? x25519SharedSecret(key, peer.bytes) : x25519PublicKey(key);
    return { ...common, fn: 'x25519', out };
  }
  const paramBytes = params.map((p) => p.bytes);
  return {
    ...common,
    fn: 'kdf',
    fc: spec.fc,
    s: kdfInput(spec.fc, paramBytes),
    out: kdf(key, spec.fc, paramBytes),
  };
}

/**
 * Runs `procedure` under `scheme` for one scenario: for each of the scenario's steps, its actions
 * in order (a message delivers only what its sender holds), then what every actor holds. Pure and
 * deterministic; a flow that loses a value still runs, the value is simply missing where it never
 * arrived, and a message lists it as `missing`.
 */
export function run<A extends string, V extends string, S>(
  procedure: Procedure<A, V, S>,
  scheme: KeyScheme<V>,
  scenario: S,
  seed: string,
  inputs: Readonly<Record<string, Uint8Array>>,
  attack?: Attack<A, V, S>,
): Trace<A, V, S> {
  const w = new World<A, V>(procedure.actors, procedure.valueOrder);
  const derivations = [...(attack?.derivations ?? []), ...scheme.derivations];
  const derivation = (use: string) => {
    const spec = derivations.find((d) => d.id === use);
    if (!spec) throw new Error(`scheme ${scheme.id} has no derivation ${use}`);
    return spec;
  };
  const ctx: RunContext<A, V> = {
    seed,
    input: (name) => {
      const bytes = inputs[name];
      if (!bytes) throw new Error(`no input ${name}`);
      return bytes;
    },
    peek: (actor, value) => w.peek(actor, value),
    derive: (use, given) =>
      runDerivation(derivation(use), (name) => {
        const b = given[name];
        if (!b) throw new Error(`derivation ${use} needs ${name}`);
        return b;
      }),
  };

  for (const h of procedure.initial) if (holds(h, scenario)) w.hold(h.actor, h.value, h.bytes(ctx));
  const initial = Object.fromEntries(procedure.actors.map((a) => [a, w.names(a)])) as Record<
    A,
    V[]
  >;

  const specs = stepsOf(procedure, scenario);
  const numberOf = new Map(specs.map((s, n) => [s.id, n]));
  const steps: Trace<A, V, S>['steps'] = [];
  specs.forEach((spec, n) => {
    const text = (t: Text<S> | undefined) => (t === undefined ? undefined : textOf(t, scenario));
    let params = paramsOf(procedure, spec, scenario);
    const send = () => {
      if (spec.kind !== 'message' || !spec.from || !spec.to) return;
      params = w.send(n, spec.from, spec.to, params, attack?.substitute?.[spec.id]);
    };
    const actions = [
      ...(attack?.before?.[spec.id] ?? []),
      ...spec.actions,
      ...(attack?.after?.[spec.id] ?? []),
    ].filter((a) => holds(a, scenario));
    for (const a of actions) {
      switch (a.do) {
        case 'generate': {
          const how = typeof a.how === 'function' ? a.how(ctx) : textOf(a.how, scenario);
          w.generate(n, a.actor, a.value, a.bytes(ctx), how);
          break;
        }
        case 'derive': {
          const d = derivation(a.use);
          const inputs = [...d.key, ...d.params];
          w.derive(n, a.actor, d.output, inputs, (bytes) =>
            runDerivation(d, (name) => bytes[inputs.indexOf(name)]!),
          );
          break;
        }
        case 'copy':
          w.copy(n, a.actor, a.value, a.from, a.how);
          break;
        case 'send':
          send();
          break;
        case 'refer': {
          const target = numberOf.get(a.step);
          if (target === undefined) throw new Error(`step ${spec.id} refers to ${a.step}`);
          w.refer(a.actor, target, a.quote);
          break;
        }
        case 'retire':
          w.retire(n, a.actor, a.value);
          break;
        case 'verify':
          w.verify(a.actor, a.value, a.against);
          break;
      }
    }
    if (!actions.some((a) => a.do === 'send')) send();

    const sentences: QuotedSentence[] = spec.sentences.map((q) =>
      holds(q, scenario) ? q.sentence : { ...q.sentence, other: true },
    );
    const link =
      spec.from && spec.to ? linkBetween(procedure.links, spec.from, spec.to) : undefined;
    const optional = {
      from: spec.from,
      to: spec.to,
      link,
      messageName: text(spec.messageName),
      stage3: text(spec.stage3),
      exposed: text(spec.exposed),
      reading: text(spec.reading),
    };
    const def: StepDef<A, V> = {
      n,
      id: spec.id,
      part: spec.part,
      kind: spec.kind,
      actors: [...(spec.actors ?? (spec.from && spec.to ? [spec.from, spec.to] : []))],
      title: textOf(spec.title, scenario),
      params,
      summary: textOf(spec.summary, scenario),
      narration: textOf(spec.narration, scenario),
      sentences,
    };
    // exactOptionalPropertyTypes: leave out what this step does not have.
    for (const [k, v] of Object.entries(optional))
      if (v !== undefined && v !== '') (def as unknown as Record<string, unknown>)[k] = v;
    steps.push({ def, ...w.endStep() });
  });

  const goals = procedure.goals
    .filter((g) => holds(g, scenario))
    .map(({ actor, value, why }) => ({ actor, value, why }));
  const clauseLast = specs.reduce((last, s, n) => (s.part === 'clause' ? n : last), 0);
  const { id, name, illustrative } = scheme;
  return {
    ...(attack ? { attack: { id: attack.id, actor: attack.actor } } : {}),
    procedure,
    scenario,
    seed,
    initial,
    steps,
    goals,
    clauseLast,
    scheme: { id, name, illustrative },
  };
}
