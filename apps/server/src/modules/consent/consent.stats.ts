import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Categories that are always on: they count neither as accepted nor as refused. */
const ALWAYS_ON: ReadonlySet<string> = new Set(['essential', 'security']);
const DAY_MS = 86_400_000;

type Outcome = 'acceptedAll' | 'refusedAll' | 'custom';

interface OutcomeCounts {
  records: number;
  acceptedAll: number;
  refusedAll: number;
  custom: number;
}

export interface ConsentStats {
  readonly from: string;
  readonly to: string;
  readonly days: readonly (OutcomeCounts & {
    readonly day: string;
    readonly categories: Record<string, { granted: number; refused: number }>;
  })[];
  readonly noticeVersions: readonly (OutcomeCounts & { readonly noticeVersion: string })[];
}

/** Accepted everything optional, refused everything optional, or anything in between. */
function outcomeOf(choices: Record<string, boolean>): Outcome {
  const optional = Object.entries(choices).filter(([id]) => !ALWAYS_ON.has(id));
  if (optional.length > 0 && optional.every(([, granted]) => granted)) return 'acceptedAll';
  if (optional.length > 0 && optional.every(([, granted]) => !granted)) return 'refusedAll';
  return 'custom';
}

const zero = (): OutcomeCounts => ({ records: 0, acceptedAll: 0, refusedAll: 0, custom: 0 });

function parseChoices(text: string): Record<string, boolean> {
  try {
    return JSON.parse(text) as Record<string, boolean>;
  } catch {
    return {};
  }
}

/**
 * Accept, refuse and custom counts per day (UTC) and per category, and per notice version, over the days from..to
 * inclusive. The store groups identical choices, so the rows read are (days × distinct choice sets), not records.
 */
export async function consentStats(db: Kysely<Database>, from: string, to: string): Promise<ConsentStats> {
  const end = new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString();
  const day = sql<string>`substr(recorded_at, 1, 10)`;
  const rows = await db
    .selectFrom('consent_records')
    .select([day.as('day'), 'choices', 'notice_version', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('recorded_at', '>=', `${from}T00:00:00.000Z`)
    .where('recorded_at', '<', end)
    .groupBy([day, 'choices', 'notice_version'])
    .execute();
  const days = new Map<string, OutcomeCounts & { categories: Record<string, { granted: number; refused: number }> }>();
  const versions = new Map<string, OutcomeCounts>();
  for (const row of rows) {
    const count = Number(row.count);
    const choices = parseChoices(row.choices);
    const outcome = outcomeOf(choices);
    const perDay = days.get(row.day) ?? { ...zero(), categories: {} };
    days.set(row.day, perDay);
    const perVersion = versions.get(row.notice_version) ?? zero();
    versions.set(row.notice_version, perVersion);
    for (const counts of [perDay, perVersion]) {
      counts.records += count;
      counts[outcome] += count;
    }
    for (const [category, granted] of Object.entries(choices)) {
      const tally = perDay.categories[category] ?? { granted: 0, refused: 0 };
      perDay.categories[category] = tally;
      if (granted === true) tally.granted += count;
      else tally.refused += count;
    }
  }
  return {
    from,
    to,
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, counts]) => ({ day: d, ...counts })),
    noticeVersions: [...versions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([noticeVersion, counts]) => ({ noticeVersion, ...counts })),
  };
}
