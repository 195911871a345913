import { describe, expect, it } from 'vitest';
import { diffNotices, formatNoticeChanges, type NoticeDiff } from '../../src/index.js';
import { declare } from './declare.js';

const base = declare();
const changesTo = (edit: Parameters<typeof declare>[0]) => diffNotices(base, declare(edit));
const sentences = (diff: NoticeDiff, lang: 'fr' | 'en' = 'en') =>
  formatNoticeChanges(diff, lang, 'text')
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));

describe('what changed between two versions of the notice', () => {
  it('an identical declaration gives no change and a sentence saying the notice is unchanged', () => {
    const diff = diffNotices(base, declare());
    expect(diff.changes).toEqual([]);
    expect(formatNoticeChanges(diff, 'en', 'text')).toBe('Our privacy policy is unchanged.\n');
    expect(formatNoticeChanges(diff, 'fr', 'html')).toBe('<p>Notre politique de confidentialité est inchangée.</p>\n');
  });

  it('says how much longer call recordings are now kept', () => {
    const diff = changesTo((d) => {
      d.retention[1].duration = 'P12M';
    });
    expect(sentences(diff)).toEqual([
      'We now keep the information used for “Improve our calls” for 12 months after collection, instead of 6 months.',
    ]);
    expect(sentences(diff, 'fr')).toEqual([
      'Nous conservons maintenant les renseignements utilisés pour «\u00a0Améliorer nos appels\u00a0» pendant 12 mois après la collecte, au lieu de 6 mois.',
    ]);
  });

  it('names a new recipient, its role, where it is and what it receives, and the transfer that follows', () => {
    const diff = changesTo((d) => {
      d.recipients.push({ id: 'mailer', name: 'Courriels Ltd', role: 'processor', location: { country: 'IE' } });
      d.purposes[0].recipients = ['mailer'];
    });
    expect(sentences(diff)).toEqual([
      'A new recipient, Courriels Ltd (service provider, Ireland), now receives: name and email address.',
      'Your information is now shared outside Canada, with Courriels Ltd (Ireland); the safeguard is not stated.',
    ]);
  });

  it('knows items by id: a renamed purpose is one change, not a removal and an addition', () => {
    const diff = changesTo((d) => {
      d.purposes[0].name = { fr: 'Gérer votre police', en: 'Manage your policy' };
    });
    expect(diff.changes).toEqual([
      {
        kind: 'purpose-renamed',
        name: {
          before: { fr: 'Administrer votre police', en: 'Administer your policy' },
          after: { fr: 'Gérer votre police', en: 'Manage your policy' },
        },
      },
    ]);
  });

  it('reports purposes and categories added and removed, and a changed basis', () => {
    const diff = changesTo((d) => {
      d.purposes.splice(2, 1);
      d.purposes.push({
        id: 'newsletter',
        name: { fr: 'Infolettre', en: 'Newsletter' },
        legalBasis: { quebec: { consent: 'express' } },
        dataCategories: ['email', 'phone'],
        subjects: ['subscribers'],
      });
      d.purposes[0].legalBasis.quebec.consent = 'express';
    });
    expect(sentences(diff)).toEqual([
      'We now collect a new kind of information: telephone number.',
      'We no longer collect this information: call recordings.',
      'We now use your information for a new purpose: “Newsletter”.',
      'For the purpose “Administer your policy”, what allows us to use your information is now: express consent (previously: implied consent).',
      'We no longer use your information for the purpose “Improve our calls”.',
    ]);
  });

  it('reports cookies added, removed and moved to another category, known by name', () => {
    const diff = changesTo((d) => {
      d.cookies[1].category = 'marketing';
      d.cookies.shift();
      d.cookies.push({
        name: '_fbp',
        provider: 'Meta',
        category: 'marketing',
        lifetime: 'P3M',
        purpose: { fr: 'Publicité', en: 'Advertising' },
        profiles: true,
      });
    });
    expect(sentences(diff)).toEqual([
      'We use a new cookie, _fbp from Meta (advertising and marketing): it stays off until you accept it.',
      'The cookie _ga now belongs to the category “Advertising and marketing” (previously: “Audience measurement”).',
      'We no longer use the cookie session from temoin.exemple.ca.',
    ]);
  });

  it('reports rights, the response deadline and the contact of the person in charge', () => {
    const diff = changesTo((d) => {
      d.rights.available.push('portability');
      d.rights.responseDeadline = 'P20D';
      d.organisation.personInCharge.email = 'prp@temoin.exemple.ca';
    });
    expect(sentences(diff)).toEqual([
      'The contact details of the person in charge of the protection of personal information have changed: Marie Tremblay, Person in charge of the protection of personal information, prp@temoin.exemple.ca.',
      'You now have the following right: portability (receive the information you gave us in a structured, commonly used technological format, or have it sent to another organisation).',
      'We now answer you no later than 20 days after receiving your request, instead of 30 days.',
    ]);
  });

  it('puts the new version and its effective date first', () => {
    const diff = changesTo((d) => {
      d.policy = { version: '2', effectiveDate: '2026-03-01' };
      d.security.technical.push({ fr: 'Sauvegardes', en: 'Backups' });
    });
    expect(sentences(diff, 'fr')).toEqual([
      'La version 2 de notre politique de confidentialité est en vigueur le 1er mars 2026\u00a0; elle remplace la version 1 du 15 janvier 2025.',
      'Nouvelle mesure de sécurité\u00a0: sauvegardes.',
    ]);
  });

  it('still reports a section whose words changed when no specific change describes it', () => {
    const diff = changesTo((d) => {
      d.rights.complaints.levels[0].deadline = 'P15D';
    });
    expect(diff.changes).toEqual([{ kind: 'section-updated', section: 'complaints' }]);
    expect(sentences(diff, 'fr')).toEqual(['La section «\u00a0Plaintes\u00a0» a été mise à jour.']);
  });

  it('lists changes in a stable order whatever order the edits were made in', () => {
    type Edit = NonNullable<Parameters<typeof declare>[0]>;
    const edits: Edit[] = [
      (d) => {
        d.retention[0].duration = 'P10Y';
      },
      (d) => {
        d.cookies.pop();
      },
      (d) => {
        d.policy.version = '2';
      },
    ];
    const forward = changesTo((d) => {
      for (const edit of edits) edit(d);
    });
    const backward = changesTo((d) => {
      for (const edit of [...edits].reverse()) edit(d);
    });
    expect(backward).toEqual(forward);
    expect(forward.changes.map((c) => c.kind)).toEqual(['policy-version', 'retention-changed', 'cookie-removed']);
  });

  it('escapes the names it quotes, in Markdown and in HTML', () => {
    const diff = changesTo((d) => {
      d.purposes[0].name = { fr: 'A <b>|</b>', en: 'A <b>|</b>' };
    });
    expect(formatNoticeChanges(diff, 'en', 'md')).toContain('is now called “A \\<b\\>\\|\\</b\\>”.');
    const html = formatNoticeChanges(diff, 'en', 'html');
    expect(html).toContain('<li>The purpose “Administer your policy” is now called “A &lt;b&gt;|&lt;/b&gt;”.</li>');
    expect(html.startsWith('<p>Here is what changes in our privacy policy:</p>\n<ul>\n')).toBe(true);
  });
});
