import { join } from 'node:path';
import type { Config, DatabaseConfig } from '../../config/config.js';
import { loadConfig } from '../../config/config.js';
import { generateMasterKey } from '../../crypto/master-key.js';

/**
 * The variables of a test installation on `database`, its signing key file in `dir`: what an operator would set,
 * with a master key of its own. VIGIE_ENV=test, so a missing signing key file is created.
 */
export function installationEnv(
  database: DatabaseConfig,
  dir: string,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    VIGIE_ENV: 'test',
    VIGIE_DATA_DIR: dir,
    DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url.reveal(),
    VIGIE_MASTER_KEY: generateMasterKey(),
    VIGIE_SESSION_SECRET: 'a-test-session-secret-of-forty-characters!',
    VIGIE_JOURNAL_SIGNING_KEY_FILE: join(dir, 'journal-signing-key.pem'),
    VIGIE_JOURNAL_CHECKPOINT_INTERVAL: '10',
    ...overrides,
  };
}

/** The config those variables make; a test whose variables do not load is broken, so this throws. */
export function configOf(env: Readonly<Record<string, string>>): Config {
  const result = loadConfig(env);
  if (!result.ok) throw new Error(`test config does not load: ${result.issues.map((i) => i.variable).join(', ')}`);
  return result.value;
}
