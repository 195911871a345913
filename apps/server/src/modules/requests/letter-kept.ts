import type { Lang } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Database } from '../../db/schema.js';
import type { KeptRows, StoredPlan } from '../fulfilment/fulfilment-plan.js';

/** What a carried-out plan kept, and why: one line per reason, the rule's name and the law it cites. */
export interface KeptLine {
  readonly rows: number;
  readonly reason: KeptRows['reason'];
  readonly ruleName?: { readonly fr: string; readonly en: string };
  readonly citation?: string;
}

/**
 * The rows the fulfilment kept for a request, read from its approved plan once the systems have answered (before
 * that nothing was kept yet). Table names stay out: the letter speaks of records and the rules that keep them.
 */
export async function keptByFulfilment(
  db: Kysely<Database>,
  cipher: FieldCipher,
  requestId: string,
): Promise<KeptLine[]> {
  const step = await db
    .selectFrom('fulfilment_steps')
    .select('id')
    .where('request_id', '=', requestId)
    .where('outcome', '=', 'done')
    .executeTakeFirst();
  if (step === undefined) return [];
  const planRow = await db
    .selectFrom('fulfilment_plans')
    .select(['id', 'plan_encrypted'])
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (planRow === undefined) return [];
  const plan = JSON.parse(
    cipher.decrypt(planRow.plan_encrypted, { table: 'fulfilment_plans', column: 'plan_encrypted', rowId: planRow.id }),
  ) as StoredPlan;
  const lines = new Map<string, KeptLine>();
  for (const system of plan.systems) {
    if (!system.ok) continue;
    for (const kept of system.kept) {
      const key = `${kept.reason}:${kept.rule ?? ''}`;
      const seen = lines.get(key);
      lines.set(key, {
        rows: (seen?.rows ?? 0) + kept.rows,
        reason: kept.reason,
        ...(kept.ruleName === undefined ? {} : { ruleName: kept.ruleName }),
        ...(kept.citation === undefined ? {} : { citation: kept.citation }),
      });
    }
  }
  return [...lines.values()];
}

const WHY: Record<KeptRows['reason'], { readonly fr: string; readonly en: string }> = {
  retention: { fr: 'une obligation de conservation', en: 'an obligation to keep them' },
  'legal-hold': { fr: 'une mise en suspens pour un litige ou une enquête', en: 'a hold for litigation or an inquiry' },
  referenced: {
    fr: 'd’autres renseignements que nous devons conserver y renvoient',
    en: 'other information we must keep refers to them',
  },
  'annotated-keep': { fr: 'notre calendrier de conservation', en: 'our retention schedule' },
};

/** The paragraph a letter adds about what was kept, or nothing when nothing was. */
export function keptParagraphs(lines: readonly KeptLine[], lang: Lang): string[] {
  if (lines.length === 0) return [];
  const items = lines.map((line) => {
    const why = line.ruleName?.[lang] ?? WHY[line.reason][lang];
    const cited = line.citation === undefined ? '' : ` (${line.citation})`;
    return lang === 'fr'
      ? `${line.rows} enregistrement${line.rows > 1 ? 's' : ''} conservé${line.rows > 1 ? 's' : ''} : ${why}${cited}`
      : `${line.rows} record${line.rows > 1 ? 's' : ''} kept: ${why}${cited}`;
  });
  const intro =
    lang === 'fr'
      ? 'La loi nous oblige à conserver certains renseignements :'
      : 'The law requires us to keep some information:';
  return [`${intro} ${items.join(lang === 'fr' ? ' ; ' : '; ')}.`];
}
