/** The SDK's own words; the categories' labels and descriptions come from the organisation's config. */
export interface Texts {
  title: string;
  intro: string;
  accept: string;
  refuse: string;
  customize: string;
  save: string;
  close: string;
  prefsTitle: string;
  prefsIntro: string;
  alwaysOn: string;
  identifies: string;
  locates: string;
  profiles: string;
  services: string;
  gpc: string;
  policy: string;
}
