import { describe, expect, it } from 'vitest';
import { createBlindIndex, normaliseEmail } from './blind-index.js';
import { newInstallation } from './test-support/installation.js';

const { keyring } = newInstallation();
const emailIndex = createBlindIndex({ keyring, purpose: 'requester.email', normalise: normaliseEmail });

describe('blind index', () => {
  it('gives the same index for the same email every time, 128 bits in base64url', () => {
    const index = emailIndex('marie.gagnon@exemple.qc.ca');
    expect(index).toBe(emailIndex('marie.gagnon@exemple.qc.ca'));
    expect(index).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const again = createBlindIndex({ keyring, purpose: 'requester.email', normalise: normaliseEmail });
    expect(again('marie.gagnon@exemple.qc.ca')).toBe(index);
  });

  it('finds an email however it was typed: case, surrounding spaces, composed or decomposed accents', () => {
    const index = emailIndex('hélène.côté@exemple.qc.ca');
    expect(emailIndex('  Hélène.CÔTÉ@Exemple.QC.ca\t')).toBe(index);
    expect(emailIndex('he\u0301le\u0300ne.co\u0302te\u0301@exemple.qc.ca')).toBe(index);
  });

  it('tells different emails apart', () => {
    const indexes = new Set(Array.from({ length: 1000 }, (_, n) => emailIndex(`personne${n}@exemple.fr`)));
    expect(indexes.size).toBe(1000);
    expect(emailIndex('helene.cote@exemple.qc.ca')).not.toBe(emailIndex('hélène.côté@exemple.qc.ca'));
  });

  it('differs across installations and across purposes, so indexes cannot be matched without the key', () => {
    const email = 'jean.roy@exemple.qc.ca';
    const other = newInstallation().keyring;
    expect(createBlindIndex({ keyring: other, purpose: 'requester.email', normalise: normaliseEmail })(email)).not.toBe(
      emailIndex(email),
    );
    expect(createBlindIndex({ keyring, purpose: 'staff.email', normalise: normaliseEmail })(email)).not.toBe(
      emailIndex(email),
    );
  });

  it('refuses a purpose label that is not lower-case words joined by dots', () => {
    for (const purpose of ['', 'Requester.Email', 'requester email', 'requester..email']) {
      expect(() => createBlindIndex({ keyring, purpose, normalise: normaliseEmail })).toThrow(/purpose/);
    }
  });
});
