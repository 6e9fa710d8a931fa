// Keys are type-checked against the French source catalog (STYLE.md, "Translations are checked like code").
import 'i18next';
import type common from '../../../locales/fr/common.json';
import type prevention from '../../../locales/fr/prevention.json';
import type settings from '../../../locales/fr/settings.json';
import type tablet from '../../../locales/fr/tablet.json';
import type sync from '../../../locales/fr/sync.json';
import type screening from '../../../locales/fr/screening.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      prevention: typeof prevention;
      screening: typeof screening;
      settings: typeof settings;
      sync: typeof sync;
      tablet: typeof tablet;
    };
    returnNull: false;
  }
}
