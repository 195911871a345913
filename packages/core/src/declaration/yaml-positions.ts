import { CORE_SCHEMA, load, type State, YAMLException } from 'js-yaml';

/**
 * Every node of a file in arrays indexed by node number, in file order (a node comes before its
 * children). Flat typed arrays rather than one object per node: a 2,000-purpose declaration has some
 * 120,000 nodes, and building them as objects cost more than finding the few places a check reports.
 */
interface NodeIndex {
  readonly count: number;
  /** 1-based line and column where each node starts. */
  readonly line: Int32Array;
  readonly column: Int32Array;
  /** SCALAR, MAPPING or SEQUENCE. */
  readonly kind: Uint8Array;
  /** The number of the first node after each node's subtree: a node's children are n + 1, end[n + 1], … */
  readonly end: Int32Array;
  /** For scalars, 1 + the index of their value in `scalars`; 0 for the others. */
  readonly scalarAt: Int32Array;
  readonly scalars: readonly unknown[];
}

type YamlParse =
  | { readonly ok: true; readonly value: unknown; readonly positions: YamlPositions }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: string };

const SCHEMA = CORE_SCHEMA;

/**
 * Where each node of a file starts. Recording positions costs a fifth of the parse and most runs
 * never ask for one (a notice never does), so by default the file is parsed a second time, with
 * js-yaml's open/close events, on the first request. A caller that will ask (vigie check) records
 * them during the first parse instead: cheaper than a second parse.
 */
export class YamlPositions {
  #source: NodeIndex | { readonly text: string; readonly filename: string };

  constructor(source: NodeIndex | { readonly text: string; readonly filename: string }) {
    this.#source = source;
  }

  /** Where the node at `path` starts, or its nearest ancestor that exists; undefined for an empty file. */
  positionOf(path: readonly (string | number)[]): { readonly line: number; readonly column: number } | undefined {
    let index = this.#source;
    if ('text' in index) {
      index = parseRecording(index.text, index.filename).index;
      this.#source = index;
    }
    if (index.count === 0) return undefined;
    const node = nodeAt(index, path);
    return { line: index.line[node] as number, column: index.column[node] as number };
  }
}

const SCALAR = 0;
const MAPPING = 1;
const SEQUENCE = 2;

/**
 * Parses with js-yaml's open/close events and numbers the nodes as they open, straight into growing
 * typed arrays: no object per node, and no second pass over a list of events.
 */
function parseRecording(text: string, filename: string): { value: unknown; index: NodeIndex } {
  let capacity = 4096;
  let line = new Int32Array(capacity);
  let column = new Int32Array(capacity);
  let kind = new Uint8Array(capacity);
  let end = new Int32Array(capacity);
  let scalarAt = new Int32Array(capacity);
  const scalars: unknown[] = [];
  const open: number[] = [];
  let count = 0;
  const grow = () => {
    capacity *= 2;
    const wider = <T extends Int32Array | Uint8Array>(array: T, next: T): T => {
      next.set(array);
      return next;
    };
    line = wider(line, new Int32Array(capacity));
    column = wider(column, new Int32Array(capacity));
    kind = wider(kind, new Uint8Array(capacity));
    end = wider(end, new Int32Array(capacity));
    scalarAt = wider(scalarAt, new Int32Array(capacity));
  };
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      if (count === capacity) grow();
      line[count] = state.line + 1;
      column[count] = state.position - state.lineStart + 1;
      open.push(count++);
      return;
    }
    const node = open.pop();
    if (node === undefined) return;
    end[node] = count;
    if (state.kind === 'mapping') kind[node] = MAPPING;
    else if (state.kind === 'sequence') kind[node] = SEQUENCE;
    else {
      // Scalars, and empty nodes (`key:` with no value), which js-yaml leaves without a kind.
      kind[node] = SCALAR;
      scalarAt[node] = scalars.push(state.result);
    }
  };
  const value = load(text, { filename, schema: SCHEMA, listener });
  return { value, index: { count, line, column, kind, end, scalarAt, scalars } };
}

/**
 * Parses a declaration file with js-yaml. The `yaml` package keeps a full CST and took ten times
 * longer on a 2,000-purpose declaration. YAML 1.2 core schema: dates stay text, as the schema expects.
 * With `recordPositions`, node positions are recorded during this parse rather than on demand.
 */
export function parseYaml(text: string, filename: string, recordPositions = false): YamlParse {
  try {
    if (recordPositions) {
      const { value, index } = parseRecording(text, filename);
      return { ok: true, value, positions: new YamlPositions(index) };
    }
    const value = load(text, { filename, schema: SCHEMA });
    return { ok: true, value, positions: new YamlPositions({ text, filename }) };
  } catch (error) {
    if (error instanceof YAMLException) {
      // Some errors (several documents in one file) come without a mark: point at the file's start.
      const mark = error.mark as YAMLException['mark'] | undefined;
      return { ok: false, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, reason: error.reason };
    }
    throw error;
  }
}

/** The node at `path`, or the nearest ancestor that exists; keys are preferred to their values. */
function nodeAt(index: NodeIndex, path: readonly (string | number)[]): number {
  const { kind, end, scalarAt, scalars } = index;
  let best = 0;
  let node: number | undefined = 0;
  for (const step of path) {
    if (node === undefined) break;
    const last = end[node] as number;
    if (kind[node] === MAPPING) {
      let next: number | undefined;
      // Children alternate key and value.
      for (let key = node + 1; key < last; ) {
        const value = end[key] as number;
        if (value >= last) break;
        const at = scalarAt[key] as number;
        const keyScalar = at === 0 ? undefined : scalars[at - 1];
        if (keyScalar === step || String(keyScalar) === String(step)) {
          best = key;
          next = value;
          break;
        }
        key = end[value] as number;
      }
      node = next;
    } else if (kind[node] === SEQUENCE && typeof step === 'number') {
      let child: number | undefined = node + 1;
      for (let i = 0; i < step && child < last; i++) child = end[child] as number;
      node = Number.isInteger(step) && step >= 0 && child < last ? child : undefined;
      if (node !== undefined) best = node;
    } else {
      break;
    }
  }
  return best;
}
