import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './run-cli.js';

const EXAMPLES = join(import.meta.dirname, '../../../examples');

/** An editor's view: the published JSON Schema, checked by a standard validator against every example file. */
function validator(partial: boolean) {
  const schema = JSON.parse(runCli(partial ? ['schema', '--partial'] : ['schema']).stdout);
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the JSON Schema for editors', () => {
  const full = validator(false);
  const partial = validator(true);
  for (const name of readdirSync(EXAMPLES).filter((n) => statSync(join(EXAMPLES, n)).isDirectory())) {
    const files = readdirSync(join(EXAMPLES, name)).filter((f) => f.endsWith('.yaml'));
    it(`accepts every file of examples/${name}`, () => {
      const validate = files.length === 1 ? full : partial;
      for (const file of files) {
        const ok = validate(parse(readFileSync(join(EXAMPLES, name, file), 'utf8')));
        expect(ok, `${name}/${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      }
    });
  }

  it('rejects what the loader rejects: an unknown key and a malformed duration', () => {
    const text = readFileSync(join(EXAMPLES, 'demo', 'vigie.yaml'), 'utf8');
    const doc = parse(text) as { purposes: Record<string, unknown>[]; retention: Record<string, unknown>[] };
    expect(full(doc)).toBe(true);
    (doc.purposes[0] as Record<string, unknown>).retension = 'x';
    expect(full(doc)).toBe(false);
    delete (doc.purposes[0] as Record<string, unknown>).retension;
    (doc.retention[0] as Record<string, unknown>).duration = '10 years';
    expect(full(doc)).toBe(false);
  });
});
