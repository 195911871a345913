import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { buildNoticeModel } from '../../src/notice/model/build-model.js';
import { declare } from './declare.js';

const md = (edit?: Parameters<typeof declare>[0], lang: 'fr' | 'en' = 'en') =>
  renderNotice(declare(edit), { lang, format: 'md' });

describe('transfers outside the organisation’s jurisdictions', () => {
  it('lists a recipient in Ontario as information leaving Quebec, with its safeguard and assessment', () => {
    const { transfers } = buildNoticeModel(declare());
    expect(transfers).toEqual([
      expect.objectContaining({
        id: 'claims-platform',
        locations: [{ country: 'CA', region: 'ON' }],
        crosses: ['quebec'],
        safeguard: 'written-agreement',
        assessment: { id: 'efvp-claims', status: 'completed', completedOn: '2024-02-15' },
      }),
    ]);
    expect(md()).toContain(
      '| Plateforme Réclamations | Ontario (Canada) | Quebec | Name, and health and dental claims | Written agreement protecting your information | Yes, on February 15, 2024 |',
    );
  });

  it('says a recipient in the United States is outside both Quebec and Canada', () => {
    const { transfers } = buildNoticeModel(
      declare((d) => {
        d.recipients[0].location = { country: 'US', region: 'VA' };
      }),
    );
    expect(transfers[0]?.crosses).toEqual(['quebec', 'canada']);
  });

  it('counts a Canadian place without a province as outside Quebec, since it may be', () => {
    const { transfers } = buildNoticeModel(
      declare((d) => {
        d.recipients[0].location = { country: 'CA' };
      }),
    );
    expect(transfers.map((t) => t.id)).toEqual(['claims-platform']);
  });

  it('treats a system a recipient operates abroad as that recipient’s transfer', () => {
    const { transfers } = buildNoticeModel(
      declare((d) => {
        d.recipients.push({
          id: 'host',
          name: 'Hébergeur',
          role: 'processor',
          location: { country: 'CA', region: 'QC' },
        });
        d.systems[0].operatedBy = 'host';
        d.systems[0].location = { country: 'IE' };
      }),
    );
    const host = transfers.find((t) => t.id === 'host');
    expect(host?.locations).toEqual([{ country: 'IE' }]);
    expect(host?.categories.map((c) => c.id)).toEqual(['name', 'email']);
  });

  it('lists the organisation’s own system abroad under its own name', () => {
    const text = md((d) => {
      d.systems[0].location = { country: 'FR' };
    });
    expect(text).toContain('| Our system “Dossiers clients” | France | Quebec, Canada |');
  });

  it('says information stays in Quebec when every system and recipient is there', () => {
    const text = md((d) => {
      d.recipients[0].location = { country: 'CA', region: 'QC' };
    }, 'fr');
    expect(text).toContain('Vos renseignements restent au Québec');
    expect(buildNoticeModel(declare((d) => (d.recipients[0].location.region = 'QC'))).transfers).toEqual([]);
  });

  it('for a French organisation, a processor in Ireland is no transfer but one in the United States is', () => {
    const loaded = declare((d) => {
      d.organisation.jurisdictions = ['EU', 'FR'];
      d.organisation.address = { street: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' };
      d.systems[0].location = { country: 'FR' };
      d.recipients[0].location = { country: 'IE' };
      d.recipients.push({ id: 'us-host', name: 'US Host', role: 'processor', location: { country: 'US' } });
      d.purposes[0].recipients = ['us-host'];
    });
    const { transfers } = buildNoticeModel(loaded);
    expect(transfers.map((t) => [t.id, t.crosses])).toEqual([['us-host', ['eu']]]);
    expect(renderNotice(loaded, { lang: 'fr', format: 'md' })).toContain(
      '## Transferts de vos données hors de l’Union européenne',
    );
  });
});

describe('cookies', () => {
  it('a cookie that profiles says it stays off until the visitor accepts it', () => {
    const { cookies } = buildNoticeModel(declare());
    expect(cookies.find((c) => c.name === '_ga')).toMatchObject({ profiles: true, offUntilAccepted: true });
    expect(md()).toContain(
      '| \\_ga | Google (third party) | Audience measurement | 13 months | Measure traffic | Profiles you | Off until you accept it |',
    );
    expect(md(undefined, 'fr')).toContain('| Établit votre profil | Désactivé tant que vous ne l’acceptez pas |');
  });

  it('a cookie set before the visitor chooses says so, and the general promise is then not made', () => {
    const text = md((d) => {
      d.cookies[1].onByDefault = true;
    });
    expect(text).toContain('| Profiles you | On from your first visit |');
    expect(text).not.toContain('stay off until you have accepted them');
  });

  it('says there are no cookies when none is declared', () => {
    expect(md((d) => (d.cookies = []))).toContain('We use no cookies or other trackers.');
  });
});

describe('purposes', () => {
  it('a purpose without retention is shown as not stated instead of failing', () => {
    const loaded = declare((d) => {
      delete d.purposes[2].retention;
    });
    const model = buildNoticeModel(loaded);
    expect(model.purposes[2]?.retention).toBeUndefined();
    expect(model.purposesWithoutRetention.map((p) => p.id)).toEqual(['call-quality']);
    const en = renderNotice(loaded, { lang: 'en', format: 'md' });
    expect(en).toContain('### Improve our calls');
    expect(en).toMatch(/### Improve our calls[\s\S]*- \*\*How long we keep it:\*\* Not stated/);
    expect(en).toContain('how long we keep the information is not yet stated: “Improve our calls”.');
    expect(renderNotice(loaded, { lang: 'fr', format: 'md' })).toContain('- **Conservation\u00a0:** Non précisé');
  });

  it('shows only the legal bases of the regimes the organisation is under', () => {
    const text = md((d) => {
      d.purposes[0].legalBasis.gdpr = { basis: 'contract' };
    });
    expect(text).toContain('- **Your consent:** Implied');
    expect(text).not.toContain('Legal basis');
  });

  it('says once what Quebec and federal law both allow, and says a missing GDPR condition for health data is not stated', () => {
    const text = md((d) => {
      d.organisation.jurisdictions = ['QC', 'CA', 'EU'];
      d.purposes[1].legalBasis = {
        quebec: { consent: 'express' },
        pipeda: { consent: 'express' },
        gdpr: { basis: 'contract' },
      };
    });
    expect(text).toContain(
      '- **Your consent (Quebec and Canadian law):** Express: we ask you clearly, and you must agree',
    );
    expect(text).toContain('- **Legal basis (GDPR):** Performing a contract with you');
    expect(text).toContain('- **Sensitive information (GDPR, Art. 9):** Not stated');
  });

  it('names the exception when consent is not required', () => {
    const text = md((d) => {
      d.purposes[0].legalBasis.quebec = { consent: 'not-required', exception: 'fraud-prevention' };
    }, 'fr');
    expect(text).toContain(
      '- **Votre consentement\u00a0:** Non requis, car l’utilisation sert à prévenir ou à détecter la fraude',
    );
  });

  it('lists the purposes that rely on consent and how to withdraw it', () => {
    const { purposes } = buildNoticeModel(declare());
    expect(purposes.map((p) => p.reliesOnConsent)).toEqual([true, true, true]);
    expect(md()).toContain('You can withdraw your consent at any time');
  });
});

describe('recipients and collection', () => {
  it('groups recipients by role and tells what each receives and why', () => {
    const model = buildNoticeModel(
      declare((d) => {
        d.recipients.unshift({
          id: 'insurer',
          name: 'Assureur',
          role: 'controller',
          location: { country: 'CA', region: 'QC' },
        });
        d.purposes[0].recipients = ['insurer'];
      }),
    );
    expect(model.recipients.map((r) => [r.id, r.role])).toEqual([
      ['claims-platform', 'processor'],
      ['insurer', 'controller'],
    ]);
    expect(model.recipients[1]?.categories.map((c) => c.id)).toEqual(['name', 'email']);
    expect(model.recipients[1]?.purposes.map((p) => p.id)).toEqual(['policy']);
  });

  it('lists each collected category once, under its family, and names the sensitive ones', () => {
    const model = buildNoticeModel(declare());
    expect(model.collection.categories.map((c) => c.id)).toEqual(['name', 'email', 'health-claims', 'call-recording']);
    const text = md();
    expect(text).toContain('- Contact details: email address');
    expect(text).toContain('The law considers some of this information sensitive: health and dental claims.');
  });

  it('says there are no automated decisions when none is declared', () => {
    expect(md(undefined, 'fr')).toContain(
      'Nous ne prenons aucune décision à votre sujet qui serait fondée exclusivement sur un traitement automatisé',
    );
  });

  it('describes an automated decision and how to have it reviewed', () => {
    const text = md((d) => {
      d.purposes[1].automatedDecision = {
        exclusivelyAutomated: true,
        logic: { fr: 'Un score de risque.', en: 'A risk score.' },
        review: { fr: 'Écrivez-nous.', en: 'Write to us.' },
      };
    });
    expect(text).toContain(
      'For the purpose “Process your claims”, a decision about you is made by automated processing alone.',
    );
    expect(text).toContain('- **To have the decision reviewed:** Write to us.');
    expect(text).not.toContain('We make no decision about you');
  });
});

describe('a declaration with only what the schema requires', () => {
  const minimal = declare((d) => {
    for (const key of ['recipients', 'retention', 'cookies', 'rights', 'security', 'impactAssessments', 'systems']) {
      delete d[key];
    }
    delete d.organisation.personInCharge;
    d.organisation.authorities = [];
    d.purposes = [
      { id: 'only', name: { fr: 'Une fin', en: 'One purpose' }, dataCategories: ['name'], subjects: ['customers'] },
    ];
  });

  it.each(['fr', 'en'] as const)('still gets every section in %s, each gap said in words', (lang) => {
    const text = renderNotice(minimal, { lang, format: 'md' });
    expect(text.match(/^## /gm)).toHaveLength(15);
    if (lang === 'en') {
      expect(text).toContain('### Person in charge of the protection of personal information\n\nNot stated');
      expect(text).toContain('- **Your consent:** Not stated');
      expect(text).toContain('We have not yet stated how long we keep information.');
      expect(text).toContain('We have not yet described our security measures in this policy.');
      expect(text).toContain(
        'We do not share your information with any other organisation, except when the law requires it.',
      );
      expect(text).toContain('contact the person named in the section “Who we are”.');
    }
  });
});
