import type * as z from 'zod';

/**
 * A zod schema turned, once, into plain functions that build the same output as `schema.safeParse`
 * when the input is valid. Zod's own parse allocates a result and an issue list for every value and
 * runs generic code for each: on a 2,000-purpose declaration it took twice as long as this.
 * The fast path only answers "valid, here is the value" (shaped as zod's success) or undefined, "ask
 * zod": an input it does not accept, and a schema feature it does not model, go to zod, which then
 * says what is wrong. The semantics copied here are zod 4's (objects, arrays, optional, default,
 * union, enums, literals, scalars); checks and formats run zod's own code. fast-parse.test.ts
 * compares both on the example declarations, the rule fixtures and broken inputs.
 */
export function createFastParse<T>(
  schema: z.ZodType<T>,
): (input: unknown) => { readonly success: true; readonly data: T } | undefined {
  let node: Node | undefined;
  return (input) => {
    node ??= compile(schema as unknown as Schema);
    const value = node(input);
    return value === FAIL ? undefined : { success: true, data: value as T };
  };
}

/** What this module reads of zod's internals (zod/v4/core `$ZodTypeInternals`). */
interface Schema {
  readonly _zod: {
    readonly def: Def;
    readonly traits: ReadonlySet<string>;
    readonly optin?: 'optional' | 'defaulted' | undefined;
    readonly optout?: 'optional' | undefined;
    readonly values?: ReadonlySet<unknown> | undefined;
    run(payload: Payload, ctx: { readonly async: false }): Payload | Promise<Payload>;
    check?(payload: Payload): unknown;
  };
}

interface Def {
  readonly type: string;
  readonly checks?: readonly Schema[];
  readonly coerce?: boolean;
  readonly when?: (payload: Payload) => boolean;
  readonly [key: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

type Node = (input: unknown) => unknown;

const FAIL: unique symbol = Symbol('not accepted by the fast path');

function compile(schema: Schema): Node {
  const { def, traits } = schema._zod;
  const node = compileType(schema);
  if (node === undefined) return delegate(schema);
  // As in zod: a schema that is itself a check (email, url, date formats) runs first, then its checks.
  const checks = traits.has('$ZodCheck') ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
  return checks.length === 0 ? node : withChecks(node, checks);
}

/** The node for one kind of schema, or undefined when zod must run it. */
function compileType(schema: Schema): Node | undefined {
  const { def, values } = schema._zod;
  switch (def.type) {
    case 'string':
      return def.coerce ? undefined : (input) => (typeof input === 'string' ? input : FAIL);
    case 'boolean':
      return def.coerce ? undefined : (input) => (typeof input === 'boolean' ? input : FAIL);
    case 'number':
      return def.coerce ? undefined : (input) => (typeof input === 'number' && Number.isFinite(input) ? input : FAIL);
    case 'enum':
    case 'literal':
      return values ? (input) => (values.has(input) ? input : FAIL) : undefined;
    case 'unknown':
    case 'any':
      return (input) => input;
    case 'optional':
      return compileOptional(def.innerType as Schema);
    case 'default':
      return compileDefault(def);
    case 'array':
      return compileArray(compile(def.element as Schema));
    case 'object':
      return compileObject(def);
    case 'union':
      return compileUnion(def);
    default:
      return undefined;
  }
}

function compileOptional(inner: Schema): Node | undefined {
  // An optional default substitutes its default for absence: rare, left to zod.
  if (inner._zod.optin === 'defaulted') return undefined;
  const node = compile(inner);
  return (input) => (input === undefined ? undefined : node(input));
}

function compileDefault(def: Def): Node {
  const node = compile(def.innerType as Schema);
  // `defaultValue` is a getter that gives each parse its own copy, as zod reads it.
  return (input) => {
    if (input === undefined) return def.defaultValue;
    const value = node(input);
    return value === undefined ? def.defaultValue : value;
  };
}

function compileArray(element: Node): Node {
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === FAIL) return FAIL;
      out[i] = value;
    }
    return out;
  };
}

function compileObject(def: Def): Node | undefined {
  const catchall = def.catchall as Schema | undefined;
  const strict = catchall?._zod.def.type === 'never';
  // Only strict objects (unknown keys refused) and plain ones (unknown keys dropped).
  if (catchall !== undefined && !strict) return undefined;
  const shape = def.shape as Record<string, Schema>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return undefined;
  const known = new Set(keys);
  const nodes = keys.map((key) => compile(shape[key] as Schema));
  const optins = keys.map((key) => (shape[key] as Schema)._zod.optin);
  const optionals = keys.map((key) => (shape[key] as Schema)._zod.optout === 'optional');
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      // zod's handlePropertyResult, for a property without issues.
      const key = keys[i] as string;
      const optin = optins[i];
      const optional = optionals[i];
      const present = key in source;
      if (!present && optional && optin === 'optional') continue;
      const value = (nodes[i] as Node)(source[key]);
      if (value === FAIL) {
        if (optin !== undefined && optional && !present) continue;
        return FAIL;
      }
      if (!present && optin === undefined) return FAIL;
      if (value !== undefined) out[key] = value;
      else if (present || (optin === 'defaulted' && !optional)) out[key] = undefined;
    }
    if (strict) {
      for (const key in source) if (!known.has(key)) return FAIL;
    }
    return out;
  };
}

function compileUnion(def: Def): Node | undefined {
  const options = def.options as readonly Schema[];
  if (options.length === 1) return compile(options[0] as Schema);
  // Exclusive and discriminated unions choose differently: left to zod.
  if (def.inclusive === false || def.discriminator !== undefined) return undefined;
  const nodes = options.map(compile);
  return (input) => {
    for (const node of nodes) {
      const value = node(input);
      if (value !== FAIL) return value;
    }
    return FAIL;
  };
}

/** Runs zod's own checks (regex, length, formats, refinements) on the value, as zod's runChecks does. */
function withChecks(node: Node, checks: readonly Schema[]): Node {
  // One payload per node, reused: a check only reads it and adds issues, and nodes form a tree, so a
  // node's checks never run while another value of the same node is being checked.
  const payload: Payload = { value: undefined, issues: [] };
  return (input) => {
    const value = node(input);
    if (value === FAIL) return FAIL;
    payload.value = value;
    payload.issues.length = 0;
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      const run = check._zod.check;
      if (!run || run(payload) instanceof Promise || payload.issues.length > 0) return FAIL;
    }
    const checked = payload.value;
    payload.value = undefined;
    return checked;
  };
}

/** A schema this module does not model: zod runs it, and its result stands. */
function delegate(schema: Schema): Node {
  return (input) => {
    // A context of its own, as safeParse makes one per parse: zod may keep state on it (cycles).
    const result = schema._zod.run({ value: input, issues: [] }, { async: false });
    return result instanceof Promise || result.issues.length > 0 ? FAIL : result.value;
  };
}
