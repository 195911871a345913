import { describe, expect, it } from 'vitest';
import { parseProblem, problemText } from './problem.js';

describe('problem+json', () => {
  it('keeps both languages and the refused fields, and shows the one the reader reads now', () => {
    const problem = parseProblem(400, {
      type: 'https://vigie.dev/problems/validation.failed',
      title: 'Requête invalide',
      status: 400,
      code: 'validation.failed',
      detail: 'Le courriel est invalide.',
      detail_fr: 'Le courriel est invalide.',
      detail_en: 'The email is not valid.',
      errors: [{ path: 'email', message: 'Adresse invalide.' }, { nonsense: true }],
    });
    expect(problem.code).toBe('validation.failed');
    expect(problem.errors).toEqual([{ path: 'email', message: 'Adresse invalide.' }]);
    expect(problemText(problem, 'fr')).toBe('Le courriel est invalide.');
    expect(problemText(problem, 'en')).toBe('The email is not valid.');
  });

  it('falls back to `detail` when a language is missing, rather than showing nothing', () => {
    const problem = parseProblem(423, { code: 'auth.locked', status: 423, detail: 'Compte verrouillé.' });
    expect(problem.detail).toEqual({ fr: 'Compte verrouillé.', en: 'Compte verrouillé.' });
  });

  it('calls a body that is not a problem an unexpected answer, keeping the HTTP status', () => {
    for (const body of [undefined, 'oops', [], { message: 'no code' }]) {
      const problem = parseProblem(502, body);
      expect(problem.code).toBe('response.unexpected');
      expect(problem.status).toBe(502);
      expect(problem.detail.fr).not.toBe('');
      expect(problem.detail.en).not.toBe('');
    }
  });
});
