import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedDeclaration, loadDeclaration } from '../../src/index.js';

const EXAMPLES_DIR = join(import.meta.dirname, '../../../../examples');

/** The examples the notice goldens cover, as folders under examples/. */
export const EXAMPLES = ['demo', 'student-plan-qc', 'medical-clinics-qc', 'health-partner-network-fr'] as const;

/** Loads a declaration file, or every .yaml file of a folder sorted by name, as the CLI does. */
function loadFrom(path: string): LoadedDeclaration {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const loaded = loadDeclaration(files.map((file) => ({ path: file, text: readFileSync(file, 'utf8') })));
  if (!loaded.ok) {
    throw new Error(`${path} is not a valid declaration:\n${loaded.issues.map((i) => i.message).join('\n')}`);
  }
  return loaded.value;
}

export function loadExample(name: string): LoadedDeclaration {
  return loadFrom(join(EXAMPLES_DIR, name));
}
