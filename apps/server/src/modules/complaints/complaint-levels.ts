import { type Authority, addDuration, type Organisation, parseDuration, type Rights } from '@vigie/core';

export type ComplaintLevel = NonNullable<Rights['complaints']>['levels'][number];

/** A level as the detail shows it: where the complaint stands on the declared path. */
export interface LevelView {
  readonly index: number;
  readonly name: ComplaintLevel['name'];
  readonly handledBy: ComplaintLevel['handledBy'];
  readonly contact?: string;
  readonly authority?: { readonly id: string; readonly name: Authority['name']; readonly url?: string };
  readonly deadline?: string;
  readonly position: 'past' | 'current' | 'next';
}

/** The authority a level names, from organisation.authorities. */
export function authorityOf(organisation: Organisation, level: ComplaintLevel | undefined): Authority | undefined {
  if (level?.authority === undefined) return undefined;
  return organisation.authorities.find((a) => a.id === level.authority);
}

/** `from` plus an ISO 8601 duration, or undefined when there is none. */
export function dueAfter(from: string, duration: string | undefined): string | undefined {
  const period = duration === undefined ? undefined : parseDuration(duration);
  return period === undefined ? undefined : addDuration(new Date(from), period).toISOString();
}

export function levelViews(
  organisation: Organisation,
  levels: readonly ComplaintLevel[],
  current: number,
): LevelView[] {
  return levels.map((level, index) => {
    const authority = authorityOf(organisation, level);
    return {
      index,
      name: level.name,
      handledBy: level.handledBy,
      ...(level.contact === undefined ? {} : { contact: level.contact }),
      ...(authority === undefined
        ? {}
        : {
            authority: {
              id: authority.id,
              name: authority.name,
              ...(authority.url === undefined ? {} : { url: authority.url }),
            },
          }),
      ...(level.deadline === undefined ? {} : { deadline: level.deadline }),
      position: index < current ? 'past' : index === current ? 'current' : 'next',
    };
  });
}
