// Child process of bench/http.js: a real Vigie server over the store DATABASE_URL names, with the demo
// declaration and one auditor account (no second factor) to sign in with. Prints one JSON line when listening.
import { readFileSync } from 'node:fs';
import { readConfig } from '../apps/server/dist/config/read-config.node.js';
import { startServer } from '../apps/server/dist/server.js';
import { loadDeclaration } from '../packages/core/dist/index.js';

const demo = new URL('../examples/demo/vigie.yaml', import.meta.url);
const loaded = loadDeclaration([{ path: 'vigie.yaml', text: readFileSync(demo, 'utf8') }]);
const config = readConfig(process.env);
if (!loaded.ok || !config.ok) {
  console.error('bench server: cannot load the demo declaration or the config', config.ok ? '' : config.issues);
  process.exit(1);
}
const server = await startServer({ config: config.value, declaration: loaded.value });
const email = 'bench.auditor@example.org';
const password = 'bench password long enough';
await server.auth.users.createUser({ email, displayName: 'Bench', role: 'auditor', password });
process.stdout.write(`${JSON.stringify({ url: server.url, email, password, pid: process.pid })}\n`);
process.on('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
