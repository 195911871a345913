/** The notice's sections in reading order; each id is also the section's anchor in every language. */
export const SECTION_IDS = [
  'who-we-are',
  'collection',
  'purposes',
  'consent',
  'automated-decisions',
  'minors',
  'cookies',
  'recipients',
  'transfers',
  'retention',
  'security',
  'rights',
  'complaints',
  'changes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
