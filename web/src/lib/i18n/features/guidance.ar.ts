import type { PluralMessage } from '../types.ts';
import type { guidanceEn } from './guidance.en.ts';

/**
 * Arabic rendering of guidance.en.ts: must hold every key (type-checked). The Plan of Action exists in
 * Arabic, but its paragraph 6(h) could not be checked here: these lines are translated from the English
 * and marked for review, so they are not in quotation marks.
 */
export const guidanceAr: { readonly [K in keyof typeof guidanceEn]: (typeof guidanceEn)[K] extends string ? string : PluralMessage } = {
  // review: paragraph letters are Arabic (6(ح)), but {point} arrives as a Latin roman numeral (i, ii…); UN Arabic writes ’1‘
  'guidance.source.6h': 'خطة العمل، الفقرة 6(ح)({point})، المقتبسة في المذكرة الشفوية ICC-ASP/9/SP/PA/21',
  'guidance.source.6c': 'خطة العمل، الفقرة 6(ج)، المرفق الأول للمذكرة الشفوية ICC-ASP/9/SP/PA/21',
  'guidance.source.annex2': 'المرفق الثاني للمذكرة الشفوية ICC-ASP/9/SP/PA/21 (القرار ICC-ASP/6/Res.2، المرفق الأول)',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.obstacle': 'العقبات التي تواجهها الدول في التصديق على نظام روما الأساسي أو تنفيذه تنفيذًا كاملًا',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.strategy': 'الاستراتيجيات أو خطط العمل الوطنية أو الإقليمية الرامية إلى تعزيز التصديق على نظام روما الأساسي و/أو تنفيذه الكامل',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.assistance': 'تقييم الاحتياجات وبرامج المساعدة التقنية وغيرها من أشكال المساعدة',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.event': 'الفعاليات والأنشطة المقررة',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.legislation': 'أمثلة على التشريعات التنفيذية لنظام روما الأساسي',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.agreement': 'اتفاقات التعاون الثنائية بين المحكمة والدول الأطراف',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h)
  'guidance.constitutional': 'حلول المشاكل الدستورية المتعلقة بالتصديق',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(h); "focal points" term to confirm
  'guidance.focal_point': 'جهات التنسيق الوطنية المعنية بالمسائل المتعلقة بتعزيز التصديق على نظام روما الأساسي وتنفيذه الكامل',
  // review: to be replaced by the Arabic text of the Plan of Action, paragraph 6(c)
  'guidance.apic':
    'التصديق على اتفاق امتيازات المحكمة الجنائية الدولية وحصاناتها وتنفيذه الكامل، وتشجيع الدول الأخرى التي ليست أطرافًا فيه بعد على التصديق عليه وتنفيذه.',
  // review: to be replaced by the Arabic text of resolution ICC-ASP/6/Res.2, annex I
  'guidance.experience':
    'مواصلة تبادل التجارب الناجحة في التصديق على النظام الأساسي مع الدول التي لديها شواغل مماثلة أو تواجه عقبات قانونية من النوع نفسه.',
  // review: to be replaced by the Arabic text of resolution ICC-ASP/6/Res.2, annex I
  'guidance.court_decision':
    'مواصلة تبادل قرارات محاكمها أو محاكمها الدستورية مع الدول التي لديها شواغل مماثلة أو تواجه عقبات قانونية من النوع نفسه.',
};
