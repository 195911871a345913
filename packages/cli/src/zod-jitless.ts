import * as z from 'zod';

// A command validates each schema once: zod's generated validators cost more to compile than they
// save on a cold start. Zod reads this setting when a schema is built, not when it parses, so this
// module must run before any module that builds one: bin.ts imports it first.
z.config({ jitless: true });
