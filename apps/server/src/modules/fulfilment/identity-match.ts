import type { Connector, ConnectorFailure, Identity, PersonFootprint } from '@vigie/connectors';

/** Why the identities of a request cannot be trusted to name one person in a system. */
type IdentityMismatch = 'several-people' | 'different-people';

/** The rows found by identity itself (not reached through references): the people an identity names. */
function peopleIn(footprint: PersonFootprint): Set<string> {
  const people = new Set<string>();
  for (const table of footprint.tables)
    for (const row of table.rows) if (row.parents.length === 0) people.add(`${table.table}:${JSON.stringify(row.key)}`);
  return people;
}

const tablesOf = (people: ReadonlySet<string>) => [...people].map((p) => p.slice(0, p.indexOf(':')));

/**
 * Matches the request's identities against what the system knows before anything is planned. An email shared by
 * two members, or a member number staff added that belongs to someone other than the verified email's owner, would
 * otherwise join another person's rows to the plan: their export would go to the requester, their rows would be
 * erased. Each identity is located on its own; they must all name the same person, and only one per table.
 */
export async function matchIdentities(
  connector: Connector,
  identities: readonly Identity[],
  located: PersonFootprint,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly mismatch: IdentityMismatch } | ConnectorFailure> {
  const all = peopleIn(located);
  const tables = tablesOf(all);
  if (new Set(tables).size !== tables.length) return { ok: false, mismatch: 'several-people' };
  if (identities.length < 2) return { ok: true };
  for (const identity of identities) {
    const alone = await connector.locate([identity]);
    if (!alone.ok) return alone;
    const people = peopleIn(alone.value);
    // An identity a system does not hold is no contradiction; one naming only part of the people found is.
    if (people.size > 0 && people.size !== all.size) return { ok: false, mismatch: 'different-people' };
  }
  return { ok: true };
}
