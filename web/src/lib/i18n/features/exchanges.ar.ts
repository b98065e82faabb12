import type { PluralMessage } from '../types.ts';
import type { exchangesEn } from './exchanges.en.ts';

/** Arabic strings of exchanges.en.ts: must hold every key (type-checked). */
export const exchangesAr: { readonly [K in keyof typeof exchangesEn]: (typeof exchangesEn)[K] extends string ? string : PluralMessage } = {
  'xch.title': 'عمليات تبادل المساعدة التقنية',
  'xch.intro':
    'سجِّل ما يُتبادل بين الجهات المقدِّمة للمساعدة التقنية والجهات المتلقية لها (الجدول ثنائي الاتجاه الوارد في المرفق الثاني للمذكرة الشفوية ICC-ASP/9/SP/PA/21: توصية المكتب الواردة في الوثيقة ICC-ASP/8/23، التي أيّدها القرار ICC-ASP/8/Res.3). وتظهر عمليات التبادل في الجدول العام ثنائي الاتجاه؛ أما الملاحظات فتبقى داخلية.',
  'xch.suggestions': 'مطابقات مقترحة',
  'xch.suggestionsHelp':
    'عروض واحتياجات منشورة تشترك في مجال مواضيعي. ويرفع ترتيبَ الزوج الانتماءُ إلى المجموعة الإقليمية نفسها، أو اللغة نفسها، أو تسميةُ أحد الطرفين للآخر شريكًا.',
  'xch.noSuggestions': 'لا يوجد عرض واحتياج منشوران يشتركان في مجال مواضيعي لم يُسجَّل بالفعل.',
  'xch.offer': 'العرض',
  'xch.need': 'الاحتياج',
  'xch.shared': 'المجالات المشتركة',
  'xch.why': 'السبب',
  'xch.sameRegion': 'المجموعة الإقليمية نفسها',
  'xch.sameLanguage': 'اللغة نفسها',
  'xch.namedPartner': 'شريك مسمّى',
  'xch.record': 'التسجيل بوصفه مقترحًا',
  'xch.recorded': 'عمليات التبادل المسجَّلة',
  'xch.none': 'لم تُسجَّل أي عملية تبادل بعد.',
  'xch.provider': 'الجهة المقدِّمة',
  'xch.recipient': 'الجهة المتلقية',
  'xch.area': 'المجال المواضيعي',
  'xch.status': 'الحالة',
  'xch.notes': 'ملاحظات داخلية',
  'xch.save': 'حفظ',
  'xch.remove': 'إزالة',
  'xch.add': 'تسجيل عملية تبادل',
  'xch.loadFailed': 'تعذّر تحميل عمليات التبادل: {reason}',
  'xch.status.proposed': 'مقترحة',
  'xch.status.agreed': 'متفق عليها',
  'xch.status.under_way': 'جارية',
  'xch.status.completed': 'منجزة',
};
