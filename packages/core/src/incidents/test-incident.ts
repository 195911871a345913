import type { Incident } from './incident.js';
import { loadIncidentRules } from './incident-rules.node.js';

/** The shipped rules, as the tests read them. */
export const rules = loadIncidentRules();

/** An incident just reported (aware on 2 March 2026 at 10:00 UTC, nothing assessed yet), for tests. */
export function reported(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'i-1',
    reference: 'INC-TEST',
    types: ['access'],
    aware: { start: '2026-03-02T10:00:00.000Z', approximate: false },
    assessment: {},
    notifications: [],
    ...overrides,
  };
}

/** The same incident with every field of every notice filled, and found serious. */
export function complete(overrides: Partial<Incident> = {}): Incident {
  return reported({
    piDescription: 'Names, health insurance numbers & <b>diagnoses</b>',
    circumstances: 'A laptop was stolen from a car',
    cause: 'Disk not encrypted',
    occurred: { start: '2026-03-01T18:00:00.000Z', end: '2026-03-01T22:00:00.000Z', approximate: true },
    personsAffected: { value: 120, approximate: true },
    quebecResidents: { value: 110, approximate: true },
    subjectCategories: 'Patients',
    recordCategories: 'Clinical notes',
    recordsAffected: { value: 300, approximate: false },
    assessment: {
      sensitivity: 'Health information',
      consequences: 'Identity theft, humiliation',
      likelihood: 'Likely',
      maliciousUse: 'Theft suggests intent',
    },
    decision: {
      serious: true,
      reasons: 'Sensitive health data, stolen',
      decidedBy: 'user:po',
      decidedAt: '2026-03-02T15:00:00.000Z',
    },
    measures: 'Remote wipe requested on 2026-03-02',
    personMeasures: 'Watch your statements',
    personsNotification: 'Letters on 2026-03-04',
    otherAuthorities: 'None',
    contact: 'Privacy officer, 418 555 0100',
    ...overrides,
  });
}
