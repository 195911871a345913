import type {
  RopaActivity,
  RopaDataCategory,
  RopaInventoryEntry,
  RopaInventoryRetention,
  RopaPurposeRef,
  RopaRetention,
} from './model.js';
import { uniqueById } from './resolver.js';

/**
 * The inventory a Quebec organisation keeps of the personal information it holds (P-39.1 s.3.2, governance
 * policies): one line per category, in the order categories first appear, gathered from the activities
 * that use it so that it can never disagree with the Art. 30 record.
 */
export function inventoryOf(activities: readonly RopaActivity[]): RopaInventoryEntry[] {
  const categories = new Map<string, RopaDataCategory>();
  for (const a of activities) for (const c of a.dataCategories) if (!categories.has(c.id)) categories.set(c.id, c);

  return [...categories.values()].map((category) => {
    const using = activities.filter((a) => a.dataCategories.some((c) => c.id === category.id));
    return {
      category,
      purposes: using.map((a) => ({ id: a.id, name: a.name })),
      subjects: uniqueById(using.flatMap((a) => a.subjects)),
      systems: uniqueById(using.flatMap((a) => a.systems)),
      recipients: uniqueById(using.flatMap((a) => a.recipients)),
      retention: retentionOf(using),
    };
  });
}

/** Groups the purposes by retention rule, so each period reads with the purposes it applies to. */
function retentionOf(using: readonly RopaActivity[]): RopaInventoryRetention[] {
  const groups = new Map<string | undefined, { rule?: RopaRetention; purposes: RopaPurposeRef[] }>();
  for (const a of using) {
    const key = a.retention?.id;
    const group = groups.get(key) ?? { ...(a.retention ? { rule: a.retention } : {}), purposes: [] };
    group.purposes.push({ id: a.id, name: a.name });
    groups.set(key, group);
  }
  const missing = groups.get(undefined);
  groups.delete(undefined);
  return [...groups.values(), ...(missing ? [missing] : [])];
}
