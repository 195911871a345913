import { describe, expect, it } from 'vitest';
import type { LoadedDeclaration } from '../../src/index.js';
import { renderNotice } from '../../src/index.js';
import { statedLawOf } from '../../src/notice/strings/stated-law.js';
import { declare, declareInFrance } from './declare.js';

type Edit = Parameters<typeof declare>[0];

const notice = (loaded: LoadedDeclaration, lang: 'fr' | 'en') => renderNotice(loaded, { lang, format: 'md' });

/** Both notices of one organisation, French first. */
const both = (loaded: LoadedDeclaration) => [notice(loaded, 'fr'), notice(loaded, 'en')] as const;

/** The Quebec test organisation under Quebec law and the GDPR together. */
const declareInQuebecAndEu = (edit: Edit = () => {}) =>
  declare((d) => {
    d.organisation.jurisdictions = ['QC', 'EU'];
    edit(d);
  });

/** Gives the Quebec test organisation's first purpose a decision made by automated processing alone. */
const withAutomatedDecision: Edit = (d) => {
  d.purposes[0].automatedDecision = {
    exclusivelyAutomated: true,
    logic: { fr: 'Un barème', en: 'A scale' },
  };
};

// The sentences each law's rule produces, as a reader sees them.
const QUEBEC_AUTOMATED = {
  fr: 'Nous vous en informons au plus tard au moment où nous vous communiquons la décision.',
  en: 'We tell you so no later than when we inform you of the decision.',
};
const QUEBEC_FEE = {
  fr: 'Des frais raisonnables peuvent s’appliquer\u00a0; nous vous indiquons leur montant avant de traiter votre demande.',
  en: 'A reasonable fee may apply; we tell you the amount before we process your request.',
};
const QUEBEC_COOKIES = {
  fr: 'Les témoins qui peuvent vous identifier, vous localiser ou établir votre profil restent désactivés tant que vous ne les avez pas acceptés.',
  en: 'Cookies that can identify you, locate you or profile you stay off until you have accepted them.',
};

describe('automated decisions follow the law of the organisation', () => {
  it('a GDPR organisation tells people at collection and names the Art. 22 rights, not Quebec’s deadline', () => {
    const [fr, en] = both(declareInFrance());
    expect(fr).toContain(
      'une décision à votre sujet est prise uniquement par un traitement automatisé. Nous vous en informons dès la collecte de vos données, comme le fait cette politique.',
    );
    expect(fr).toContain('Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement');
    expect(fr).toContain('obtenir une intervention humaine de notre part, exprimer votre point de vue et contester');
    expect(en).toContain('We tell you so when we collect your information, as this policy does.');
    expect(en).toContain('You have the right not to be subject to a decision based solely on automated processing');
    expect(en).toContain('obtain human intervention from our organisation, express your point of view and contest');
    expect(fr).not.toContain(QUEBEC_AUTOMATED.fr);
    expect(en).not.toContain(QUEBEC_AUTOMATED.en);
  });

  it('a Quebec organisation still tells people no later than the decision, without the GDPR’s rights', () => {
    const [fr, en] = both(declare(withAutomatedDecision));
    expect(fr).toContain(
      `Pour la fin «\u00a0Administrer votre police\u00a0», une décision à votre sujet est prise uniquement par un traitement automatisé. ${QUEBEC_AUTOMATED.fr}`,
    );
    expect(en).toContain(
      `For the purpose “Administer your policy”, a decision about you is made by automated processing alone. ${QUEBEC_AUTOMATED.en}`,
    );
    expect(en).toContain('On request, we tell you the information used to make the decision');
    expect(en).not.toContain('human intervention');
  });

  it('an organisation under both laws tells people at collection and again with the decision, with both sets of rights', () => {
    const en = notice(declareInQuebecAndEu(withAutomatedDecision), 'en');
    expect(en).toContain(
      'We tell you so when we collect your information, as this policy does, and again no later than when we inform you of the decision.',
    );
    expect(en).toContain('On request, we tell you the information used to make the decision');
    expect(en).toContain('obtain human intervention from our organisation');
  });
});

describe('access fees follow the law of the organisation', () => {
  const charging: Edit = (d) => {
    d.rights.fees = { access: 'reasonable-fee' };
  };

  it('a GDPR organisation says access is free and a fee only for further copies or abusive requests', () => {
    const [fr, en] = both(declareInFrance(charging));
    expect(fr).toContain(
      'L’accès à vos données est gratuit. Des frais raisonnables, fondés sur nos coûts administratifs, ne peuvent être demandés que pour des copies supplémentaires ou pour une demande manifestement infondée ou excessive, que nous pouvons aussi refuser.',
    );
    expect(en).toContain(
      'Access to your information is free of charge. A reasonable fee based on our administrative costs may apply only to further copies you ask for or to a request that is manifestly unfounded or excessive, which we may also refuse.',
    );
    expect(fr).not.toContain(QUEBEC_FEE.fr);
    expect(en).not.toContain(QUEBEC_FEE.en);
  });

  it('a Quebec organisation keeps its reasonable fee, announced beforehand', () => {
    const [fr, en] = both(declare(charging));
    expect(fr).toContain(QUEBEC_FEE.fr);
    expect(en).toContain(QUEBEC_FEE.en);
    expect(en).not.toContain('manifestly unfounded');
  });

  it('an organisation under both laws gives the GDPR’s narrower fee and announces its amount as Quebec law wants', () => {
    const en = notice(declareInQuebecAndEu(charging), 'en');
    expect(en).toContain('which we may also refuse. We tell you the amount of any fee before we process your request.');
    expect(en).not.toContain(QUEBEC_FEE.en);
  });
});

describe('cookies follow the law of the organisation', () => {
  /** An audience cookie that neither identifies, locates nor profiles, set before the visitor chooses. */
  const countingBeforeConsent: Edit = (d) => {
    d.cookies.push({ ...d.cookies[1], name: '_count', profiles: false, onByDefault: true });
  };

  it('a French organisation says every cookie but the strictly necessary waits for consent, which can be changed', () => {
    const [fr, en] = both(declareInFrance());
    expect(fr).toContain(
      'À l’exception de ceux qui sont strictement nécessaires au fonctionnement du site, nous ne déposons aucun cookie sans votre consentement préalable. Vous pouvez modifier votre choix à tout moment.',
    );
    expect(en).toContain(
      'Apart from those strictly necessary for the site to work, we place no cookie without your prior consent. You can change your choice at any time.',
    );
    expect(fr).not.toContain('vous identifier, vous localiser ou établir votre profil restent désactivés');
    expect(en).not.toContain(QUEBEC_COOKIES.en);
  });

  it('a French organisation that sets an audience cookie before consent makes no general promise', () => {
    const [fr, en] = both(
      declareInFrance((d) => {
        d.cookies[1].profiles = false;
        d.cookies[1].onByDefault = true;
      }),
    );
    expect(fr).not.toContain('consentement préalable');
    expect(en).not.toContain('prior consent');
    expect(en).not.toContain(QUEBEC_COOKIES.en);
  });

  it('a Quebec organisation keeps the promise about cookies that identify, locate or profile', () => {
    const [fr, en] = both(declare());
    expect(fr).toContain(QUEBEC_COOKIES.fr);
    expect(en).toContain(QUEBEC_COOKIES.en);
    expect(en).not.toContain('prior consent');
  });

  it('a Quebec organisation that sets a non-tracking audience cookie by default still makes the Quebec promise', () => {
    expect(notice(declare(countingBeforeConsent), 'en')).toContain(QUEBEC_COOKIES.en);
  });

  it('an organisation under both laws states both rules when its cookies meet both', () => {
    const en = notice(declareInQuebecAndEu(), 'en');
    expect(en).toContain(
      'Cookies that can identify you, locate you or profile you, and any other cookie not strictly necessary for the site to work, stay off until you have accepted them.',
    );
  });

  it('an organisation under both laws states only the rule its cookies meet', () => {
    const en = notice(declareInQuebecAndEu(countingBeforeConsent), 'en');
    expect(en).toContain(QUEBEC_COOKIES.en);
    expect(en).not.toContain('strictly necessary for the site to work');
  });
});

describe('other sentences that state a law', () => {
  it('a new purpose: a GDPR organisation tells people first, a Quebec one asks for consent', () => {
    expect(notice(declareInFrance(), 'en')).toContain(
      'If we want to use your information for another purpose, we will tell you first and, where the law requires it, ask for your consent.',
    );
    expect(notice(declare(), 'en')).toContain(
      'If we want to use your information for another purpose, we will ask for your consent first, unless the law allows us to do so without it.',
    );
  });

  it('the answer to a request: in writing under Quebec law, without undue delay under the GDPR', () => {
    expect(notice(declare(), 'en')).toContain(
      'We answer you in writing no later than 30 days after receiving your request.',
    );
    const [fr, en] = both(declareInFrance());
    expect(en).toContain('We answer you without undue delay and no later than 1 month after receiving your request.');
    expect(fr).toContain('Nous vous répondons dans les meilleurs délais et au plus tard 1 mois après la réception');
  });

  it('the English notice of a French organisation names its rights and processors as the GDPR does', () => {
    const en = notice(declareInFrance(), 'en');
    expect(en).toContain(
      '- Portability: receive the information you gave us in a structured, commonly used and machine-readable format',
    );
    expect(en).toContain(
      '- Rectification: have inaccurate information corrected and incomplete information completed.',
    );
    expect(en).toContain('| Processor (acts on our behalf and on our instructions) |');
    expect(en).not.toContain('ambiguous');
    expect(notice(declare(), 'en')).toContain(
      '- Correction: have inaccurate, incomplete or ambiguous information corrected.',
    );
  });
});

describe('whose rule the notice states', () => {
  it('Quebec’s alone or with federal law, the GDPR’s for France or the EU without Quebec, both for Quebec and the EU', () => {
    expect(statedLawOf(['QC'])).toBe('quebec');
    expect(statedLawOf(['QC', 'CA'])).toBe('quebec');
    expect(statedLawOf(['CA'])).toBe('quebec');
    expect(statedLawOf(['EU', 'FR'])).toBe('gdpr');
    expect(statedLawOf(['CA', 'EU'])).toBe('gdpr');
    expect(statedLawOf(['QC', 'EU'])).toBe('both');
  });
});
