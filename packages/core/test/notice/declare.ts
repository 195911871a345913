import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { type LoadedDeclaration, loadDeclaration } from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed YAML freely before it is validated again.
type Draft = any;

const BASE = readFileSync(join(import.meta.dirname, 'fixtures/notice-base.yaml'), 'utf8');

/** The notice test declaration, edited by `edit` and loaded as the CLI would; throws if the edit made it invalid. */
export function declare(edit: (draft: Draft) => void = () => {}): LoadedDeclaration {
  const draft = parse(BASE) as Draft;
  edit(draft);
  const loaded = loadDeclaration([{ path: 'notice-test.yaml', text: stringify(draft) }]);
  if (!loaded.ok) throw new Error(`invalid test declaration:\n${loaded.issues.map((i) => i.message).join('\n')}`);
  return loaded.value;
}
