#!/usr/bin/env node
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
  envLang: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
});
