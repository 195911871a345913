import * as z from 'zod';
import { declarationSchema } from './schema/declaration.js';

/**
 * The JSON Schema editors use to complete and validate a declaration (vigie schema).
 * Input side: fields with defaults are optional, as a person writes them. With `partial`, no
 * top-level section is required, for the files of a declaration split across a folder.
 */
export function declarationJsonSchema(options: { partial?: boolean } = {}): Record<string, unknown> {
  const schema: Record<string, unknown> = z.toJSONSchema(declarationSchema, { io: 'input', unrepresentable: 'any' });
  if (options.partial) delete schema.required;
  return {
    title: options.partial ? 'Vigie privacy declaration (one file of a folder)' : 'Vigie privacy declaration',
    description:
      'What personal information an organisation holds, why, where, for how long and who receives it. See the Vigie README.',
    ...schema,
  };
}
