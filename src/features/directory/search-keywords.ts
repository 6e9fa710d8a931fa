/**
 * Words people type for each kind of service, in several languages, indexed with every
 * service of that type so that "refugio", "مأوى" or "庇护所" find shelters whatever the
 * record's own wording. Search vocabulary, never shown; beyond French and English it is
 * machine-assisted.
 */
import type { Sector, ServiceType } from '../../shared/kinds/directory.ts';

export const SERVICE_TYPE_KEYWORDS: Record<ServiceType, readonly string[]> = {
  'emergency-shelter': [
    'hébergement d’urgence maison d’hébergement refuge violence conjugale',
    'emergency shelter women’s shelter refuge transition house',
    'refugio casa de acogida albergue',
    'مأوى إيواء ملجأ دار إيواء',
    '庇护所 避难所 收容所 妇女庇护',
    'خانه امن پناهگاه سرپناه',
    'kay akèy refij',
    'abrigo casa de acolhimento',
  ],
  'second-stage-housing': [
    'deuxième étape logement transitoire maison de 2e étape',
    'second stage housing transitional housing',
    'vivienda de transición segunda etapa',
    'سكن انتقالي المرحلة الثانية',
    '过渡住房 第二阶段',
    'مسکن موقت مرحله دوم',
  ],
  'sexual-assault-centre': [
    'CALACS agression sexuelle violence sexuelle viol',
    'sexual assault centre sexual violence rape',
    'agresión sexual violencia sexual violación',
    'اعتداء جنسي عنف جنسي اغتصاب',
    '性侵犯 性暴力 强奸',
    'تجاوز جنسی خشونت جنسی',
  ],
  'crime-victim-assistance': [
    'CAVAC aide aux victimes actes criminels plainte cour tribunal',
    'crime victim assistance court complaint',
    'víctimas de delitos denuncia tribunal',
    'ضحايا الجرائم شكوى محكمة',
    '犯罪受害者 报案 法院',
    'قربانیان جرم شکایت دادگاه',
  ],
  'bridge-organization': [
    'organisme immigration personnes immigrantes réfugiées accueil intégration francisation',
    'immigrant settlement refugee newcomer integration',
    'inmigrantes refugiados acogida integración',
    'مهاجرين لاجئين استقبال اندماج',
    '移民 难民 安置 融合 新移民',
    'مهاجران پناهندگان پذیرش اسکان',
  ],
  interpretation: [
    'interprète interprétariat interprétation traduction langue',
    'interpreter interpreting translation language',
    'intérprete interpretación traducción idioma',
    'مترجم ترجمة شفوية لغة',
    '口译 翻译 语言',
    'مترجم ترجمه شفاهی زبان',
  ],
  legal: [
    'aide juridique avocat avocate droit conseils juridiques',
    'legal aid lawyer law legal advice',
    'asistencia jurídica abogado abogada derecho',
    'مساعدة قانونية محامي محامية قانون',
    '法律援助 律师 法律咨询',
    'کمک حقوقی وکیل حقوق',
  ],
  police: [
    'police policière urgence plainte',
    'police officer emergency report',
    'policía denuncia emergencia',
    'شرطة بلاغ طوارئ',
    '警察 报警 紧急',
    'پلیس گزارش اورژانس',
  ],
  'youth-protection': [
    'DPJ protection de la jeunesse enfants signalement',
    'youth protection child protection report',
    'protección de la juventud niños',
    'حماية الشباب حماية الطفل أطفال',
    '青少年保护 儿童保护',
    'حمایت از کودکان جوانان',
  ],
  'health-social': [
    'CLSC CISSS CIUSSS santé services sociaux 811 psychosocial',
    'health social services clinic psychosocial',
    'salud servicios sociales clínica',
    'صحة خدمات اجتماعية عيادة',
    '健康 社会服务 诊所',
    'بهداشت خدمات اجتماعی درمانگاه',
  ],
  'help-line': [
    'ligne d’écoute ligne d’aide téléphone 24/7',
    'help line hotline crisis line phone',
    'línea de ayuda teléfono',
    'خط مساعدة هاتف خط ساخن',
    '热线 求助热线 电话',
    'خط کمک تلفن',
  ],
  'mens-services': [
    'hommes comportements violents aide aux hommes',
    'men violent behaviour men’s services',
    'hombres comportamiento violento',
    'رجال سلوك عنيف',
    '男士 暴力行为',
    'مردان رفتار خشونت‌آمیز',
  ],
  community: [
    'communautaire centre de femmes entraide',
    'community women’s centre mutual aid',
    'comunitario centro de mujeres',
    'مجتمعي مركز نسائي',
    '社区 妇女中心',
    'اجتماعی مرکز زنان',
  ],
};

export const SECTOR_KEYWORDS: Record<Sector, readonly string[]> = {
  immigration: ['immigration', 'inmigración', 'هجرة', '移民', 'مهاجرت'],
  violence: ['violence', 'violencia', 'عنف', '暴力', 'خشونت'],
  institutional: ['institution', 'institutional', 'institucional', 'مؤسسة', '机构', 'نهاد'],
  'health-social': ['santé', 'health', 'salud', 'صحة', '健康', 'بهداشت'],
  legal: ['juridique', 'legal', 'jurídico', 'قانوني', '法律', 'حقوقی'],
  community: ['communautaire', 'community', 'comunitario', 'مجتمعي', '社区', 'اجتماعی'],
};
