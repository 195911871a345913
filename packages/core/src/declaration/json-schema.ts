import * as z from 'zod';
import { declarationSchema } from './schema/declaration.js';

/**
 * The JSON Schema editors use to complete and validate a declaration (vigie schema).
 * Input side: fields with defaults are optional, as a person writes them.
 */
export function declarationJsonSchema(): Record<string, unknown> {
  return {
    title: 'Vigie privacy declaration',
    description:
      'What personal information an organisation holds, why, where, for how long and who receives it. See the Vigie README.',
    ...z.toJSONSchema(declarationSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
