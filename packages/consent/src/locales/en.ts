import type { Texts } from './texts.js';

export const en: Texts = {
  title: 'Your cookie choices',
  intro:
    'Essential cookies make the site work. The others are only turned on if you accept them. You can change your mind at any time.',
  accept: 'Accept all',
  refuse: 'Refuse all',
  customize: 'Customize',
  save: 'Save my choices',
  close: 'Close',
  prefsTitle: 'Cookie preferences',
  prefsIntro: 'Choose category by category. Essential cookies are always on.',
  alwaysOn: 'Always on',
  identifies: 'identifies you',
  locates: 'locates you',
  profiles: 'builds a profile of you',
  services: 'Services and cookies',
  gpc: 'Your browser sends the Global Privacy Control signal: marketing is refused. You can turn it on yourself in Customize.',
  policy: 'Privacy policy',
};
