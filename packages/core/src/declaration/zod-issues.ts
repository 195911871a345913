import type { z } from 'zod';

/** Turns a zod issue into a sentence that says what was expected, in the declaration's words. */
export function describeZodIssue(issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [first, ...others] = issue.keys;
      const message =
        others.length === 0 ? `unknown key "${first}"` : `unknown keys ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return { path: first === undefined ? path : [...path, first], message };
    }
    case 'invalid_type': {
      if (issue.input === undefined) return { path, message: `is missing: expected ${typeName(issue.expected)}` };
      return { path, message: `expected ${typeName(issue.expected)}, got ${describeInput(issue.input)}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.input === undefined) return { path, message: `is missing: expected ${values}` };
      const got = describeInput(issue.input);
      return {
        path,
        message: issue.values.length === 1 ? `expected ${values}, got ${got}` : `expected one of ${values}; got ${got}`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array') return { path, message: `must list at least ${issue.minimum} item(s)` };
      if (issue.origin === 'string') return { path, message: 'must not be empty' };
      return { path, message: `must be at least ${issue.minimum}` };
    case 'too_big':
      return { path, message: `must be at most ${issue.maximum}` };
    case 'invalid_union':
      return { path, message: `expected ${issue.message === 'Invalid input' ? 'a different value' : issue.message}` };
    default:
      return { path, message: issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}` };
  }
}

function typeName(expected: string): string {
  if (expected === 'object') return 'a mapping (key: value lines)';
  if (expected === 'array') return 'a list (lines starting with "- ")';
  if (expected === 'string') return 'a text';
  return `a ${expected}`;
}

function describeInput(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  return `${typeof input} ${String(input)}`;
}
