import type { Ropa, RopaActivity, RopaLegalBasis, RopaRetention } from '../model.js';
import { ropaStrings } from '../strings/ropa-strings.js';
import { retentionTexts } from '../text/retention-text.js';
import { CONSENT_TERMS, GDPR_BASIS_TERMS, SAFEGUARD_TERMS, SPECIAL_CONDITION_TERMS } from './dpv-terms.js';
import { CONTROLLER_ID, placeProperties } from './entity-nodes.js';
import { compact, type JsonLd, ref, refs, texts, vigieId } from './jsonld-values.js';

/** One processing activity as a dpv:PersonalDataProcess. */
export function processNode(a: RopaActivity, ropa: Ropa, measures: readonly JsonLd[]): JsonLd {
  const profiling = a.profiling;
  const decision = profiling.automatedDecision;
  return compact({
    '@id': vigieId('process', a.id),
    '@type': 'dpv:PersonalDataProcess',
    'rdfs:label': texts(a.name),
    'dct:description': a.description && texts(a.description),
    'dpv:hasPurpose': compact({
      '@type': 'dpv:Purpose',
      'rdfs:label': texts(a.name),
      'dct:description': a.description && texts(a.description),
    }),
    'dpv:hasDataController': ref(CONTROLLER_ID),
    'dpv:hasJointDataControllers': jointControllers(ropa),
    'dpv:hasLegalBasis': legalBases(a.legalBasis),
    'dpv:hasPersonalData': refs([
      ...a.dataCategories.map((c) => c.dpv),
      ...(a.dataCategories.some((c) => c.sensitive) ? ['dpv:SensitivePersonalData'] : []),
      ...(a.dataCategories.some((c) => c.specialCategory) ? ['dpv:SpecialCategoryPersonalData'] : []),
    ]),
    'dpv:hasDataSubject': refs(a.subjects.map((s) => s.dpv)),
    'dpv:hasDataSource': a.sources.map((s) =>
      s.id === 'data-subject'
        ? ref('dpv:DataSubjectDataSource')
        : { '@type': 'dpv:ThirdPartyDataSource', 'rdfs:label': texts(s.label) },
    ),
    'dpv:hasRecipient': a.recipients.map((r) => ref(vigieId('recipient', r.id))),
    'dpv:hasProcess': a.transfers.map((t) =>
      compact({
        '@type': 'dpv:PersonalDataProcess',
        'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'),
        'dpv:hasRecipient': ref(vigieId('recipient', t.recipientId)),
        ...placeProperties([t.place]),
        'dpv:hasThirdCountry': t.place.gdprThirdCountry ? ref(`loc:${t.place.country}`) : undefined,
        'dpv:hasLegalBasis': t.safeguard && SAFEGUARD_TERMS[t.safeguard] && ref(SAFEGUARD_TERMS[t.safeguard] as string),
        'dct:description': texts({
          fr: safeguardText(t.safeguard, 'fr'),
          en: safeguardText(t.safeguard, 'en'),
        }),
      }),
    ),
    'dpv:hasStorageCondition': [
      storageDuration(a.retention),
      ...a.systems.map((s) =>
        compact({
          '@type': 'dpv:StorageLocation',
          'rdfs:label': s.name,
          ...placeProperties([s.place]),
          'dpv:isImplementedByEntity': s.operatedBy && ref(vigieId('recipient', s.operatedBy.id)),
        }),
      ),
    ],
    'dpv:hasTechnicalOrganisationalMeasure': measures.map((m) => ref(m['@id'] as string)),
    'dpv:hasImpactAssessment': a.impactAssessment && ref(vigieId('assessment', a.impactAssessment.id)),
    'dpv:hasProcessing': profiling.profiles ? ref('dpv:Profiling') : undefined,
    'dpv:hasContext': decision ? ref('dpv:AutomatedDecisionMaking') : undefined,
    'dpv:hasAlgorithmicLogic': decision && { '@type': 'dpv:AlgorithmicLogic', 'rdfs:label': texts(decision.logic) },
    'dpv:hasHumanInvolvement':
      decision && ref(decision.exclusivelyAutomated ? 'dpv:HumanNotInvolved' : 'dpv:HumanInvolved'),
  });
}

/** GDPR Art. 6 and Art. 9 bases as eu-gdpr terms; Quebec and PIPEDA consent as DPV consent types with their place. */
function legalBases(basis: RopaLegalBasis): JsonLd[] {
  const out: JsonLd[] = [];
  if (basis.gdpr) {
    out.push(ref(GDPR_BASIS_TERMS[basis.gdpr.basis]));
    if (basis.gdpr.specialCategoryCondition)
      out.push(ref(SPECIAL_CONDITION_TERMS[basis.gdpr.specialCategoryCondition]));
  }
  for (const [coverage, canadian] of [
    ['CA-QC', basis.quebec],
    ['CA', basis.pipeda],
  ] as const) {
    if (!canadian) continue;
    out.push(
      compact({
        '@type': CONSENT_TERMS[canadian.consent],
        'dct:coverage': coverage,
        'rdfs:label': texts({
          fr: consentText(canadian, 'fr'),
          en: consentText(canadian, 'en'),
        }),
      }),
    );
  }
  return out;
}

function consentText(basis: NonNullable<RopaLegalBasis['quebec']>, lang: 'fr' | 'en'): string {
  const s = ropaStrings(lang);
  const type = s.consentTypes[basis.consent];
  return basis.exception ? `${type} (${s.words.exception}${s.colon}${s.consentExceptions[basis.exception]})` : type;
}

function safeguardText(safeguard: RopaActivity['transfers'][number]['safeguard'], lang: 'fr' | 'en'): string {
  const s = ropaStrings(lang);
  return safeguard ? s.safeguards[safeguard] : s.words.safeguardNotStated;
}

/**
 * The erasure time limit: a fixed period as an xsd:duration, otherwise the criteria; a purpose without
 * retention rule says the information is applicable but not available (dpv:NotAvailable).
 */
function storageDuration(retention: RopaRetention | undefined): JsonLd {
  const description = texts({
    fr: retentionTexts(retention, ropaStrings('fr'), 'fr').join('; '),
    en: retentionTexts(retention, ropaStrings('en'), 'en').join('; '),
  });
  if (!retention) {
    return {
      '@type': 'dpv:StorageDuration',
      'dpv:hasApplicability': ref('dpv:NotAvailable'),
      'dct:description': description,
    };
  }
  return compact({
    '@type': 'dpv:StorageDuration',
    'rdfs:label': texts(retention.name),
    'dpv:hasDuration': retention.iso
      ? { '@type': 'dpv:TemporalDuration', 'rdf:value': { '@value': retention.iso, '@type': 'xsd:duration' } }
      : compact({
          '@type': 'dpv:UntilEventDuration',
          'dct:description': retention.criteria && texts(retention.criteria),
        }),
    'dct:description': description,
    'dct:source': retention.citation,
  });
}

/** GDPR Art. 26 joint controllers: the organisation and each partner named in the declaration. */
function jointControllers(ropa: Ropa): JsonLd | undefined {
  const partners = ropa.controller.jointControllers;
  if (partners.length === 0) return undefined;
  return {
    '@type': 'dpv:JointDataControllers',
    'dpv:hasDataController': [
      ref(CONTROLLER_ID),
      ...partners.map((p) => ({ '@type': 'dpv:DataController', 'dpv:hasName': p.name, 'dpv:hasContact': p.contact })),
    ],
  };
}
