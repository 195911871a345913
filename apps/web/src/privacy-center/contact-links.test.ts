import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from './contact-links.js';

describe('contact links', () => {
  it('fills in the subject of the email, encoded', () => {
    expect(mailtoHref(' dpo@exemple.qc.ca ', 'Plainte concernant mes renseignements')).toBe(
      'mailto:dpo@exemple.qc.ca?subject=Plainte%20concernant%20mes%20renseignements',
    );
  });

  it('dials only digits and one leading plus, however the number is written', () => {
    expect(telHref('+1 (514) 555-0100')).toBe('tel:+15145550100');
    expect(telHref('01 23 45 67 89')).toBe('tel:0123456789');
    expect(telHref('514 555-0100 poste 12')).toBe('tel:5145550100');
    expect(telHref('+33 1 23 45 67 89 ext. 4')).toBe('tel:+33123456789');
  });
});
