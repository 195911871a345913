import { loadDeadlinePack, REQUEST_REGIMES } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { demoDeclaration } from '../../../app/test-support/test-server.js';
import { checkConsentConditions, sensitivePurposes } from './known-consent.rules.js';

const pack = loadDeadlinePack();
const sensitive = sensitivePurposes(demoDeclaration().declaration);
const context = { sensitive, pack };
const adult = { purpose: 'appointments', express: false, givenBy: 'person', hasGuardian: false } as const;

describe('the conditions of a known person’s consent', () => {
  it('derives sensitivity from the purpose’s data categories, inherited sensitivity included', () => {
    // medical-care uses the medical record; lab-tests uses lab-results, a custom category under medical-record.
    expect([sensitive.get('medical-care'), sensitive.get('lab-tests'), sensitive.get('appointments')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('takes the age under which a guardian acts from the deadline pack, per regime', () => {
    for (const regime of REQUEST_REGIMES) {
      const under = pack.regimes[regime].minorRepresentedUnder.age;
      const atAge = checkConsentConditions({ ...adult, age: { years: under, regime } }, context);
      expect([regime, atAge]).toEqual([regime, { ok: true, minorUnder: null }]);
      const younger = { ...adult, age: { years: under - 1, regime } };
      expect(checkConsentConditions(younger, context).ok).toBe(false);
      const joint = { ...younger, givenBy: 'person-and-guardian', hasGuardian: true } as const;
      expect([regime, checkConsentConditions(joint, context)]).toEqual([regime, { ok: true, minorUnder: under }]);
    }
  });

  it('refuses a guardian reference on a consent said to be the person’s alone', () => {
    expect(checkConsentConditions({ ...adult, hasGuardian: true }, context)).toEqual({
      ok: false,
      refusal: 'consents.guardian_without_role',
    });
  });
});
