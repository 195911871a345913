#!/usr/bin/env node
import * as z from 'zod';
import { main } from './main.js';

// A command validates each schema once: zod's code generation costs more than it saves on a cold
// start (measured in bench/: about 50 ms of CPU on a 2,000-purpose declaration).
z.config({ jitless: true });

// `vigie notice … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
  envLang: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
});
