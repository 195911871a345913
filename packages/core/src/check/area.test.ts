import { describe, expect, it } from 'vitest';
import { describePlace, isWithin } from './area.js';

const QUEBEC = { country: 'CA', region: 'QC' };

describe('whether a place lies inside an area', () => {
  it('counts a place in Quebec as inside Quebec', () => {
    expect(isWithin({ country: 'CA', region: 'QC' }, QUEBEC)).toBe(true);
  });

  it('counts Ontario and the United States as outside Quebec', () => {
    expect(isWithin({ country: 'CA', region: 'ON' }, QUEBEC)).toBe(false);
    expect(isWithin({ country: 'US' }, QUEBEC)).toBe(false);
  });

  it('does not take "somewhere in Canada" as staying in Quebec', () => {
    expect(isWithin({ country: 'CA' }, QUEBEC)).toBe(false);
  });

  it('takes any region of a country as inside an area that names only the country', () => {
    expect(isWithin({ country: 'FR', region: 'IDF' }, { country: 'FR' })).toBe(true);
  });
});

describe('a place as a finding shows it', () => {
  it('names the province when there is one', () => {
    expect(describePlace({ country: 'CA', region: 'ON' }, QUEBEC)).toEqual({ fr: 'CA-ON', en: 'CA-ON' });
  });

  it('says when the province that would place it in Quebec is missing', () => {
    expect(describePlace({ country: 'CA' }, QUEBEC)).toEqual({
      fr: 'CA (province non précisée)',
      en: 'CA (province not stated)',
    });
  });

  it('gives the country alone for a place abroad', () => {
    expect(describePlace({ country: 'US' }, QUEBEC)).toEqual({ fr: 'US', en: 'US' });
  });
});
