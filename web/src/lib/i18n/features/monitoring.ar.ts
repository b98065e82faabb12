import type { PluralMessage } from '../types.ts';
import type { monitoringEn } from './monitoring.en.ts';

/** Arabic strings of monitoring.en.ts: must hold every key (type-checked). */
export const monitoringAr: { readonly [K in keyof typeof monitoringEn]: (typeof monitoringEn)[K] extends string ? string : PluralMessage } =
  {
    'mon.asOf': 'الأرقام حتى {date}.',
    'mon.loading': 'جارٍ تحميل الأرقام…',
    'mon.failed': 'تعذّر تحميل الأرقام: {reason}',
    'mon.offlineCopy': 'دون اتصال: تُعرض الأرقام المحفوظة في {date}.',
    'mon.showTable': 'عرض الأرقام في جدول',
    'mon.parties.title': 'الدول الأطراف في نظام روما الأساسي على مر السنين، حسب المجموعة الإقليمية',
    'mon.parties.caption':
      'الدول الأطراف في نهاية كل سنة (وحتى اليوم بالنسبة إلى السنة الجارية)، مستخلصة من السجلات المؤرخة حتى {date}؛ والتغييرات اللاحقة التي أدخلتها الأمانة: {changes}. والدولة التي لا يحمل سجلها تاريخًا تُحسب على حدة، فلا تُعدّ طرفًا ولا غير طرف.',
    'mon.parties.year': 'السنة',
    'mon.parties.total': 'المجموع',
    'mon.parties.undetermined': 'سجل غير مؤرخ (غير محسوب)',
    'mon.apic.title': 'اتفاق امتيازات المحكمة وحصاناتها: مدى الانضمام إليه بين الدول الأطراف',
    'mon.apic.group': 'المجموعة الإقليمية',
    'mon.apic.rome': 'الأطراف في نظام روما الأساسي',
    'mon.apic.apic': 'الأطراف في اتفاق الامتيازات والحصانات',
    'mon.apic.caption': 'الأطراف في اتفاق الامتيازات والحصانات المسجَّلة حتى {date}؛ والتغييرات اللاحقة التي أدخلتها الأمانة: {changes}.',
    'mon.legislation.title': 'التشريعات التنفيذية حسب المجموعة الإقليمية (المعلومات المنشورة)',
    'mon.legislation.group': 'المجموعة الإقليمية',
    'mon.legislation.none': 'لم تُنشر أي تشريعات تنفيذية بعد.',
    'mon.obstacles.title': 'العقبات حسب النوع (المعلومات المنشورة)',
    'mon.obstacles.kind': 'نوع العقبة',
    'mon.obstacles.none': 'لم تُنشر أي عقبات بعد.',
    'mon.responses.title': 'الردود على طلبات المعلومات، حسب المجموعة الإقليمية',
    'mon.responses.request': 'الطلب',
    'mon.responses.rate': '{responded} من أصل {addressed} ({rate} %)',
    'mon.responses.none': 'لم يصدر أي طلب معلومات بعد.',
    'mon.chartLabel': 'رسم بياني: {title}. ترد الأرقام نفسها في الجدول أدناه.',
  };
