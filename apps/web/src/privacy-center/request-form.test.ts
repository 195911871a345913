import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/problem.js';
import { type RequestFormValues, serverFieldErrors, toSubmission, validateRequest } from './request-form.js';

const filled: RequestFormValues = {
  kind: 'access',
  role: 'self',
  representedName: '',
  name: ' Émilie Tremblay ',
  email: ' emilie@example.net ',
  phone: '',
  details: '  ',
  region: null,
};

describe('the request form', () => {
  it('asks for a kind, a name and a valid email, and for the represented person when someone else applies', () => {
    expect(validateRequest(filled)).toEqual({});
    expect(
      validateRequest({ ...filled, kind: null, role: 'heir', name: ' ', email: 'emilie@', phone: 'call me' }),
    ).toEqual({
      kind: 'kindRequired',
      representedName: 'representedNameRequired',
      proof: 'proofRequired',
      name: 'nameRequired',
      email: 'emailInvalid',
      phone: 'phoneInvalid',
    });
    expect(validateRequest({ ...filled, email: '' }).email).toBe('emailRequired');
    expect(validateRequest({ ...filled, details: 'x'.repeat(5001) }).details).toBe('detailsTooLong');
  });

  it('sends trimmed values and leaves empty optional fields out', () => {
    expect(toSubmission({ ...filled, kind: 'access' }, 'fr')).toEqual({
      kind: 'access',
      applicant: { role: 'self' },
      requester: { name: 'Émilie Tremblay', email: 'emilie@example.net' },
      language: 'fr',
    });
    expect(
      toSubmission(
        {
          ...filled,
          kind: 'erasure',
          role: 'executor',
          representedName: ' Jean ',
          phone: '514 555-0100',
          region: 'QC',
        },
        'en',
      ),
    ).toEqual({
      kind: 'erasure',
      applicant: { role: 'executor', representedName: 'Jean' },
      requester: { name: 'Émilie Tremblay', email: 'emilie@example.net', phone: '514 555-0100' },
      language: 'en',
      region: 'QC',
    });
  });

  it('puts the server’s field errors under the fields they name, and an unavailable kind under the kind', () => {
    const invalid: Problem = {
      status: 400,
      code: 'request.invalid',
      detail: { fr: 'invalide', en: 'invalid' },
      errors: [
        { path: 'body.requester.email', message: 'Invalid email' },
        { path: 'body.applicant.representedName', message: 'Required' },
        { path: 'body.unknown', message: 'ignored' },
      ],
    };
    expect(serverFieldErrors(invalid, 'en')).toEqual({ email: 'Invalid email', representedName: 'Required' });
    const unavailable: Problem = {
      status: 422,
      code: 'requests.kind_not_available',
      detail: { fr: 'Pas prévu', en: 'Not provided for' },
      errors: [],
    };
    expect(serverFieldErrors(unavailable, 'en')).toEqual({ kind: 'Not provided for' });
    expect(serverFieldErrors(null, 'fr')).toEqual({});
  });
});
