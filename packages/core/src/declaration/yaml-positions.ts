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

const KINDS = ['scalar', 'mapping', 'sequence'] as const;

/**
 * Where each node of a file starts, recorded while parsing as a flat stream of numbers (cheap: no
 * object per node) and turned into a tree only when a position is first asked for: a notice never
 * asks, a check asks only when a rule is broken.
 */
export class YamlPositions {
  readonly #events: number[];
  readonly #scalars: unknown[];
  #root: YamlNode | undefined;
  #built = false;

  constructor(events: number[], scalars: unknown[]) {
    this.#events = events;
    this.#scalars = scalars;
  }

  get root(): YamlNode | undefined {
    if (!this.#built) {
      this.#root = this.#build();
      this.#built = true;
    }
    return this.#root;
  }

  #build(): YamlNode | undefined {
    const events = this.#events;
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
      if (node.kind === 'scalar') node.scalar = this.#scalars[scalar++];
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root = node;
    }
    return root;
  }
}

/**
 * Parses YAML with js-yaml's event listener to record where each node starts. The `yaml` package
 * keeps a full CST instead and is ten times slower on a 2,000-purpose declaration; positions are
 * all the checker needs. YAML 1.2 core schema: dates stay text, as the declaration schema expects.
 */
export function parseYaml(text: string, filename: string): YamlParse {
  // Events: an open is [line, column] (both >= 0, 0-based); a close is -1 - kind index.
  const events: number[] = [];
  const scalars: unknown[] = [];
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      events.push(state.line, state.position - state.lineStart);
    } else if (state.kind === 'mapping') {
      events.push(-2);
    } else if (state.kind === 'sequence') {
      events.push(-3);
    } else {
      // Scalars, and empty nodes (`key:` with no value), which js-yaml leaves without a kind.
      events.push(-1);
      scalars.push(state.result);
    }
  };
  try {
    const value = load(text, { filename, schema: CORE_SCHEMA, listener });
    return { ok: true, value, positions: new YamlPositions(events, scalars) };
  } catch (error) {
    if (error instanceof YAMLException) {
      return { ok: false, line: error.mark.line + 1, column: error.mark.column + 1, reason: error.reason };
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
