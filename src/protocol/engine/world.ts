import { equalBytes, toHex } from '../bytes';
import type {
  Action,
  CarriedParam,
  Derivation,
  HeldValue,
  Holdings,
  Provenance,
  VerifyResult,
} from './types';

/**
 * What the actors hold while a run goes on, and a log of what they do. An actor can only send or
 * use what it holds: a message delivers only the parameters its sender holds, and a derivation
 * whose inputs are missing yields nothing. The log records the attempt either way, so that a
 * review of the flow (src/review) can say what went missing where.
 */
export class World<A extends string, V extends string> {
  private readonly held: Map<A, Map<V, HeldValue<A, V>>>;
  private log: Action<A, V>[] = [];

  constructor(
    private readonly actors: readonly A[],
    private readonly order: readonly V[],
  ) {
    this.held = new Map(actors.map((a) => [a, new Map()]));
  }

  private mine(actor: A): Map<V, HeldValue<A, V>> {
    const m = this.held.get(actor);
    if (!m) throw new Error(`unknown actor ${actor}`);
    return m;
  }

  /** Gives an actor a value with no action: what it holds before the procedure. */
  hold(actor: A, name: V, bytes: Uint8Array): void {
    this.put(actor, name, bytes, { kind: 'held' });
  }

  private put(actor: A, name: V, bytes: Uint8Array, provenance: Provenance<A, V>): void {
    this.mine(actor).set(name, { name, bytes, hex: toHex(bytes), provenance });
  }

  /** The value's bytes, or undefined when the actor does not hold it. */
  peek(actor: A, name: V): Uint8Array | undefined {
    return this.mine(actor).get(name)?.bytes;
  }

  generate(step: number, actor: A, name: V, bytes: Uint8Array, how: string): void {
    this.log.push({ kind: 'generate', actor, value: name });
    this.put(actor, name, bytes, { kind: 'generated', step, how });
  }

  /** Runs a KDF use at `actor` if it holds every input. */
  derive(
    step: number,
    actor: A,
    output: V,
    inputs: V[],
    compute: (bytes: Uint8Array[]) => Derivation<V>,
  ): void {
    this.log.push({ kind: 'derive', actor, value: output, inputs });
    const bytes = inputs.map((n) => this.peek(actor, n));
    if (bytes.every((b): b is Uint8Array => b !== undefined)) {
      const derivation = compute(bytes);
      this.put(actor, output, derivation.out, { kind: 'derived', step, derivation });
    }
  }

  /** Takes a value the actor holds under another name (e.g. the common KD as keying material). */
  copy(step: number, actor: A, output: V, source: V, how: string): void {
    this.log.push({ kind: 'derive', actor, value: output, inputs: [source] });
    const bytes = this.peek(actor, source);
    if (bytes) this.put(actor, output, bytes, { kind: 'copied', step, source, how });
  }

  /**
   * Message `step` from `from` to `to`: delivers the parameters the sender holds, and returns
   * them as carried, each one the sender lacks marked `missing`.
   */
  send(
    step: number,
    from: A,
    to: A,
    params: readonly CarriedParam<V>[],
    instead: Partial<Record<V, V>> = {},
  ): CarriedParam<V>[] {
    this.log.push({ kind: 'send', from, to, message: step, params: params.map((p) => p.name) });
    return params.map((p) => {
      // An attacking sender puts other bytes it holds in the parameter's place.
      const other = instead[p.name];
      const swapped = other === undefined ? undefined : this.peek(from, other);
      const bytes = swapped ?? this.peek(from, p.name);
      if (!bytes) return { ...p, missing: true };
      if (swapped) {
        this.put(to, p.name, bytes, { kind: 'received', step, from });
        return { ...p, substituted: true };
      }
      const had = this.peek(to, p.name);
      // A value the receiver already holds keeps its first provenance: it learns nothing new.
      if (!(had && equalBytes(had, bytes)))
        this.put(to, p.name, bytes, { kind: 'received', step, from });
      return p;
    });
  }

  /** Marks a value the actor no longer uses (it stays listed, as retired). */
  retire(step: number, actor: A, name: V): void {
    const v = this.mine(actor).get(name);
    if (v) this.mine(actor).set(name, { ...v, retiredAt: step });
  }

  /**
   * `actor` compares a value it received with its own computation of it (a MAC against the one it
   * derived): only bytes it holds count, so a value it lacks on either side cannot match.
   */
  verify(actor: A, value: V, against: V): VerifyResult {
    const got = this.peek(actor, value);
    const own = this.peek(actor, against);
    const result = !got || !own ? 'missing' : equalBytes(got, own) ? 'match' : 'mismatch';
    this.log.push({ kind: 'verify', actor, value, against, result });
    return result;
  }

  refer(actor: A, message: number, quote: string): void {
    this.log.push({ kind: 'refer', actor, message, quote });
  }

  /** Ends a step: what each actor holds now, and what was done since the last call. */
  endStep(): { holdings: Holdings<A, V>; actions: Action<A, V>[] } {
    const order = (v: HeldValue<A, V>) => this.order.indexOf(v.name);
    const holdings = {} as Holdings<A, V>;
    for (const a of this.actors)
      holdings[a] = [...this.mine(a).values()].sort((x, y) => order(x) - order(y));
    const actions = this.log;
    this.log = [];
    return { holdings, actions };
  }

  names(actor: A): V[] {
    return [...this.mine(actor).keys()];
  }
}
