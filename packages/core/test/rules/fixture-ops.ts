/**
 * Rule fixtures describe a declaration as edits of a compliant base:
 *   - set: purposes[0].legalBasis.quebec.consent   value: implicit
 *   - delete: organisation.personInCharge
 *   - append: recipients                           value: { id: …, … }
 */
export type FixtureOp =
  | { readonly set: string; readonly value: unknown }
  | { readonly delete: string }
  | { readonly append: string; readonly value: unknown };

function parsePath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of text.match(/[^.[\]]+/g) ?? []) out.push(/^\d+$/.test(part) ? Number(part) : part);
  return out;
}

export function applyOps(base: unknown, ops: readonly FixtureOp[]): unknown {
  const doc = structuredClone(base) as Record<string | number, unknown>;
  for (const op of ops) {
    const path = parsePath('set' in op ? op.set : 'delete' in op ? op.delete : op.append);
    const last = path.pop();
    if (last === undefined) throw new Error('empty fixture path');
    let node: Record<string | number, unknown> = doc;
    for (const step of path) {
      node[step] ??= {};
      node = node[step] as Record<string | number, unknown>;
    }
    if ('set' in op) node[last] = structuredClone(op.value);
    else if ('delete' in op) {
      if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
      else delete node[last];
    } else {
      if (node[last] === undefined) node[last] = [];
      (node[last] as unknown[]).push(structuredClone(op.value));
    }
  }
  return doc;
}
