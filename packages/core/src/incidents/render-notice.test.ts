import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/localized.js';
import type { IncidentRegime } from './incident-rules.js';
import { missingForNotice, requiredItems } from './notice-content.js';
import { NOTICE_KINDS, type NoticeKind } from './notice-items.js';
import { ITEM_LABELS } from './notice-strings.js';
import { renderIncidentNotice } from './render-notice.js';
import { complete, reported, rules } from './test-incident.js';

const organisation = { legalName: 'Clinique Démo inc.', businessNumber: '1234567890' };
const ALL: IncidentRegime[] = ['qc-private', 'pipeda', 'gdpr-fr'];
const context = (regimes: IncidentRegime[] = ALL, now = new Date('2026-03-03T00:00:00Z')) => ({
  rules,
  regimes,
  organisation,
  now,
});

describe('the notices of an incident', () => {
  it('writes every notice in French and English with the heading and value of each required item', () => {
    const incident = complete();
    for (const notice of NOTICE_KINDS) {
      for (const lang of LANGS) {
        const result = renderIncidentNotice(incident, notice, lang, context());
        if (!result.ok) throw new Error(`${notice} ${lang}: ${result.code}`);
        const items = requiredItems(notice, context()).filter((i) => i !== 'lateReasons');
        expect(items.length).toBeGreaterThan(3);
        for (const item of items) {
          expect([notice, lang, item, result.notice.text.includes(ITEM_LABELS[lang][item])]).toEqual([
            notice,
            lang,
            item,
            true,
          ]);
          expect(result.notice.html).toContain(ITEM_LABELS[lang][item]);
        }
        expect(result.notice.html).toContain(`<html lang="${lang}">`);
      }
    }
  });

  it('holds exactly what RCI s.3 asks of the CAI notice, with estimates marked', () => {
    const result = renderIncidentNotice(complete(), 'cai', 'fr', context(['qc-private']));
    if (!result.ok) throw new Error(result.code);
    const text = result.notice.text;
    for (const expected of [
      'Clinique Démo inc.',
      '1234567890',
      'Privacy officer, 418 555 0100',
      'A laptop was stolen from a car',
      'Nature : accès',
      'du 2026-03-01 18:00 UTC au 2026-03-01 22:00 UTC (estimation)',
      '2026-03-02 10:00 UTC',
      'environ 120',
      'environ 110',
      'Sensitive health data, stolen',
      'Letters on 2026-03-04',
      'Remote wipe requested on 2026-03-02',
      'None',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Clinical notes');
  });

  it('escapes what staff wrote in the HTML', () => {
    const result = renderIncidentNotice(complete(), 'persons', 'en', context());
    if (!result.ok) throw new Error(result.code);
    expect(result.notice.html).toContain('&amp; &lt;b&gt;diagnoses&lt;/b&gt;');
    expect(result.notice.html).not.toContain('<b>diagnoses');
    expect(result.notice.text).toContain('& <b>diagnoses</b>');
  });

  it('names the items still missing, and the reasons for delay once 72 hours have passed', () => {
    expect(missingForNotice(reported(), 'cai', context(['qc-private']))).toEqual([
      'contact',
      'piDescription',
      'circumstances',
      'occurred',
      'personsAffected',
      'quebecResidents',
      'seriousReasons',
      'personsNotification',
      'measures',
      'otherAuthorities',
    ]);
    const late = context(['gdpr-fr'], new Date('2026-03-06T00:00:00Z'));
    expect(missingForNotice(complete(), 'cnil', late)).toEqual(['lateReasons']);
    expect(missingForNotice(complete({ lateReasons: 'Forensics took 4 days' }), 'cnil', late)).toEqual([]);
    const refused = renderIncidentNotice(reported(), 'persons', 'fr', context(['qc-private']));
    expect(refused).toMatchObject({ ok: false, code: 'incidents.notice-incomplete' });
  });

  it('accepts an unknown description with its reason, and refuses a notice no regime asks for', () => {
    const unknown = complete({ piDescription: undefined, piDescriptionUnknownReason: 'Logs were lost' });
    const result = renderIncidentNotice(unknown, 'persons', 'en', context(['qc-private']));
    if (!result.ok) throw new Error(result.code);
    expect(result.notice.text).toContain('Not known: Logs were lost');
    const notices: NoticeKind[] = ['cnil', 'opc'];
    for (const notice of notices)
      expect(renderIncidentNotice(complete(), notice, 'fr', context(['qc-private']))).toEqual({
        ok: false,
        code: 'incidents.notice-not-applicable',
      });
  });
});
