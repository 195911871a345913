/**
 * What a notice about an incident can be required to hold. The rules (incident-rules.yaml) list, per notice and
 * regime, which of these the law asks for; missingForNotice() reports those the incident does not fill yet.
 */
export const NOTICE_ITEMS = [
  'organisation',
  'businessNumber',
  'contact',
  'piDescription',
  'circumstances',
  'occurred',
  'aware',
  'personsAffected',
  'quebecResidents',
  'subjectCategories',
  'recordCategories',
  'recordsAffected',
  'consequences',
  'seriousReasons',
  'personsNotification',
  'measures',
  'personMeasures',
  'otherAuthorities',
  'lateReasons',
  'complaintRight',
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];

/** Who a notification goes to. Minister and organisations are recorded but have no generated notice. */
export const NOTIFICATION_KINDS = ['cai', 'cnil', 'opc', 'persons', 'public', 'minister', 'organisations'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The notices Vigie writes: to an authority, to the persons concerned, or to the public instead of them. */
export const NOTICE_KINDS = ['cai', 'cnil', 'opc', 'persons', 'public'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
