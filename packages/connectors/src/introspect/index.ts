export { type DraftOptions, draftAnnotation } from './draft-annotation.js';
export {
  engineOfUrl,
  type IntrospectErrorCode,
  type IntrospectResult,
  introspectDatabase,
  redactUrl,
} from './introspect-database.js';
export type * from './introspected-schema.js';
