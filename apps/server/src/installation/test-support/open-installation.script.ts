import { loadConfig } from '../../config/config.js';
import { openInstallation } from '../installation.js';

/**
 * Child process of the first-start test: one server process opening the installation, at the same instant as the
 * others, on a store none of them has seen. It prints which data key and journal key it ended up with.
 */
const [envJson = '{}', startAt = '0'] = process.argv.slice(-2);
const config = loadConfig(JSON.parse(envJson) as Record<string, string>);
if (!config.ok) throw new Error('config does not load');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const installation = await openInstallation(config.value);
process.stdout.write(
  `${JSON.stringify({ dataKey: installation.keyring.activeDataKeyId, journalKey: installation.journal.signer.keyId })}\n`,
);
await installation.close();
