import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { type LoadedDeclaration, loadDeclaration } from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed YAML freely before it is validated again.
type Draft = any;
type Edit = (draft: Draft) => void;

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const BASE = fixture('notice-base.yaml');
const BASE_FR = fixture('notice-base-fr.yaml');

function load(base: string, edit: Edit): LoadedDeclaration {
  const draft = parse(base) as Draft;
  edit(draft);
  const loaded = loadDeclaration([{ path: 'notice-test.yaml', text: stringify(draft) }]);
  if (!loaded.ok) throw new Error(`invalid test declaration:\n${loaded.issues.map((i) => i.message).join('\n')}`);
  return loaded.value;
}

/** The notice test declaration, edited by `edit` and loaded as the CLI would; throws if the edit made it invalid. */
export function declare(edit: Edit = () => {}): LoadedDeclaration {
  return load(BASE, edit);
}

/** The same for the French mutual insurer of `fixtures/notice-base-fr.yaml`, under the GDPR only. */
export function declareInFrance(edit: Edit = () => {}): LoadedDeclaration {
  return load(BASE_FR, edit);
}
