import { CORE_SCHEMA, type State, YAMLException, load } from 'js-yaml';

/**
 * A parsed YAML node's place in the file. Mapping nodes keep their children as alternating
 * key and value nodes, in file order, so a path can be walked back to the key a person edits.
 */
export interface YamlNode {
  readonly line: number;
  readonly column: number;
  kind?: string;
  /** The scalar value, kept so mapping keys can be matched. */
  scalar?: unknown;
  readonly children: YamlNode[];
}

export type YamlParse =
  | { readonly ok: true; readonly value: unknown; readonly root: YamlNode | undefined }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: string };

/**
 * Parses YAML with js-yaml's event listener to record where each node starts. The `yaml` package
 * keeps a full CST instead and is ten times slower on a 2,000-purpose declaration; positions are
 * all the checker needs. YAML 1.2 core schema: dates stay text, as the declaration schema expects.
 */
export function parseYaml(text: string, filename: string): YamlParse {
  const stack: YamlNode[] = [];
  let root: YamlNode | undefined;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      stack.push({ line: state.line + 1, column: state.position - state.lineStart + 1, children: [] });
      return;
    }
    const node = stack.pop();
    if (!node) return;
    node.kind = state.kind;
    if (state.kind === 'scalar') node.scalar = state.result;
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else root = node;
  };
  try {
    const value = load(text, { filename, schema: CORE_SCHEMA, listener });
    return { ok: true, value, root };
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
