// Keys are type-checked against the French source catalog (STYLE.md, "Translations are checked like code").
import 'i18next';
import type common from '../../../locales/fr/common.json';
import type prevention from '../../../locales/fr/prevention.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; prevention: typeof prevention };
    returnNull: false;
  }
}
