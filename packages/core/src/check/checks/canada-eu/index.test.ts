import { describe, expect, it } from 'vitest';
import { COMMON_CHECKS } from '../common/index.js';
import { QUEBEC_CHECKS } from '../quebec/index.js';
import { CANADA_EU_CHECKS } from './index.js';

describe('the checks of the PIPEDA and GDPR + France packs', () => {
  // CHECKS is a Map built from every group: a repeated id would silently replace another group's check.
  it('take no id that a common or Quebec check already has', () => {
    const others = new Set([...COMMON_CHECKS, ...QUEBEC_CHECKS].map((c) => c.id));
    expect(CANADA_EU_CHECKS.map((c) => c.id).filter((id) => others.has(id))).toEqual([]);
  });

  it('each have their own id', () => {
    const ids = CANADA_EU_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
