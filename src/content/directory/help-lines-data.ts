/**
 * The province-wide help lines verified on 2026-11-26 (CONTENT.md). Real data, not demo:
 * each record keeps its source and verification date. Lines whose numbers were not
 * verified (Rebâtir, the CAVAC network's province-wide line) are listed without any number
 * and marked unverified; the SOS text line is left out until someone checks it.
 * Wording is ours; languages beyond French and English are machine-assisted.
 */
import type { Phone, Sector, ServiceType } from '../../shared/kinds/directory.ts';
import type { LocalizedText } from '../../shared/localized.ts';

export const HELP_LINES_VERIFIED = '2026-11-26';

/**
 * Shown to readers under "Source": a provenance a person can name, in the source language,
 * not the path of a design file. The verified facts themselves are the record's fields.
 */
const VERIFIED_LIST = `Liste des lignes d'aide provinciales vérifiée par l'équipe Passerelle le ${HELP_LINES_VERIFIED}`;

export interface HelpLine {
  key: string;
  organization: LocalizedText;
  name: LocalizedText;
  description: LocalizedText;
  sector: Sector;
  serviceTypes: ServiceType[];
  phones: Phone[];
  isAlwaysOpen: boolean;
  languagesSpoken: string[];
  acceptsChildren: boolean;
  isFree: boolean;
  /** Where the facts come from; null when nobody has verified them yet. */
  source: string | null;
}

const phone = (number: string, description?: LocalizedText): Phone => ({
  number,
  type: 'voice',
  languages: [],
  ...(description ? { description } : {}),
});

/** One line per help line; `helpLinesPack()` turns each into an organization and a service. */
export const HELP_LINE_ENTRIES: readonly HelpLine[] = [
  {
    key: 'emergency-911',
    organization: { fr: 'Services d’urgence 911', en: 'Emergency services 911', es: 'Servicios de emergencia 911', ar: 'خدمات الطوارئ 911', zh: '紧急服务 911', fa: 'خدمات اورژانس 911' },
    name: { fr: 'Urgence 911', en: 'Emergency 911', es: 'Emergencias 911', ar: 'الطوارئ 911', zh: '紧急电话 911', fa: 'اورژانس 911' },
    description: {
      fr: 'En cas de danger immédiat : police, ambulance, pompiers.',
      en: 'In immediate danger: police, ambulance, fire.',
      es: 'En caso de peligro inmediato: policía, ambulancia, bomberos.',
      ar: 'في حالة الخطر الداهم: الشرطة، الإسعاف، الإطفاء.',
      zh: '如遇紧急危险：警察、救护车、消防。',
      fa: 'در خطر فوری: پلیس، آمبولانس، آتش‌نشانی.',
    },
    sector: 'institutional',
    serviceTypes: ['police'],
    phones: [phone('911')],
    isAlwaysOpen: true,
    languagesSpoken: ['fr'],
    acceptsChildren: true,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'sos-violence-conjugale',
    organization: { fr: 'SOS violence conjugale', en: 'SOS violence conjugale', es: 'SOS violence conjugale', ar: 'SOS violence conjugale', zh: 'SOS violence conjugale', fa: 'SOS violence conjugale' },
    name: {
      fr: 'SOS violence conjugale',
      en: 'SOS violence conjugale (intimate partner violence line)',
      es: 'SOS violence conjugale (línea contra la violencia conyugal)',
      ar: 'SOS violence conjugale (خط مساعدة ضحايا العنف الزوجي)',
      zh: 'SOS violence conjugale（伴侣暴力求助热线）',
      fa: 'SOS violence conjugale (خط کمک خشونت همسر)',
    },
    description: {
      fr: 'Écoute, information et référence 24 heures sur 24, 7 jours sur 7. Gratuit, anonyme et confidentiel, en français et en anglais. Trouve des places en maison d’hébergement partout au Québec.',
      en: 'Listening, information and referral, 24 hours a day, 7 days a week. Free, anonymous and confidential, in French and English. Finds shelter places anywhere in Québec.',
      es: 'Escucha, información y orientación las 24 horas, los 7 días. Gratuita, anónima y confidencial, en francés e inglés. Encuentra lugares en refugios en todo Quebec.',
      ar: 'إصغاء ومعلومات وإحالة على مدار الساعة طوال أيام الأسبوع. مجاني ومجهول الهوية وسري، بالفرنسية والإنجليزية. يجد أماكن في دور الإيواء في كل أنحاء كيبيك.',
      zh: '全天候倾听、提供信息和转介。免费、匿名、保密，提供法语和英语服务。可在魁北克全省寻找庇护所床位。',
      fa: 'گوش‌دادن، اطلاعات و ارجاع، شبانه‌روزی و هفت روز هفته. رایگان، ناشناس و محرمانه، به فرانسه و انگلیسی. در سراسر کبک برای خانه امن جا پیدا می‌کند.',
    },
    sector: 'violence',
    serviceTypes: ['help-line'],
    phones: [phone('18003639010')],
    isAlwaysOpen: true,
    languagesSpoken: ['fr', 'en'],
    acceptsChildren: false,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'info-aide-violence-sexuelle',
    organization: { fr: 'Info-aide violence sexuelle', en: 'Info-aide violence sexuelle', es: 'Info-aide violence sexuelle', ar: 'Info-aide violence sexuelle', zh: 'Info-aide violence sexuelle', fa: 'Info-aide violence sexuelle' },
    name: {
      fr: 'Info-aide violence sexuelle',
      en: 'Info-aide violence sexuelle (sexual violence help line)',
      es: 'Info-aide violence sexuelle (línea de ayuda por violencia sexual)',
      ar: 'Info-aide violence sexuelle (خط المساعدة في حالات العنف الجنسي)',
      zh: 'Info-aide violence sexuelle（性暴力求助热线）',
      fa: 'Info-aide violence sexuelle (خط کمک خشونت جنسی)',
    },
    description: {
      fr: 'Ligne d’aide sur la violence sexuelle, 24 heures sur 24, 7 jours sur 7, en français et en anglais. À Montréal : 514 933-9007.',
      en: 'Help line about sexual violence, 24 hours a day, 7 days a week, in French and English. In Montréal: 514 933-9007.',
      es: 'Línea de ayuda sobre violencia sexual, las 24 horas, los 7 días, en francés e inglés. En Montreal: 514 933-9007.',
      ar: 'خط مساعدة بشأن العنف الجنسي، على مدار الساعة طوال أيام الأسبوع، بالفرنسية والإنجليزية. في مونتريال: 514 933-9007.',
      zh: '性暴力求助热线，全天候服务，提供法语和英语。蒙特利尔：514 933-9007。',
      fa: 'خط کمک درباره خشونت جنسی، شبانه‌روزی و هفت روز هفته، به فرانسه و انگلیسی. در مونترال: 514 933-9007.',
    },
    sector: 'violence',
    serviceTypes: ['help-line'],
    phones: [phone('18889339007'), phone('5149339007', { fr: 'Montréal', en: 'Montréal' })],
    isAlwaysOpen: true,
    languagesSpoken: ['fr', 'en'],
    acceptsChildren: false,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'info-social-811',
    organization: { fr: 'Info-Social 811', en: 'Info-Social 811', es: 'Info-Social 811', ar: 'Info-Social 811', zh: 'Info-Social 811', fa: 'Info-Social 811' },
    name: { fr: 'Info-Social 811, option 2', en: 'Info-Social 811, option 2', es: 'Info-Social 811, opción 2', ar: 'Info-Social 811، الخيار 2', zh: 'Info-Social 811，选项 2', fa: 'Info-Social 811، گزینه 2' },
    description: {
      fr: 'Aide psychosociale par téléphone, 24 heures sur 24, 7 jours sur 7. Composez le 811, puis l’option 2 (l’option 1 est Info-Santé).',
      en: 'Psychosocial help by phone, 24 hours a day, 7 days a week. Dial 811, then option 2 (option 1 is Info-Santé).',
      es: 'Ayuda psicosocial por teléfono, las 24 horas, los 7 días. Marque el 811 y luego la opción 2 (la opción 1 es Info-Santé).',
      ar: 'مساعدة نفسية واجتماعية بالهاتف، على مدار الساعة طوال أيام الأسبوع. اتصلي بالرقم 811 ثم اختاري 2 (الخيار 1 هو Info-Santé).',
      zh: '全天候电话心理社会援助。拨打 811，然后选择 2（选项 1 为 Info-Santé）。',
      fa: 'کمک روانی‌اجتماعی تلفنی، شبانه‌روزی و هفت روز هفته. شماره 811 را بگیرید و سپس گزینه 2 را بزنید (گزینه 1 مربوط به Info-Santé است).',
    },
    sector: 'health-social',
    serviceTypes: ['health-social', 'help-line'],
    phones: [phone('811', { fr: 'Option 2', en: 'Option 2', ar: 'الخيار 2' })],
    isAlwaysOpen: true,
    languagesSpoken: ['fr'],
    acceptsChildren: false,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'suicide-prevention',
    organization: { fr: 'Ligne de prévention du suicide', en: 'Suicide prevention line', es: 'Línea de prevención del suicidio', ar: 'خط الوقاية من الانتحار', zh: '自杀预防热线', fa: 'خط پیشگیری از خودکشی' },
    name: { fr: 'Prévention du suicide', en: 'Suicide prevention', es: 'Prevención del suicidio', ar: 'الوقاية من الانتحار', zh: '自杀预防', fa: 'پیشگیری از خودکشی' },
    description: {
      fr: 'Aide en prévention du suicide, 24 heures sur 24, 7 jours sur 7.',
      en: 'Suicide prevention help, 24 hours a day, 7 days a week.',
      es: 'Ayuda para la prevención del suicidio, las 24 horas, los 7 días.',
      ar: 'مساعدة للوقاية من الانتحار، على مدار الساعة طوال أيام الأسبوع.',
      zh: '全天候自杀预防援助。',
      fa: 'کمک برای پیشگیری از خودکشی، شبانه‌روزی و هفت روز هفته.',
    },
    sector: 'health-social',
    serviceTypes: ['help-line'],
    phones: [phone('18662773553')],
    isAlwaysOpen: true,
    languagesSpoken: ['fr'],
    acceptsChildren: false,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'tel-jeunes',
    organization: { fr: 'Tel-jeunes', en: 'Tel-jeunes', es: 'Tel-jeunes', ar: 'Tel-jeunes', zh: 'Tel-jeunes', fa: 'Tel-jeunes' },
    name: { fr: 'Tel-jeunes', en: 'Tel-jeunes (youth line)', es: 'Tel-jeunes (línea para jóvenes)', ar: 'Tel-jeunes (خط الشباب)', zh: 'Tel-jeunes（青少年热线）', fa: 'Tel-jeunes (خط نوجوانان)' },
    description: {
      fr: 'Ligne d’aide pour les jeunes.',
      en: 'Help line for young people.',
      es: 'Línea de ayuda para jóvenes.',
      ar: 'خط مساعدة للشباب.',
      zh: '青少年求助热线。',
      fa: 'خط کمک برای نوجوانان و جوانان.',
    },
    sector: 'community',
    serviceTypes: ['help-line'],
    phones: [phone('18002632266')],
    isAlwaysOpen: false,
    languagesSpoken: ['fr'],
    acceptsChildren: true,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'ircc',
    organization: {
      fr: 'Immigration, Réfugiés et Citoyenneté Canada (IRCC)',
      en: 'Immigration, Refugees and Citizenship Canada (IRCC)',
      es: 'Inmigración, Refugiados y Ciudadanía de Canadá (IRCC)',
      ar: 'دائرة الهجرة واللاجئين والمواطنة الكندية (IRCC)',
      zh: '加拿大移民、难民和公民部 (IRCC)',
      fa: 'اداره مهاجرت، پناهندگی و شهروندی کانادا (IRCC)',
    },
    name: { fr: 'IRCC — ligne d’information', en: 'IRCC — information line', es: 'IRCC — línea de información', ar: 'IRCC — خط المعلومات', zh: 'IRCC — 信息热线', fa: 'IRCC — خط اطلاعات' },
    description: {
      fr: 'Ligne fédérale d’information sur l’immigration.',
      en: 'Federal immigration information line.',
      es: 'Línea federal de información sobre inmigración.',
      ar: 'الخط الفدرالي للمعلومات حول الهجرة.',
      zh: '联邦移民信息热线。',
      fa: 'خط اطلاعات فدرال درباره مهاجرت.',
    },
    sector: 'immigration',
    serviceTypes: ['help-line'],
    phones: [phone('18882422100')],
    isAlwaysOpen: false,
    languagesSpoken: ['fr', 'en'],
    acceptsChildren: false,
    isFree: true,
    source: VERIFIED_LIST,
  },
  {
    key: 'rebatir',
    organization: { fr: 'Rebâtir', en: 'Rebâtir', es: 'Rebâtir', ar: 'Rebâtir', zh: 'Rebâtir', fa: 'Rebâtir' },
    name: { fr: 'Rebâtir — conseils juridiques', en: 'Rebâtir — legal advice', es: 'Rebâtir — asesoría jurídica', ar: 'Rebâtir — استشارات قانونية', zh: 'Rebâtir — 法律咨询', fa: 'Rebâtir — مشاوره حقوقی' },
    description: {
      fr: 'Conseils juridiques gratuits pour les victimes de violence conjugale ou sexuelle, jusqu’à 4 heures, depuis 2021. Le numéro n’est pas publié ici : il n’a pas encore été vérifié.',
      en: 'Free legal advice for victims of intimate partner or sexual violence, up to 4 hours, since 2021. The number is not published here: it has not been verified yet.',
      ar: 'استشارات قانونية مجانية لضحايا العنف الزوجي أو الجنسي، حتى 4 ساعات، منذ 2021. الرقم غير منشور هنا لأنه لم يُتحقَّق منه بعد.',
    },
    sector: 'legal',
    serviceTypes: ['legal'],
    phones: [],
    isAlwaysOpen: false,
    languagesSpoken: ['fr'],
    acceptsChildren: false,
    isFree: true,
    source: null,
  },
  {
    key: 'cavac-network',
    organization: { fr: 'Réseau des CAVAC', en: 'CAVAC network', es: 'Red de los CAVAC', ar: 'شبكة مراكز CAVAC', zh: 'CAVAC 网络', fa: 'شبکه CAVAC' },
    name: { fr: 'CAVAC — aide aux victimes d’actes criminels', en: 'CAVAC — crime victim assistance', es: 'CAVAC — asistencia a víctimas de delitos', ar: 'CAVAC — مساعدة ضحايا الجرائم', zh: 'CAVAC — 犯罪受害者援助', fa: 'CAVAC — کمک به قربانیان جرم' },
    description: {
      fr: '17 centres au Québec aident les victimes d’actes criminels, qu’elles portent plainte ou non. Le numéro provincial n’est pas publié ici : il n’a pas encore été vérifié.',
      en: '17 centres in Québec help victims of crime, whether or not they file a complaint. The province-wide number is not published here: it has not been verified yet.',
      ar: '17 مركزًا في كيبيك تساعد ضحايا الجرائم، سواء قدّموا شكوى أم لا. الرقم الإقليمي غير منشور هنا لأنه لم يُتحقَّق منه بعد.',
    },
    sector: 'legal',
    serviceTypes: ['crime-victim-assistance'],
    phones: [],
    isAlwaysOpen: false,
    languagesSpoken: ['fr'],
    acceptsChildren: false,
    isFree: true,
    source: null,
  },
];
