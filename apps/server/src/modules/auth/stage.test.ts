import { describe, expect, it } from 'vitest';
import { signInStage, TWO_FACTOR_ROLES } from './stage.js';
import type { Role } from './user-view.js';

const ALL_ROLES: Role[] = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'];

describe('the stage of a sign-in', () => {
  it('requires two-factor for owner, admin and privacy officer (issue 3), not for agents and auditors', () => {
    expect([...TWO_FACTOR_ROLES].sort()).toEqual(['admin', 'owner', 'privacy_officer']);
  });

  it('sends a two-factor role without TOTP to enrolment, even if the session claims its second factor', () => {
    for (const role of TWO_FACTOR_ROLES) {
      expect(signInStage({ role, totpEnabled: false }, false)).toBe('enrol');
      expect(signInStage({ role, totpEnabled: false }, true)).toBe('enrol');
    }
  });

  it('asks any account with TOTP enabled for its code, whatever the role', () => {
    for (const role of ALL_ROLES) {
      expect(signInStage({ role, totpEnabled: true }, false)).toBe('totp');
      expect(signInStage({ role, totpEnabled: true }, true)).toBe('complete');
    }
  });

  it('completes at the password for agents and auditors without TOTP', () => {
    expect(signInStage({ role: 'agent', totpEnabled: false }, false)).toBe('complete');
    expect(signInStage({ role: 'auditor', totpEnabled: false }, false)).toBe('complete');
  });
});
