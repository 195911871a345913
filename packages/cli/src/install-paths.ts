import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI package's folder, found from this module whether it runs from src (tests), dist, or the
 * single-file bundle in dist: the bundle inlines core, so core's own paths no longer point home.
 */
function cliPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const CLI_DIR = cliPackageDir();

/** The rule packs shipped with Vigie. */
export const RULE_PACKS_DIR = join(CLI_DIR, '..', 'core', 'rule-packs');

/** The demo organisation's declaration, used by `vigie start`. */
export const DEMO_DECLARATION = join(CLI_DIR, '..', '..', 'examples', 'demo');
