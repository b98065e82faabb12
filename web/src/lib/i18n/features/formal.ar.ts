import type { PluralMessage } from '../types.ts';
import type { formalEn } from './formal.en.ts';

/**
 * Arabic strings of formal.en.ts: the request form, the document controls, the reminder page and the
 * Assembly's formal documents (the compilation report, the reminder as a note verbale).
 */
// review: written without a UN translator; the whole file is to be checked
export const formalAr: {
  readonly [K in keyof typeof formalEn]: (typeof formalEn)[K] extends string ? string : PluralMessage;
} = {
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

  'formal.doc.distr': 'التوزيع: عام',
  // review: UN Arabic writes "الأصل: بالإنكليزية"; here the language name comes from the browser ("الإنجليزية")
  'formal.doc.original': 'الأصل: {language}',
  'formal.doc.assembly': 'جمعية الدول الأطراف',
  'formal.doc.reference': 'المرجع: {reference}',
  'formal.doc.placeDate': 'لاهاي، {date}',

  // review: official Arabic title of the Plan of Action (ICC-ASP/5/Res.3, annex I) not checked against the Arabic text
  'formal.report.title': 'تجميع المعلومات المتعلقة بخطة العمل لتحقيق عالمية نظام روما الأساسي للمحكمة الجنائية الدولية وتنفيذه الكامل',
  'formal.report.noteBy': 'مذكرة من الأمانة',
  'formal.report.contents': 'المحتويات',
  'formal.report.introduction': 'مقدمة',
  'formal.report.intro.request':
    'طلبت أمانة جمعية الدول الأطراف، بموجب مذكرتها الشفوية {reference} المؤرخة {issuedOn}، إلى الدول الأطراف أن تقدّم، في موعد أقصاه {deadline}، معلومات عن تعزيز التصديق على نظام روما الأساسي وتنفيذه الكامل، وفقًا للفقرة 6 (ح) من خطة العمل لتحقيق عالمية نظام روما الأساسي للمحكمة الجنائية الدولية وتنفيذه الكامل (القرار ICC-ASP/5/Res.3، المرفق الأول).',
  'formal.report.intro.range':
    'تجمع هذه الوثيقة المعلومات التي نشرتها الأمانة في الفترة من {from} إلى {to}، وفقًا للفقرة 7 من خطة العمل لتحقيق عالمية نظام روما الأساسي للمحكمة الجنائية الدولية وتنفيذه الكامل (القرار ICC-ASP/5/Res.3، المرفق الأول).',
  'formal.report.intro.clearinghouse':
    'وبموجب الفقرة 7 من خطة العمل، تعمل الأمانة بوصفها مركزًا لتبادل المعلومات: فهي تجمع وتصنّف المعلومات التي تقدمها الدول الأطراف والمنظمات الإقليمية والمنظمات غير الحكومية وغيرها من الكيانات، وتتيحها بسهولة وعلى نطاق واسع.',
  'formal.report.intro.published':
    'ولا تستنسخ هذه الوثيقة إلا المعلومات التي نُشرت. وتُعلَن المعلومات بالكامل، باستثناء العناصر التي وصفتها الدولة أو المنظمة المعنية بأنها سرية، إذ لا تُدرج فيها.',
  'formal.report.intro.totals': 'عدد عناصر المعلومات المستنسخة في الفرع الثالث: {items}. وعدد الدول والمنظمات التي وردت منها: {entities}.',
  'formal.report.status': 'حالة نظام روما الأساسي واتفاق الامتيازات والحصانات والتعديلات',
  'formal.report.status.rome':
    'وفقًا لسجلات المعاهدات حتى {asOf}، بلغ عدد الدول الأطراف في نظام روما الأساسي {parties} (التغييرات التي أدخلتها الأمانة منذ ذلك التاريخ: {changes}).',
  'formal.report.status.undetermined':
    'لا تتيح السجلات تحديد الوضع بالنسبة إلى {count} من الدول (حدث غير مؤرخ)؛ ولا تُحسب هذه الدول ضمن الأطراف ولا ضمن غير الأطراف.',
  'formal.report.status.apic':
    'وفقًا للسجلات حتى {asOf}، بلغ عدد الدول الأطراف في اتفاق امتيازات المحكمة الجنائية الدولية وحصاناتها {parties} (التغييرات التي أدخلتها الأمانة منذ ذلك التاريخ: {changes}).',
  'formal.report.status.amendments':
    'وفقًا للسجلات حتى {asOf}، فإن تعديل المادة 8 المعتمد في كمبالا في عام 2010 نافذ بالنسبة إلى {art8} من الدول، والتعديلات المتعلقة بجريمة العدوان المعتمدة في كمبالا في عام 2010 نافذة بالنسبة إلى {aggression} من الدول، وتعديل المادة 124 المعتمد في عام 2015 نافذ بالنسبة إلى {art124} من الدول.',
  'formal.report.status.unavailable': 'تعذّرت قراءة سجلات المعاهدات؛ وهذا الفرع غير مكتمل.',
  'formal.report.information': 'المعلومات الواردة',
  'formal.report.category.count': {
    zero: 'لم ترد معلومات من هذا النوع من أي دولة أو منظمة.',
    one: 'وردت معلومات من هذا النوع من جهة واحدة (دولة أو منظمة).',
    two: 'وردت معلومات من هذا النوع من جهتين من الدول والمنظمات.',
    few: 'وردت معلومات من هذا النوع من {count} جهات من الدول والمنظمات.',
    many: 'وردت معلومات من هذا النوع من {count} جهة من الدول والمنظمات.',
    other: 'وردت معلومات من هذا النوع من {count} جهة من الدول والمنظمات.',
  },
  'formal.report.assistance': 'الجدول ثنائي الاتجاه للمساعدة التقنية',
  'formal.report.annex': 'الردود حسب المجموعة الإقليمية',

  // review: official Arabic wording of the Plan of Action, paragraph 6(h), not checked against the Arabic text
  'formal.category.obstacle': 'العقبات التي تواجهها الدول في التصديق على نظام روما الأساسي أو في تنفيذه الكامل',
  // review: official Arabic wording of the Plan of Action, paragraph 6(h), not checked against the Arabic text
  'formal.category.strategy':
    'الاستراتيجيات أو خطط العمل الوطنية أو الإقليمية الرامية إلى تعزيز التصديق على نظام روما الأساسي و/أو تنفيذه الكامل',
  'formal.category.assistance': 'تقييم الاحتياجات وبرامج المساعدة التقنية وغيرها من أشكال المساعدة',
  'formal.category.event': 'الفعاليات والأنشطة المقررة',
  // review: "implementing legislation": "التشريعات التنفيذية" or "تشريعات التنفيذ" in ASP Arabic documents
  'formal.category.legislation': 'أمثلة على التشريعات التنفيذية لنظام روما الأساسي',
  'formal.category.agreement': 'اتفاقات التعاون الثنائية بين المحكمة والدول الأطراف',
  'formal.category.constitutional': 'حلول المشاكل الدستورية المتعلقة بالتصديق',
  // review: "focal point": ASP Arabic documents vary between "جهات التنسيق" and "جهات الاتصال"
  'formal.category.focal_point': 'جهات التنسيق الوطنية المعنية بالمسائل المتصلة بتعزيز التصديق على نظام روما الأساسي وتنفيذه الكامل',
  'formal.category.apic': 'التصديق على اتفاق امتيازات المحكمة وحصاناتها وتنفيذه (الفقرة 6 (ج))',
  'formal.category.experience': 'التجارب الناجحة في مجال التصديق (المرفق الثاني)',
  'formal.category.court_decision': 'قرارات المحاكم الوطنية أو المحاكم الدستورية (المرفق الثاني)',

  'formal.note.addressees.all': 'البعثات الدائمة للدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية لدى الأمم المتحدة',
  'formal.note.addressees.named': 'البعثات الدائمة والمنظمات المعنية',
  'formal.note.opening':
    'تهدي أمانة جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية أطيب تحياتها إلى {addressees}، وتتشرف بأن تشير إلى مذكرتها الشفوية {reference} المؤرخة {issuedOn}، التي طلبت فيها تقديم معلومات، في موعد أقصاه {deadline}، عن تعزيز التصديق على نظام روما الأساسي وتنفيذه الكامل، وفقًا للفقرة 6 (ح) من خطة العمل لتحقيق عالمية نظام روما الأساسي وتنفيذه الكامل.',
  'formal.note.pending':
    'وتلاحظ الأمانة أنها لم تتلقَّ بعد، حتى {today}، هذه المعلومات من الدول والمنظمات المدرجة في مرفق هذه المذكرة. وستكون ممتنة لو وردتها هذه المعلومات في أقرب وقت ممكن، عبر القنوات الدبلوماسية، وكذلك، حيثما أمكن، في شكل رقمي عن طريق مركز تبادل المعلومات.',
  'formal.note.public': 'وتذكّر الأمانة بأن المعلومات المرسلة إليها ستُعلَن بالكامل، ما لم يُشَر تحديدًا إلى العناصر ذات الطابع السري.',
  // review: the usual closing is "لتعرب مجددًا لـ…"; "إلى" keeps the addressees a separate word
  'formal.note.closing':
    'وتغتنم أمانة جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية هذه الفرصة لتعرب مجددًا إلى {addressees} عن أسمى آيات تقديرها.',
  'formal.note.annex': 'المرفق',
  'formal.note.annexTitle': 'الدول والمنظمات التي لم ترد منها المعلومات بعد',
};
