import * as z from 'zod';
import { API_KEY_SCOPES } from '../../app/permissions.js';

// The API's shapes for staff accounts, sessions and API keys: they validate requests, describe the OpenAPI
// document, and give the web console its types (api-types.ts), so the three cannot drift apart.

export const roleSchema = z.enum(['owner', 'admin', 'privacy_officer', 'agent', 'auditor']);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const stageSchema = z.enum(['totp', 'enrol', 'complete']);
export const sessionSchema = z.object({ stage: stageSchema, csrfToken: z.string(), user: userSchema });
export const enrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export const enrolmentConfirmedSchema = sessionSchema.extend({ recoveryCodes: z.array(z.string()) });

// Lengths bound the work an anonymous caller can ask of argon2; the auth module applies the real rules.
export const signInBody = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(256) });
export const secondFactorBody = z.union([
  z.object({ code: z.string().min(1).max(16) }),
  z.object({ recoveryCode: z.string().min(1).max(64) }),
]);
export const codeBody = z.object({ code: z.string().min(1).max(16) });

export const newUserBody = z.object({
  email: z.string().max(254),
  displayName: z.string().max(200),
  role: roleSchema,
  password: z.string().max(256),
});
export const userPatchBody = z.object({ role: roleSchema.optional(), disabled: z.boolean().optional() }).strict();

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const localizedSchema = z.object({ fr: z.string(), en: z.string() });
export const apiKeyScopeSchema = z.object({ id: z.string(), description: localizedSchema });
export const newApiKeyBody = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(API_KEY_SCOPES as [string, ...string[]])).min(1),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
