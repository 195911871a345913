/// <reference lib="dom" />
// Staff for the console's browser tests: a privacy officer with two-step verification and an auditor, created on
// the server, and their sign-in through the console page, in English.
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../server/src/app/test-support/test-server.js';
import { codeAt } from '../../server/src/modules/auth/test-support/totp-codes.js';
import type { VigieServer } from '../../server/src/server.js';

/** Creates a privacy officer (TOTP enrolled) and an auditor; returns the officer's TOTP secret. */
export async function addOfficerAndAuditor(
  server: VigieServer,
  officer: { email: string; name: string },
  auditor: { email: string; name: string },
): Promise<string> {
  const users = server.auth.users;
  const created = await users.createUser({
    email: officer.email,
    displayName: officer.name,
    role: 'privacy_officer',
    password: TEST_PASSWORD,
  });
  const enrolment = await users.beginTotpEnrolment(created.id);
  // A code of the previous step, so the sign-in's code (this step) is not refused as already used.
  await users.confirmTotpEnrolment(created.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));
  await users.createUser({ email: auditor.email, displayName: auditor.name, role: 'auditor', password: TEST_PASSWORD });
  return enrolment.secret;
}

/** Signs in through the console page in English, with the TOTP code when the account has a secret. */
export async function signInToConsole(page: Page, url: string, email: string, secret?: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.evaluate(() => localStorage.setItem('vigie.console.lang', 'en'));
  await page.reload();
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (secret !== undefined) {
    await page.getByLabel('6-digit code').fill(codeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
}
