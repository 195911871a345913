import type { LoadedDeclaration } from '../declaration/load.js';
import type { Recipient } from '../declaration/schema/recipients.js';
import type {
  RopaAssessment,
  RopaDataCategory,
  RopaRecipient,
  RopaRetention,
  RopaSource,
  RopaSubject,
  RopaSystem,
} from './model.js';
import { placeOf } from './places.js';
import { retentionOf } from './retention.js';

/**
 * Turns the ids a declaration uses into record entries, once each, so that every sheet of the record
 * shows the same entry for the same id. The loader has already checked that references resolve; an id
 * that does not resolve is skipped rather than thrown on, so a record can still be printed.
 */
export interface RopaResolver {
  category(id: string): RopaDataCategory | undefined;
  subject(id: string): RopaSubject | undefined;
  source(id: string): RopaSource | undefined;
  recipient(id: string): RopaRecipient | undefined;
  system(id: string): RopaSystem | undefined;
  retention(id: string): RopaRetention | undefined;
  assessment(id: string): RopaAssessment | undefined;
  /** The declared recipient, for the fields only the processors register shows. */
  recipientDeclaration(id: string): Recipient | undefined;
}

export function createResolver({
  declaration,
  taxonomy,
}: Pick<LoadedDeclaration, 'declaration' | 'taxonomy'>): RopaResolver {
  const { jurisdictions } = declaration.organisation;
  const recipientsById = new Map(declaration.recipients.map((r) => [r.id, r]));

  const categories = memo((id: string): RopaDataCategory | undefined => {
    const c = taxonomy.categories.get(id);
    return c && { id, label: c.label, dpv: c.dpv, sensitive: c.sensitive, specialCategory: c.specialCategory };
  });
  const subjects = memo((id: string): RopaSubject | undefined => {
    const s = taxonomy.subjects.get(id);
    return s && { id, label: s.label, dpv: s.dpv, includesMinors: s.includesMinors };
  });
  const sources = memo((id: string): RopaSource | undefined => {
    const label = taxonomy.sources.get(id);
    return label && { id, label };
  });
  const recipients = memo((id: string): RopaRecipient | undefined => {
    const r = recipientsById.get(id);
    return (
      r && {
        id,
        name: r.name,
        role: r.role,
        places: [r.location, ...r.otherLocations].map((l) => placeOf(l, jurisdictions)),
        safeguard: r.transferSafeguard,
      }
    );
  });
  const systemsById = new Map(declaration.systems.map((s) => [s.id, s]));
  const systems = memo((id: string): RopaSystem | undefined => {
    const s = systemsById.get(id);
    if (!s) return undefined;
    const operator = s.operatedBy === undefined ? undefined : recipientsById.get(s.operatedBy);
    return {
      id,
      name: s.name,
      place: placeOf(s.location, jurisdictions),
      operatedBy: operator && { id: operator.id, name: operator.name },
    };
  });
  const rulesById = new Map(declaration.retention.map((r) => [r.id, r]));
  const retention = memo((id: string) => {
    const rule = rulesById.get(id);
    return rule && retentionOf(rule);
  });
  const assessmentsById = new Map(declaration.impactAssessments.map((a) => [a.id, a]));
  const assessments = memo((id: string): RopaAssessment | undefined => {
    const a = assessmentsById.get(id);
    return (
      a && {
        id,
        title: a.title,
        triggers: a.triggers,
        status: a.status,
        completedOn: a.completedOn,
        approvedOn: a.approvedOn,
      }
    );
  });

  return {
    category: categories,
    subject: subjects,
    source: sources,
    recipient: recipients,
    system: systems,
    retention,
    assessment: assessments,
    recipientDeclaration: (id) => recipientsById.get(id),
  };
}

/** Resolves every id it can, in order, without repeats. */
export function resolveAll<T>(ids: readonly string[], resolve: (id: string) => T | undefined): T[] {
  const out: T[] = [];
  for (const id of new Set(ids)) {
    const value = resolve(id);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** Keeps the first item of each id, in order. */
export function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

function memo<T>(build: (id: string) => T | undefined): (id: string) => T | undefined {
  const cache = new Map<string, T | undefined>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, build(id));
    return cache.get(id);
  };
}
