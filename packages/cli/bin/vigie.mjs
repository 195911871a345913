#!/usr/bin/env node
// The `vigie` command. It loads the build (dist/vigie.mjs, made by `npm run build`, which loads the
// command asked for from dist/chunks/); this launcher is committed so that `npm ci` can link the
// command before anything is built.
import { existsSync } from 'node:fs';

const build = new URL('../dist/vigie.mjs', import.meta.url);
if (existsSync(build)) {
  await import(build.href);
} else {
  process.stderr.write('vigie: not built yet: run "npm run build" (or "npm start") at the root of the repository.\n');
  process.exitCode = 3;
}
