import type { Declaration } from '../../declaration/schema/declaration.js';
import type { AuthorityModel, RightsModel } from './types.js';

/** The rights section, with each complaint level's authority resolved to its name and address. */
export function buildRights(declaration: Declaration, authorities: readonly AuthorityModel[]): RightsModel | undefined {
  const { rights } = declaration;
  if (!rights) return undefined;
  const byId = new Map(authorities.map((a) => [a.id, a]));
  return {
    ...rights,
    complaints: rights.complaints && {
      acknowledgementDeadline: rights.complaints.acknowledgementDeadline,
      levels: rights.complaints.levels.map((level) => ({
        ...level,
        authority: level.authority === undefined ? undefined : byId.get(level.authority),
      })),
    },
  };
}
