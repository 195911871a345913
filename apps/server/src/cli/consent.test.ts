import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { demoDeclaration } from '../app/test-support/test-server.js';
import { openInstallation } from '../installation/installation.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import { createConsentServices } from '../modules/consent/consent.services.js';
import { run } from './consent.js';
import { captureIo } from './test-support/capture-io.js';

await describeOnEachStore('vigie consent verify', (target) => {
  let dir: string;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-consent-cli-'));
    const store = await target.create();
    drop = store.drop;
    env = installationEnv(store.database, dir);
    const installation = await openInstallation(configOf(env));
    const consents = createConsentServices({
      installation,
      declaration: demoDeclaration().declaration,
      publicUrl: 'http://127.0.0.1:8080',
      now: () => new Date(),
      onAnchorError: (error) => {
        throw error;
      },
    });
    for (let i = 0; i < 5; i++) {
      await consents.record(
        {
          visitorId: `visitor-number-${i}-of-the-cli-test`,
          choices: { essential: true, analytics: i % 2 === 0 },
          noticeVersion: '2025.1',
          configVersion: '0123456789abcdef',
          method: 'banner',
        },
        { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 Firefox/133.0' },
      );
    }
    await consents.flush();
    await installation.close();
  });
  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says the ledger is intact and how far the journal attests it', async () => {
    const { io, stdout } = captureIo(env);
    expect(await run(['verify'], io)).toBe(0);
    expect(stdout()).toContain('Consent ledger intact: 5 record(s), attested by the journal up to 5.');
    const json = captureIo(env);
    expect(await run(['verify', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: true, journalOk: true, records: 5, unanchored: 0 });
  });

  it('exits 1 naming the record changed in the store', async () => {
    const installation = await openInstallation(configOf(env));
    const row = await installation.database.db
      .selectFrom('consent_records')
      .select(['id', 'seq'])
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    await sql`update consent_records set choices = ${'{"analytics":true,"essential":true}'} where seq = 2`.execute(
      installation.database.db,
    );
    await installation.close();
    const { io, stderr } = captureIo(env, 'fr');
    expect(await run(['verify'], io)).toBe(1);
    expect(stderr()).toContain(`Le consentement n° 2 (id ${row.id}) a été modifié`);
  });

  it('refuses a missing subcommand', async () => {
    const { io, stderr } = captureIo(env);
    expect(await run([], io)).toBe(2);
    expect(stderr()).toContain('expected a subcommand: verify');
  });
});
