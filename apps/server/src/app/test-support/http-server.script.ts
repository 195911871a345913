// A real Vigie server in its own process, for the crash test: `<store> <data dir> <declaration> [bootstrap]`. With `bootstrap`
// it first creates an owner with TOTP enrolled. Prints one JSON line once listening: { url, email, password,
// totpSecret? }.
import { databaseFromArgument } from '../../db/test-support/database-argument.js';
import { codeAt } from '../../modules/auth/test-support/totp-codes.js';
import { startServer } from '../../server.js';
import { demoDeclaration, TEST_PASSWORD, testConfig } from './test-server.js';

const [store = '', dataDir = '', declaration = '', mode] = process.argv.slice(2);
const config = testConfig(databaseFromArgument(store), dataDir, { PORT: '0', LOG_LEVEL: 'error' });
const server = await startServer({ config, declaration: demoDeclaration(declaration) });
const email = 'crash.owner@example.org';
let totpSecret: string | undefined;
if (mode === 'bootstrap') {
  const user = await server.auth.users.createUser({
    email,
    displayName: 'Owner',
    role: 'owner',
    password: TEST_PASSWORD,
  });
  const enrolment = await server.auth.users.beginTotpEnrolment(user.id);
  await server.auth.users.confirmTotpEnrolment(user.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));
  totpSecret = enrolment.secret;
}
process.stdout.write(`${JSON.stringify({ url: server.url, email, password: TEST_PASSWORD, totpSecret })}\n`);
