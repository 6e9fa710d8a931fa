/**
 * Words for fictional names, in the six languages the demo text is written in
 * (machine-assisted beyond French and English). Every demo name also carries a "(démo)"
 * marker so that nobody mistakes it for a real organisation.
 */

/** fr, en, es, ar, zh, fa — in that order. */
export type Texts = readonly [string, string, string, string, string, string];
export const TEXT_LANGUAGES = ['fr', 'en', 'es', 'ar', 'zh', 'fa'] as const;

export const DEMO_MARKER: Texts = ['(démo)', '(demo)', '(demo)', '(تجريبي)', '（示例）', '(نمایشی)'];

export const NAME_WORDS: readonly Texts[] = [
  ['Le Phare', 'The Lighthouse', 'El Faro', 'المنارة', '灯塔', 'فانوس دریایی'],
  ['La Boussole', 'The Compass', 'La Brújula', 'البوصلة', '指南针', 'قطب‌نما'],
  ['L’Aurore', 'Dawn', 'La Aurora', 'الفجر', '曙光', 'سپیده‌دم'],
  ['Le Colibri', 'The Hummingbird', 'El Colibrí', 'الطائر الطنان', '蜂鸟', 'مرغ مگس‌خوار'],
  ['Le Tournesol', 'The Sunflower', 'El Girasol', 'عباد الشمس', '向日葵', 'آفتابگردان'],
  ['Le Bouleau', 'The Birch', 'El Abedul', 'البتولا', '白桦', 'درخت توس'],
  ['L’Érable', 'The Maple', 'El Arce', 'القيقب', '枫树', 'افرا'],
  ['Le Rivage', 'The Shore', 'La Orilla', 'الشاطئ', '海岸', 'ساحل'],
  ['La Source', 'The Spring', 'El Manantial', 'النبع', '泉水', 'چشمه'],
  ['Le Nid', 'The Nest', 'El Nido', 'العش', '鸟巢', 'آشیانه'],
  ['L’Étoile', 'The Star', 'La Estrella', 'النجمة', '星光', 'ستاره'],
  ['Le Pont', 'The Bridge', 'El Puente', 'الجسر', '桥梁', 'پل'],
  ['Le Jardin', 'The Garden', 'El Jardín', 'الحديقة', '花园', 'باغ'],
  ['La Lanterne', 'The Lantern', 'La Linterna', 'الفانوس', '灯笼', 'فانوس'],
  ['Le Cerf-volant', 'The Kite', 'La Cometa', 'الطائرة الورقية', '风筝', 'بادبادک'],
  ['La Marée', 'The Tide', 'La Marea', 'المد', '潮汐', 'جزر و مد'],
  ['L’Envol', 'Taking Flight', 'El Vuelo', 'التحليق', '展翅', 'پرواز'],
  ['La Mésange', 'The Chickadee', 'El Carbonero', 'القرقف', '山雀', 'چرخ‌ریسک'],
  ['Le Héron', 'The Heron', 'La Garza', 'مالك الحزين', '苍鹭', 'حواصیل'],
  ['La Fougère', 'The Fern', 'El Helecho', 'السرخس', '蕨草', 'سرخس'],
  ['Le Quai', 'The Wharf', 'El Muelle', 'الرصيف', '码头', 'اسکله'],
  ['L’Arc-en-ciel', 'The Rainbow', 'El Arcoíris', 'قوس قزح', '彩虹', 'رنگین‌کمان'],
  ['La Rose des vents', 'The Wind Rose', 'La Rosa de los Vientos', 'وردة الرياح', '风玫瑰', 'گلباد'],
  ['Le Sentier', 'The Trail', 'El Sendero', 'الدرب', '小径', 'کوره‌راه'],
  ['La Luciole', 'The Firefly', 'La Luciérnaga', 'اليراعة', '萤火虫', 'کرم شب‌تاب'],
  ['Le Trèfle', 'The Clover', 'El Trébol', 'البرسيم', '三叶草', 'شبدر'],
  ['La Montagne', 'The Mountain', 'La Montaña', 'الجبل', '青山', 'کوه'],
  ['L’Escale', 'The Stopover', 'La Escala', 'المحطة', '驿站', 'توقفگاه'],
  ['Le Fleuve', 'The River', 'El Río', 'النهر', '大河', 'رود'],
  ['Le Semis', 'The Seedling', 'El Brote', 'البذرة', '幼苗', 'نهال'],
  ['Le Pissenlit', 'The Dandelion', 'El Diente de León', 'الهندباء', '蒲公英', 'قاصدک'],
  ['L’Oasis', 'The Oasis', 'El Oasis', 'الواحة', '绿洲', 'واحه'],
  ['Le Carrefour', 'The Crossroads', 'La Encrucijada', 'الملتقى', '十字路口', 'چهارراه'],
  ['La Ruche', 'The Beehive', 'La Colmena', 'خلية النحل', '蜂巢', 'کندو'],
  ['L’Horizon', 'The Horizon', 'El Horizonte', 'الأفق', '地平线', 'افق'],
  ['La Grève', 'The Strand', 'La Playa', 'الساحل الرملي', '沙滩', 'ساحل شنی'],
];
