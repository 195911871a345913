import { describe, expect, it } from 'vitest';
import { buildRopa, renderNotice, ropaToCsv } from '../../src/index.js';
import { baseDocument, loadDocument } from './declarations.js';

const french = loadDocument(baseDocument('gdpr-fr'));
const quebec = loadDocument(baseDocument('qc-private'));

describe('the records of a French organisation name built-in entries in France’s French', () => {
  const ropa = buildRopa(french);
  const label = (activityIndex: number, list: 'dataCategories' | 'subjects' | 'sources', id: string) =>
    ropa.activities[activityIndex]?.[list].find((entry) => entry.id === id)?.label.fr;

  it('says « Adresse électronique », « Numéro de sécurité sociale » and « Les professionnels de santé »', () => {
    expect(label(0, 'dataCategories', 'email')).toBe('Adresse électronique');
    expect(label(1, 'dataCategories', 'health-insurance-number')).toBe('Numéro de sécurité sociale');
    expect(label(1, 'sources', 'health-professionals')).toBe('Les professionnels de santé');
    const csv = ropaToCsv(ropa, 'fr');
    expect(csv).toContain('Adresse électronique');
    expect(csv).not.toMatch(/courriel|assurance maladie|professionnels de la santé/i);
  });

  it('names each category as the organisation’s notice does', () => {
    const notice = renderNotice(french, { lang: 'fr', format: 'md' });
    for (const category of ropa.inventory.map((line) => line.category)) {
      expect(notice.toLowerCase()).toContain(category.label.fr.toLowerCase());
    }
  });

  it('keeps the English labels, which both laws share', () => {
    expect(ropa.activities[0]?.dataCategories.find((c) => c.id === 'email')?.label.en).toBe('Email address');
  });
});

describe('the records of a Quebec organisation', () => {
  it('keep Quebec’s words', () => {
    const ropa = buildRopa(quebec);
    expect(ropa.activities[0]?.dataCategories.find((c) => c.id === 'email')?.label.fr).toBe('Adresse courriel');
    expect(ropaToCsv(ropa, 'fr')).toContain('Adresse courriel');
  });
});
