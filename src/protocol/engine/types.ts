/**
 * The shape of a procedure as data, and of the trace one run of it gives. Nothing here knows
 * clause 6.3.4.3.2: `A` is the procedure's actors, `V` its value names, `S` its scenario. The
 * clause's own procedure is `src/protocol/procedure/`; a test builds a tiny second one from the
 * same types (engine/run.test.ts).
 */

/** A predicate over the scenario: where a step, a parameter, an action or a text varies. */
export type When<S> = (scenario: S) => boolean;

/** Text that varies with the scenario: a string, or parts each kept where its `when` holds. */
export type Text<S> = string | readonly { when?: When<S>; text: string }[];

/** How the UI writes a value and whether kdflow made it up. */
export interface ValueSpec {
  label: string;
  /** One line on what it is; says "illustrative" where the text leaves it open. */
  about: string;
  format: 'hex' | 'int';
  /** kdflow's own choice (a format, a size, a formula) where the text gives none. */
  illustrative: boolean;
}

/**
 * What a passive eavesdropper on a link sees: `clear` (nothing protects it), `ciphered` (only
 * ciphertext). `why` says what protects it, with its source.
 */
export interface LinkSpec<A extends string> {
  id: string;
  between: readonly [A, A];
  label: string;
  protection: 'clear' | 'ciphered';
  why: string;
}

/** One field of the scenario, with its choices, as the pickers, the URL and the report show it. */
export interface ScenarioField<S> {
  key: keyof S & string;
  /** The picker's short label (named after the link's field). */
  label: string;
  /** What the field chooses, in a few words. */
  about: string;
  choices: readonly { value: string; short: string; long: string }[];
  /** Old URL values that still open, and what they open as (`trigger=0a` → `0a-drr`). */
  aliases?: Readonly<Record<string, string>>;
  /** Old names of the field's key that links and reports may still use (`mode` → `scheme`). */
  formerKeys?: readonly string[];
}

/**
 * Why a message carries a parameter. `named`: the text names it. `ffs`: kdflow fills it in under
 * "Other parameters are FFS". `inferred`: the text implies it without saying it is sent.
 */
export type Basis = 'named' | 'ffs' | 'inferred';

/** The clause's own steps, or the continuation a tool adds after it (not text under review). */
export type StepPart = 'clause' | 'continuation';

/** A parameter of a message: a value, or every parameter another step's message carries. */
export type ParamSpec<V extends string, S> =
  { name: V; basis: Basis; when?: When<S> } | { sameAs: string; when?: When<S> };

/** Bytes a run draws: from the inputs, the seed, what actors hold, or the scheme. */
export interface RunContext<A extends string, V extends string> {
  seed: string;
  input(name: string): Uint8Array;
  peek(actor: A, value: V): Uint8Array | undefined;
  /** One of the scheme's derivations over given bytes, by name (for values held before). */
  derive(use: string, bytes: Partial<Record<V, Uint8Array>>): Derivation<V>;
}
export type Source<A extends string, V extends string> = (ctx: RunContext<A, V>) => Uint8Array;

/** What an actor does in a step. A message step's `send` runs where it is listed (else last). */
export type StepAction<A extends string, V extends string, S> = { when?: When<S> } & (
  | {
      do: 'generate';
      actor: A;
      value: V;
      bytes: Source<A, V>;
      how: Text<S> | ((ctx: RunContext<A, V>) => string);
    }
  /** Runs the scheme's derivation `use` at `actor`, if it holds every input. */
  | { do: 'derive'; actor: A; use: string }
  /** Takes a value the actor holds under another name (the common KD as keying material). */
  | { do: 'copy'; actor: A; value: V; from: V; how: string }
  | { do: 'send' }
  /** The text has `actor` use "the parameters received in" the message of step `step` (an id). */
  | { do: 'refer'; actor: A; step: string; quote: string }
  /** The actor stops using a value (it stays listed, as retired). */
  | { do: 'retire'; actor: A; value: V }
  /**
   * The actor compares a value it received (`value`, a MAC) with the one it computed itself
   * (`against`, derived beforehand): the trace records who verified what, and whether it matched.
   */
  | { do: 'verify'; actor: A; value: V; against: V }
);

/** A sentence of the clause a step quotes; where `when` fails it belongs to another alternative. */
export interface Quote<S> {
  sentence: ClauseSentence;
  when?: When<S>;
}

export type SentenceKind = 'normative' | 'ffs' | 'editors-note' | 'caption';
export interface ClauseSentence {
  text: string;
  kind: SentenceKind;
}

/**
 * One step of a procedure: a trigger, a message or a calculation, with what its actors do, what
 * it carries and every text about it. A step whose `when` fails is not part of that scenario; the
 * steps that are get their numbers in order, from 0.
 */
export interface StepSpec<A extends string, V extends string, S> {
  /** Stable name of the step (an anchor, and what `sameAs` and `refer` point at). */
  id: string;
  when?: When<S>;
  /** The clause's own steps, or kdflow's continuation after it (illustrative). */
  part: StepPart;
  kind: 'trigger' | 'message' | 'calculation';
  /** Sender and receiver of a message. */
  from?: A;
  to?: A;
  /** Who acts in a trigger or a calculation (a message: sender and receiver). */
  actors?: readonly A[];
  title: Text<S>;
  /** The message's name where one is given. */
  messageName?: Text<S>;
  /** Where the study's name differs from stage 3's, stage 3's name and where it is from. */
  stage3?: Text<S>;
  params?: readonly ParamSpec<V, S>[];
  /** Why this message is seen in clear although its link is protected (a NAS initial message). */
  exposed?: Text<S>;
  actions: readonly StepAction<A, V, S>[];
  /** What the step does, in one line (kdflow's words). */
  summary: Text<S>;
  /** Where kdflow reads the text one way to make the flow work, said plainly. */
  reading?: Text<S>;
  /** The step told in plain words for students. */
  narration: Text<S>;
  sentences: readonly Quote<S>[];
}

/**
 * One derivation of a key-establishment scheme: a KDF use (TS 33.220 B.2), KDF(key…, FC,
 * params…), or an X25519 scalar multiplication (RFC 7748): the public key of the private `key`
 * when `params` is empty (X25519(k, 9)), else the shared secret with the peer's public key.
 */
export type DerivationSpec<V extends string> = KdfSpec<V> | X25519Spec<V>;

interface SpecCommon<V extends string> {
  id: string;
  output: V;
  /** kdflow's choice where the text leaves it FFS (an unallocated FC, a made-up formula). */
  illustrative: boolean;
  /** What it is and why, in a sentence, with its source or analogue. */
  doc: string;
}

export interface KdfSpec<V extends string> extends SpecCommon<V> {
  fn?: 'kdf';
  /** The values whose bytes, concatenated in this order, form the key. */
  key: readonly V[];
  fc: number;
  params: readonly V[];
}

export interface X25519Spec<V extends string> extends SpecCommon<V> {
  fn: 'x25519';
  /** The private key (the scalar). */
  key: readonly [V];
  /** None: the public key, X25519(k, 9). One: the peer's public key, for the shared secret. */
  params: readonly [] | readonly [V];
}

/** A key-establishment scheme: the derivations a procedure's `derive` actions name. */
export interface KeyScheme<V extends string> {
  id: string;
  name: string;
  /** The scheme in a few words, as the scenario picker shows it. */
  short: string;
  illustrative: boolean;
  doc: string;
  derivations: readonly DerivationSpec<V>[];
  /** The values of its own a peer's panel lists among the keys, before the shared key. */
  keys?: readonly V[];
}

export interface Goal<A extends string, V extends string> {
  actor: A;
  value: V;
  why: string;
}

/** A whole procedure: its text, actors, links, vocabulary, scenario fields and steps. */
export interface Procedure<A extends string, V extends string, S> {
  id: string;
  clause: {
    number: string;
    title: string;
    caption: string;
    preamble: readonly ClauseSentence[];
  };
  actors: readonly A[];
  links: readonly LinkSpec<A>[];
  /** The value vocabulary, in the order panels and tables list values. */
  values: Readonly<Record<V, ValueSpec>>;
  valueOrder: readonly V[];
  fields: readonly ScenarioField<S>[];
  defaultScenario: S;
  /** What each actor holds before the procedure. */
  initial: readonly { actor: A; value: V; bytes: Source<A, V>; when?: When<S> }[];
  steps: readonly StepSpec<A, V, S>[];
  goals: readonly (Goal<A, V> & { when?: When<S> })[];
  /** Who must end up sharing which key, and who is the network (for the data-flow review). */
  roles: { peers: readonly [A, A]; network: readonly A[]; sharedKey: V };
  /**
   * Readings that carry less: where `when` holds, a message of `part` carries only the parameters
   * whose basis is listed (a strict reading drops what kdflow fills in or infers).
   */
  carries?: readonly { when: When<S>; part: StepPart; bases: readonly Basis[] }[];
}

/**
 * An attacker replayed through the interpreter: actions of its own before or after a step's
 * (drawing its keys, computing what it can), derivations of its own, and, where it sends a
 * message, other bytes it holds in a parameter's place. A passive attacker has no substitution.
 */
export interface Attack<A extends string, V extends string, S> {
  id: string;
  /** The actor the attacker is, or sits beside. */
  actor: A;
  before?: Readonly<Record<string, readonly StepAction<A, V, S>[]>>;
  after?: Readonly<Record<string, readonly StepAction<A, V, S>[]>>;
  derivations?: readonly DerivationSpec<V>[];
  /** By step id: a carried value → the value whose bytes the sender puts in its place. */
  substitute?: Readonly<Record<string, Partial<Record<V, V>>>>;
}

// ---- What a run gives ----

/** One derivation as a run made it, kept whole so that anyone can recompute it. */
export type Derivation<V extends string> = KdfDerivation<V> | X25519Derivation<V>;

interface DerivationCommon<V extends string> {
  /** The scheme's derivation this is. */
  use: string;
  output: V;
  keyNames: V[];
  key: Uint8Array;
  params: { name: V; bytes: Uint8Array }[];
  out: Uint8Array;
  illustrative: boolean;
  doc: string;
}

export interface KdfDerivation<V extends string> extends DerivationCommon<V> {
  fn: 'kdf';
  fc: number;
  /** S = FC || P0 || L0 || … as fed to HMAC-SHA-256. */
  s: Uint8Array;
}

/** X25519(key, params[0]), or X25519(key, 9) when there is no param (a public key). */
export interface X25519Derivation<V extends string> extends DerivationCommon<V> {
  fn: 'x25519';
}

export type Provenance<A extends string, V extends string> =
  | { kind: 'held' }
  | { kind: 'generated'; step: number; how: string }
  | { kind: 'received'; step: number; from: A }
  | { kind: 'derived'; step: number; derivation: Derivation<V> }
  | { kind: 'copied'; step: number; source: V; how: string };

export interface HeldValue<A extends string, V extends string> {
  name: V;
  bytes: Uint8Array;
  hex: string;
  provenance: Provenance<A, V>;
  /** The step at which the actor stopped using it (an old KD after rekeying). */
  retiredAt?: number;
}

/** A parameter as one message carried it; `missing` when its sender did not hold it. */
export interface CarriedParam<V extends string> {
  name: V;
  basis: Basis;
  missing?: true;
  /** An attacking sender put other bytes in its place (the receiver cannot tell). */
  substituted?: true;
}

/** A quoted sentence in a run: `other` when it belongs to another alternative of the step. */
export interface QuotedSentence extends ClauseSentence {
  other?: true;
}

/** A step as it is in one scenario: every text resolved, its number given. */
export interface StepDef<A extends string, V extends string> {
  n: number;
  id: string;
  part: StepPart;
  kind: 'trigger' | 'message' | 'calculation';
  from?: A;
  to?: A;
  actors: A[];
  /** The link a message crosses (a LinkSpec id). */
  link?: string;
  title: string;
  messageName?: string;
  stage3?: string;
  params: CarriedParam<V>[];
  exposed?: string;
  summary: string;
  reading?: string;
  narration: string;
  sentences: readonly QuotedSentence[];
}

/** What an actor does in a step, by value name only: the data flow that a review checks. */
export type Action<A extends string, V extends string> =
  | { kind: 'generate'; actor: A; value: V }
  | { kind: 'derive'; actor: A; value: V; inputs: V[] }
  | { kind: 'send'; from: A; to: A; message: number; params: V[] }
  /** The text has `actor` use "the parameters received in message N". */
  | { kind: 'refer'; actor: A; message: number; quote: string }
  /**
   * `actor` compared `value` (received) with `against` (its own computation): `match` when both
   * are held with the same bytes, `mismatch` when they differ, `missing` when it lacks either.
   */
  | { kind: 'verify'; actor: A; value: V; against: V; result: VerifyResult };

export type VerifyResult = 'match' | 'mismatch' | 'missing';

export type Holdings<A extends string, V extends string> = Record<A, HeldValue<A, V>[]>;

export interface TraceStep<A extends string, V extends string> {
  def: StepDef<A, V>;
  actions: Action<A, V>[];
  holdings: Holdings<A, V>;
}

export interface Trace<A extends string, V extends string, S> {
  procedure: Procedure<A, V, S>;
  scenario: S;
  seed: string;
  /** What each actor holds before the procedure. */
  initial: Record<A, V[]>;
  steps: TraceStep<A, V>[];
  goals: Goal<A, V>[];
  /** The number of the clause's last step (what follows is kdflow's continuation). */
  clauseLast: number;
  /** The attacker replayed in this run, if any. */
  attack?: Pick<Attack<A, V, S>, 'id' | 'actor'>;
  /** The key scheme the run used: whether it is illustrative says what the review may blame. */
  scheme?: Pick<KeyScheme<V>, 'id' | 'name' | 'illustrative'>;
}
