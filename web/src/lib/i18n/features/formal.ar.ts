import type { formalEn } from './formal.en.ts';

/**
 * Arabic strings of formal.en.ts for the request form, the document controls and the reminder page.
 * The documents themselves are written in English, French and Spanish only (document-words.ts):
 * their keys fall back to English here until a translator writes them.
 */
// review: written without a UN translator; the whole file is to be checked
export const formalAr: { readonly [K in keyof typeof formalEn]?: string } = {
  'formal.request.languages': 'العنوان والنص بلغات الجمعية',
  'formal.request.languagesHelp':
    'الإنكليزية والفرنسية والإسبانية إلزامية: تُرسَل المذكرات الشفوية للجمعية بهذه اللغات الثلاث. أما العربية والصينية والروسية فاختيارية.',
  'formal.request.required': '{language} (إلزامي)',
  'formal.request.optional': '{language} (اختياري)',
  'formal.request.title': 'العنوان ({language})',
  'formal.request.text': 'نص الطلب ({language})',
  'formal.request.problem.title': 'العنوان باللغة {language} مفقود.',
  'formal.request.problem.text': 'نص الطلب باللغة {language} مفقود.',
  'formal.request.moreLanguages': 'لغات الجمعية الأخرى (اختياري)',
  'formal.request.fallback': 'لا توجد نسخة من هذا الطلب باللغة {wanted}: وهو معروض باللغة {shown}.',
  'formal.controls.language': 'لغة الوثيقة',
  'formal.controls.symbol': 'رمز الوثيقة',
  'formal.controls.date': 'تاريخ الوثيقة',
  'formal.controls.print': 'طباعة أو حفظ بصيغة PDF',
  'formal.reminder.title': 'تذكير في شكل مذكرة شفوية',
  'formal.reminder.intro':
    'مذكرة شفوية تعميمية إلى الجهات المرسَل إليها التي لم ترد (أو التي أُعيد ردها)، باللغة التي تختارها. اطبعها أو احفظها بصيغة PDF.',
  'formal.reminder.open': 'تذكير (مذكرة شفوية)',
  'formal.reminder.nobody': 'ردّت جميع الجهات المرسَل إليها: لا يوجد من يُرسَل إليه تذكير.',
};
