import { equalBytes, toHex } from './bytes';
import {
  ACTORS,
  VALUE_NAMES,
  type Action,
  type Actor,
  type CarriedParam,
  type Derivation,
  type HeldValue,
  type Holdings,
  type Provenance,
  type ValueName,
} from './types';

/**
 * What the actors hold while a run goes on, and a log of what they do. An actor can only send or
 * use what it holds: a message delivers only the parameters its sender holds, and a derivation
 * whose inputs are missing yields nothing. The log records the attempt either way, so that a
 * review of the flow (src/review) can say what went missing where.
 */
export class World {
  private readonly held = new Map<Actor, Map<ValueName, HeldValue>>(
    ACTORS.map((a) => [a, new Map()]),
  );
  private log: Action[] = [];

  private mine(actor: Actor): Map<ValueName, HeldValue> {
    const m = this.held.get(actor);
    if (!m) throw new Error(`unknown actor ${actor}`);
    return m;
  }

  /** Gives an actor a value with no action: what it holds before the procedure. */
  hold(actor: Actor, name: ValueName, bytes: Uint8Array): void {
    this.put(actor, name, bytes, { kind: 'held' });
  }

  private put(actor: Actor, name: ValueName, bytes: Uint8Array, provenance: Provenance): void {
    this.mine(actor).set(name, { name, bytes, hex: toHex(bytes), provenance });
  }

  has(actor: Actor, name: ValueName): boolean {
    return this.mine(actor).has(name);
  }

  /** The value's bytes, or undefined when the actor does not hold it. */
  peek(actor: Actor, name: ValueName): Uint8Array | undefined {
    return this.mine(actor).get(name)?.bytes;
  }

  generate(step: number, actor: Actor, name: ValueName, bytes: Uint8Array, how: string): void {
    this.log.push({ kind: 'generate', actor, value: name });
    this.put(actor, name, bytes, { kind: 'generated', step, how });
  }

  /** Runs a KDF use at `actor` if it holds every input. */
  derive(
    step: number,
    actor: Actor,
    output: ValueName,
    inputs: ValueName[],
    compute: (bytes: Uint8Array[]) => Derivation,
  ): void {
    this.log.push({ kind: 'derive', actor, value: output, inputs });
    const bytes = inputs.map((n) => this.peek(actor, n));
    if (bytes.every((b): b is Uint8Array => b !== undefined)) {
      const derivation = compute(bytes);
      this.put(actor, output, derivation.out, { kind: 'derived', step, derivation });
    }
  }

  /** Takes a value the actor holds under another name (e.g. the common KD as keying material). */
  copy(step: number, actor: Actor, output: ValueName, source: ValueName, how: string): void {
    this.log.push({ kind: 'derive', actor, value: output, inputs: [source] });
    const bytes = this.peek(actor, source);
    if (bytes) this.put(actor, output, bytes, { kind: 'copied', step, source, how });
  }

  /** Message `step` from `from` to `to`: delivers the parameters the sender holds. */
  send(step: number, from: Actor, to: Actor, params: CarriedParam[]): void {
    this.log.push({ kind: 'send', from, to, message: step, params: params.map((p) => p.name) });
    for (const p of params) {
      const bytes = this.peek(from, p.name);
      const had = this.peek(to, p.name);
      // A value the receiver already holds keeps its first provenance: it learns nothing new.
      if (bytes && !(had && equalBytes(had, bytes)))
        this.put(to, p.name, bytes, { kind: 'received', step, from });
    }
  }

  /** Marks a value the actor no longer uses (it stays listed, as retired). */
  retire(step: number, actor: Actor, name: ValueName): void {
    const v = this.mine(actor).get(name);
    if (v) this.mine(actor).set(name, { ...v, retiredAt: step });
  }

  refer(actor: Actor, message: number, quote: string): void {
    this.log.push({ kind: 'refer', actor, message, quote });
  }

  /** Ends a step: what each actor holds now, and what was done since the last call. */
  endStep(): { holdings: Holdings; actions: Action[] } {
    const order = (v: HeldValue) => VALUE_NAMES.indexOf(v.name);
    const holdings = {} as Holdings;
    for (const a of ACTORS)
      holdings[a] = [...this.mine(a).values()].sort((x, y) => order(x) - order(y));
    const actions = this.log;
    this.log = [];
    return { holdings, actions };
  }

  names(actor: Actor): ValueName[] {
    return [...this.mine(actor).keys()];
  }
}
