import { CORE_SCHEMA, load, type State, YAMLException } from 'js-yaml';

/**
 * A parsed YAML node's place in the file. Mapping nodes keep their children as alternating
 * key and value nodes, in file order, so a path can be walked back to the key a person edits.
 */
interface YamlNode {
  readonly line: number;
  readonly column: number;
  kind?: string;
  /** The scalar value, kept so mapping keys can be matched. */
  scalar?: unknown;
  readonly children: YamlNode[];
}

type YamlParse =
  | { readonly ok: true; readonly value: unknown; readonly positions: YamlPositions }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: string };

const SCHEMA = CORE_SCHEMA;

/** js-yaml's open/close events as numbers: an open is [line, column] (0-based, >= 0), a close is -1 - kind. */
interface RecordedEvents {
  readonly events: number[];
  readonly scalars: unknown[];
}

/**
 * Where each node of a file starts. Recording positions costs a third of the parse and most runs
 * never ask for one (a notice never does), so by default the file is parsed a second time, with
 * js-yaml's open/close events, on the first request. A caller that will ask (vigie check) records
 * the events during the first parse instead, as a flat array of numbers: cheaper than a second parse.
 */
export class YamlPositions {
  readonly #source: RecordedEvents | { readonly text: string; readonly filename: string };
  #root: YamlNode | undefined;
  #built = false;

  constructor(source: RecordedEvents | { readonly text: string; readonly filename: string }) {
    this.#source = source;
  }

  get root(): YamlNode | undefined {
    if (!this.#built) {
      const source = this.#source;
      this.#root = treeOf('events' in source ? source : recordEvents(source.text, source.filename).recorded);
      this.#built = true;
    }
    return this.#root;
  }
}

function recordEvents(text: string, filename: string): { value: unknown; recorded: RecordedEvents } {
  const events: number[] = [];
  const scalars: unknown[] = [];
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') events.push(state.line, state.position - state.lineStart);
    else if (state.kind === 'mapping') events.push(-2);
    else if (state.kind === 'sequence') events.push(-3);
    else {
      // Scalars, and empty nodes (`key:` with no value), which js-yaml leaves without a kind.
      events.push(-1);
      scalars.push(state.result);
    }
  };
  const value = load(text, { filename, schema: SCHEMA, listener });
  return { value, recorded: { events, scalars } };
}

const KINDS = ['scalar', 'mapping', 'sequence'] as const;

function treeOf({ events, scalars }: RecordedEvents): YamlNode | undefined {
  const stack: YamlNode[] = [];
  let root: YamlNode | undefined;
  let scalar = 0;
  for (let i = 0; i < events.length; ) {
    const head = events[i] as number;
    if (head >= 0) {
      stack.push({ line: head + 1, column: (events[i + 1] as number) + 1, children: [] });
      i += 2;
      continue;
    }
    i += 1;
    const node = stack.pop();
    if (!node) continue;
    node.kind = KINDS[-1 - head];
    if (node.kind === 'scalar') node.scalar = scalars[scalar++];
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else root = node;
  }
  return root;
}

/**
 * Parses a declaration file with js-yaml. The `yaml` package keeps a full CST and took ten times
 * longer on a 2,000-purpose declaration. YAML 1.2 core schema: dates stay text, as the schema expects.
 * With `recordPositions`, node positions are recorded during this parse rather than on demand.
 */
export function parseYaml(text: string, filename: string, recordPositions = false): YamlParse {
  try {
    if (recordPositions) {
      const { value, recorded } = recordEvents(text, filename);
      return { ok: true, value, positions: new YamlPositions(recorded) };
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
export function nodeAt(root: YamlNode, path: readonly (string | number)[]): YamlNode {
  let best = root;
  let node: YamlNode | undefined = root;
  for (const step of path) {
    if (!node) break;
    if (node.kind === 'mapping') {
      let next: YamlNode | undefined;
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i] as YamlNode;
        if (key.scalar === step || String(key.scalar) === String(step)) {
          best = key;
          next = node.children[i + 1];
          break;
        }
      }
      node = next;
    } else if (node.kind === 'sequence' && typeof step === 'number') {
      node = node.children[step];
      if (node) best = node;
    } else {
      break;
    }
  }
  return best;
}
