import type { z } from 'zod';
import type { DeclarationPath } from '../declaration/source-map.js';
import type { Localized } from '../i18n/localized.js';
import type { CheckContext } from './context.js';

/** One place where a check found the rule broken, with the values its message needs. */
export interface Hit {
  readonly path: DeclarationPath;
  readonly vars?: Readonly<Record<string, string | Localized>>;
}

/**
 * The code half of a rule: a predicate over the declaration, parameterised by the rule pack
 * (ages, durations, categories live in the pack, never here).
 */
export interface CheckDefinition<P extends z.ZodType = z.ZodType> {
  readonly id: string;
  /** What the check looks for, for pack authors. */
  readonly description: string;
  readonly params: P;
  run(context: CheckContext, params: z.infer<P>): Iterable<Hit>;
}

/** Declares a check with typed parameters. */
export function defineCheck<P extends z.ZodType>(definition: CheckDefinition<P>): CheckDefinition<P> {
  return definition;
}
