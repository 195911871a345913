import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { Ropa, RopaAssessment, RopaPlace, RopaProcessorEntry } from '../model.js';
import { placeCode } from '../places.js';
import { formatAddress } from '../text/format.js';
import { ROLE_TERMS, STATUS_TERMS } from './dpv-terms.js';
import { compact, type JsonLd, ref, refs, texts, vigieId } from './jsonld-values.js';

export const CONTROLLER_ID = 'urn:vigie:controller';

/** The organisation as data controller, with its person in charge, DPO and EU representative. */
export function controllerNode(ropa: Ropa): JsonLd {
  const c = ropa.controller;
  return compact({
    '@id': CONTROLLER_ID,
    '@type': 'dpv:DataController',
    'dpv:hasName': c.legalName,
    'dpv:hasAddress': formatAddress(c.address),
    'dpv:hasContact': c.website,
    'dpv:hasIdentifier': c.businessNumber,
    'dpv:hasResponsibleEntity': c.personInCharge && personNode(c.personInCharge, 'dpv:NaturalPerson'),
    'dpv:hasDataProtectionOfficer': c.dpo && personNode(c.dpo, 'dpv:DataProtectionOfficer'),
    'dpv:hasRepresentative': c.representative && personNode(c.representative, 'dpv:Representative'),
  });
}

function personNode(person: ContactPerson, type: string): JsonLd {
  return compact({
    '@type': type,
    'dpv:hasName': person.name,
    'rdfs:label': person.title && texts(person.title),
    'dpv:hasContact': [person.email, person.phone, person.url].filter((v): v is string => v !== undefined),
    'dpv:hasAddress': person.address && formatAddress(person.address),
  });
}

/** A recipient, typed by its role, with the countries where it stores or processes the information. */
export function recipientNode({ recipient: r, assessment }: RopaProcessorEntry): JsonLd {
  return compact({
    '@id': vigieId('recipient', r.id),
    '@type': ROLE_TERMS[r.role],
    'dpv:hasName': r.name,
    ...placeProperties(r.places),
    'dpv:hasImpactAssessment': assessment && ref(vigieId('assessment', assessment.id)),
  });
}

/**
 * Countries as DPV location terms (loc:CA); DPV has no Canadian provinces, so places are also
 * given as ISO 3166-2 codes (CA-QC).
 */
export function placeProperties(places: readonly RopaPlace[]): Record<string, JsonLd[] | string[]> {
  return {
    'dpv:hasCountry': refs(places.map((p) => `loc:${p.country}`)),
    'dpv:hasLocation': [...new Set(places.map(placeCode))],
  };
}

/** The security measures, each a node that every process refers to. */
export function measureNodes(ropa: Ropa): JsonLd[] {
  const { technical, organisational, physical } = ropa.security;
  return [
    ...technical.map((m, i) => ({
      '@id': measureId('technical', i),
      '@type': 'dpv:TechnicalMeasure',
      'rdfs:label': texts(m),
    })),
    ...organisational.map((m, i) => ({
      '@id': measureId('organisational', i),
      '@type': 'dpv:OrganisationalMeasure',
      'rdfs:label': texts(m),
    })),
    ...physical.map((m, i) => ({
      '@id': measureId('physical', i),
      '@type': 'dpv:PhysicalMeasure',
      'rdfs:label': texts(m),
    })),
  ];
}

function measureId(kind: string, index: number): string {
  return vigieId('measure', `${kind}-${index + 1}`);
}

/** A Quebec EFVP is a DPV PIA; an assessment made for GDPR Art. 35 is a DPIA; one made for P-39.1 s.17 also assesses a transfer. */
export function assessmentNode(a: RopaAssessment): JsonLd {
  const types = [
    a.triggers.includes('gdpr-art35') ? 'dpv:DPIA' : 'dpv:PIA',
    ...(a.triggers.includes('outside-quebec') ? ['dpv:DataTransferImpactAssessment'] : []),
  ];
  return compact({
    '@id': vigieId('assessment', a.id),
    '@type': types.length === 1 ? types[0] : types,
    'rdfs:label': texts(a.title),
    'dpv:hasStatus': STATUS_TERMS[a.status].map(ref),
    'dct:created': a.completedOn && { '@value': a.completedOn, '@type': 'xsd:date' },
    'dct:dateAccepted': a.approvedOn && { '@value': a.approvedOn, '@type': 'xsd:date' },
  });
}
