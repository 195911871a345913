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

/**
 * Where each node of a file starts. Recording positions costs a third of the parse, and most runs
 * never ask for one (a notice never does; a check only when a rule is broken), so the file is
 * parsed a second time, with js-yaml's open/close events, on the first request.
 */
export class YamlPositions {
  readonly #text: string;
  readonly #filename: string;
  #root: YamlNode | undefined;
  #built = false;

  constructor(text: string, filename: string) {
    this.#text = text;
    this.#filename = filename;
  }

  get root(): YamlNode | undefined {
    if (!this.#built) {
      this.#root = this.#build();
      this.#built = true;
    }
    return this.#root;
  }

  #build(): YamlNode | undefined {
    const stack: YamlNode[] = [];
    let root: YamlNode | undefined;
    const listener = (event: 'open' | 'close', state: State) => {
      if (event === 'open') {
        stack.push({ line: state.line + 1, column: state.position - state.lineStart + 1, children: [] });
        return;
      }
      const node = stack.pop();
      if (!node) return;
      node.kind = state.kind ?? 'scalar';
      if (node.kind === 'scalar') node.scalar = state.result;
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root = node;
    };
    load(this.#text, { filename: this.#filename, schema: SCHEMA, listener });
    return root;
  }
}

/**
 * Parses a declaration file with js-yaml. The `yaml` package keeps a full CST and took ten times
 * longer on a 2,000-purpose declaration. YAML 1.2 core schema: dates stay text, as the schema expects.
 */
export function parseYaml(text: string, filename: string): YamlParse {
  try {
    const value = load(text, { filename, schema: SCHEMA });
    return { ok: true, value, positions: new YamlPositions(text, filename) };
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
