#!/usr/bin/env node
// Start-up settings first, then everything else through a dynamic import: a bundler hoists static imports,
// so only this order guarantees that no module builds a schema or does work before they are in place.
import './v8-flags.js';
import './zod-jitless.js';

await import('./run-process.js');
