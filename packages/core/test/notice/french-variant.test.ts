import { describe, expect, it } from 'vitest';
import { diffNotices, formatNoticeChanges, renderNotice } from '../../src/index.js';
import { CHANGES_FR_FR } from '../../src/notice/strings/changes.fr-fr.js';
import { STRINGS_FR_FR } from '../../src/notice/strings/strings.fr-fr.js';
import { TAXONOMY_FR_FR } from '../../src/taxonomy/france-labels.js';
import { frenchVariantOf } from '../../src/taxonomy/french-variant.js';
import { buildTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { declare, declareInFrance } from './declare.js';
import { loadExample } from './load-example.js';

/** Words a reader in France takes for Quebec's: each has a France counterpart in the France set. */
const QUEBEC_WORDS = /renseignement|témoin|courriel|clavardage|texto|sécuritaire|en tout temps|communiquez avec/i;

const frenchNotices = (loaded: ReturnType<typeof declare>) =>
  (['md', 'html'] as const).map((format) => renderNotice(loaded, { lang: 'fr', format }));

/** Every sentence a string set can produce: its strings, and its functions called with a placeholder. */
function sentencesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return sentencesOf(value('X', 'Y', 'Z', 'W'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(sentencesOf);
  return [];
}

describe('the French of France, for organisations under French or EU law', () => {
  it('a French organisation’s notice says « données personnelles » and « cookies », never Quebec’s words', () => {
    for (const loaded of [loadExample('health-partner-network-fr'), declareInFrance()]) {
      for (const notice of frenchNotices(loaded)) {
        expect(notice).toContain('données personnelles');
        expect(notice).toContain('Cookies et autres traceurs');
        expect(notice).toContain('Durée de conservation');
        expect(notice).not.toMatch(/renseignements personnels|témoin/i);
        expect(notice).not.toMatch(QUEBEC_WORDS);
      }
    }
  });

  it('names the GDPR’s rights and the CNIL complaint as a French reader knows them', () => {
    const [md] = frenchNotices(declareInFrance());
    expect(md).toContain('- **Responsable de traitement\u00a0:** Mutuelle Exemple SA');
    expect(md).toContain('- Droit d’opposition\u00a0: vous opposer à une utilisation de vos données');
    expect(md).toContain('- Directives post-mortem\u00a0: définir des directives relatives à la conservation');
    expect(md).toContain('Vous pouvez aussi introduire une réclamation auprès de\u00a0:');
    expect(md).toContain('## Transferts de vos données hors de l’Union européenne');
  });

  it('agrees with « données », which is feminine plural', () => {
    const [md] = frenchNotices(
      declareInFrance((d) => {
        for (const purpose of d.purposes) purpose.sources = ['brokers'];
      }),
    );
    expect(md).toContain(
      'Nous ne les collectons pas auprès de vous\u00a0: elles nous sont transmises par les courtiers',
    );
    expect(md).toContain('quelles données personnelles nous collectons');
    expect(md).toContain('Certaines de vos données sont transférées ou conservées hors de l’Union européenne.');
  });

  it('words the built-in categories and people as France does, and keeps the organisation’s own labels', () => {
    const [md] = frenchNotices(
      declareInFrance((d) => {
        d.dataCategories = [{ id: 'banking', label: { fr: 'RIB', en: 'Bank details' }, parent: 'financial' }];
      }),
    );
    expect(md).toContain('- Coordonnées\u00a0: adresse électronique et adresse postale');
    expect(md).toContain('- Données financières\u00a0: RIB');
    expect(md).toContain('adhérents et assurés');
  });

  it('every France word for the taxonomy replaces a built-in entry', () => {
    const builtin = buildTaxonomy({ dataCategories: [], subjectCategories: [], sources: [] });
    expect(Object.keys(TAXONOMY_FR_FR.categories).filter((id) => !builtin.categories.has(id))).toEqual([]);
    expect(Object.keys(TAXONOMY_FR_FR.subjects).filter((id) => !builtin.subjects.has(id))).toEqual([]);
    expect(Object.keys(TAXONOMY_FR_FR.sources).filter((id) => !builtin.sources.has(id))).toEqual([]);
  });

  it('no sentence of the France set, notice or change list, uses a Quebec word', () => {
    const sentences = [...sentencesOf(STRINGS_FR_FR), ...sentencesOf(CHANGES_FR_FR), ...sentencesOf(TAXONOMY_FR_FR)];
    expect(sentences.filter((sentence) => QUEBEC_WORDS.test(sentence))).toEqual([]);
  });

  it('lists as sensitive only what the GDPR calls so, not financial information as Quebec law does', () => {
    const [md] = frenchNotices(
      declareInFrance((d) => {
        d.purposes[0].dataCategories.push('transactions');
      }),
    );
    expect(md).toContain(
      'La loi considère certaines de ces données comme sensibles\u00a0: demandes de remboursement de soins de santé et dentaires.',
    );
  });
});

describe('the choice between Quebec’s French and France’s', () => {
  it('follows the law the organisation declares: Quebec’s wins over the GDPR, France or the EU alone give France’s', () => {
    expect(frenchVariantOf(['QC'])).toBe('fr-CA');
    expect(frenchVariantOf(['QC', 'EU'])).toBe('fr-CA');
    expect(frenchVariantOf(['CA'])).toBe('fr-CA');
    expect(frenchVariantOf(['FR'])).toBe('fr-FR');
    expect(frenchVariantOf(['EU'])).toBe('fr-FR');
    expect(frenchVariantOf(['CA', 'EU'])).toBe('fr-FR');
  });

  it('a Quebec organisation keeps « renseignements personnels » and « témoins », even under the GDPR too', () => {
    for (const loaded of [declare(), declare((d) => (d.organisation.jurisdictions = ['QC', 'EU']))]) {
      const [md] = frenchNotices(loaded);
      expect(md).toContain('quels renseignements personnels nous recueillons');
      expect(md).toContain('## Témoins (cookies) et autres traceurs');
      expect(md).not.toContain('données personnelles');
    }
  });
});

describe('the changes sent to a French organisation’s subscribers', () => {
  const base = declareInFrance();
  const frenchChanges = (edit: Parameters<typeof declareInFrance>[0]) =>
    formatNoticeChanges(diffNotices(base, declareInFrance(edit)), 'fr', 'text');

  it('speak of « données », « finalités » and « cookies », as the notice does', () => {
    const text = frenchChanges((d) => {
      d.retention[0].duration = 'P10Y';
      d.purposes[2].name = { fr: 'Vous écrire', en: 'Write to you' };
      d.cookies.pop();
      d.recipients[0].transferSafeguard = 'binding-corporate-rules';
    });
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      "- La finalité «\u00a0Vous envoyer notre lettre d'information\u00a0» s’appelle maintenant «\u00a0Vous écrire\u00a0».",
      '- Vos données transférées à Cloud Host Inc. sont maintenant protégées par cette garantie\u00a0: règles d’entreprise contraignantes (auparavant\u00a0: clauses contractuelles types de la Commission européenne).',
      '- Nous conservons maintenant les données utilisées pour «\u00a0Gérer votre contrat santé\u00a0» et «\u00a0Calculer votre cotisation\u00a0» pendant 10 ans après la fin du contrat, au lieu de 5 ans.',
      '- Nous n’utilisons plus le cookie _pk_id de Matomo.',
    ]);
  });

  it('follow the new declaration: an organisation that leaves Quebec law is written to in France’s French', () => {
    const diff = diffNotices(
      declare(),
      declare((d) => (d.organisation.jurisdictions = ['EU', 'FR'])),
    );
    expect(diff.french).toBe('fr-FR');
    expect(formatNoticeChanges(diff, 'fr', 'text')).not.toMatch(QUEBEC_WORDS);
  });
});
