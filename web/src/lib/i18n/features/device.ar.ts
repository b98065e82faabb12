import type { PluralMessage } from '../types.ts';
import type { deviceEn } from './device.en.ts';

/** Arabic strings of device.en.ts: must hold every key (type-checked). */
export const deviceAr: { readonly [K in keyof typeof deviceEn]: (typeof deviceEn)[K] extends string ? string : PluralMessage } = {
  'device.signOut.title': 'تغييرات لم تُرسَل بعد',
  'device.signOut.changes': {
    zero: 'لا توجد تغييرات أُجريت على هذا الجهاز ولم تصل إلى الخادم.',
    one: 'لم يصل بعدُ إلى الخادم تغيير واحد أُجري على هذا الجهاز.',
    two: 'لم يصل بعدُ إلى الخادم تغييران أُجريا على هذا الجهاز.',
    few: 'لم تصل بعدُ إلى الخادم {count} تغييرات أُجريت على هذا الجهاز.',
    many: 'لم يصل بعدُ إلى الخادم {count} تغييرًا أُجري على هذا الجهاز.',
    other: 'لم يصل بعدُ إلى الخادم {count} تغيير أُجري على هذا الجهاز.',
  },
  'device.signOut.transmissions': {
    zero: 'لا توجد إحالات تنتظر الإرسال.',
    one: 'توجد إحالة واحدة تنتظر الإرسال.',
    two: 'توجد إحالتان تنتظران الإرسال.',
    few: 'توجد {count} إحالات تنتظر الإرسال.',
    many: 'توجد {count} إحالة تنتظر الإرسال.',
    other: 'توجد {count} إحالة تنتظر الإرسال.',
  },
  'device.signOut.explain':
    'يؤدي تسجيل الخروج إلى حذف بياناتك من هذا الجهاز. صدِّر مسوداتك أولًا إلى ملف إذا كنت قد تحتاج إليها على جهاز آخر.',
  'device.signOut.keep': 'تسجيل الخروج مع الاحتفاظ بها على هذا الجهاز',
  'device.signOut.keepHint':
    'تبقى التغييرات المحتفظ بها مقفلة على حسابك، وتُرسَل في المرة التالية التي تسجّل فيها الدخول على هذا الجهاز. ولا يستطيع أي شخص آخر يسجّل الدخول هنا أن يطّلع عليها.',
  'device.signOut.discard': 'تسجيل الخروج مع حذفها',
  'device.signOut.cancel': 'البقاء مسجَّل الدخول',
  'device.signOut.confirmTitle': 'هل تُحذف التغييرات التي لم تُرسَل بعد؟',
  'device.signOut.confirmText': 'ستُحذف من هذا الجهاز نهائيًا ولن يمكن استرجاعها، ما لم تكن قد صدّرت مسوداتك.',
  'device.signOut.confirmDelete': 'حذفها وتسجيل الخروج',
  'device.signOut.back': 'رجوع',
  'device.signOut.export': 'تصدير مسوداتي',
  'device.signOut.exported': {
    zero: 'لم تُصدَّر أي مسودة.',
    one: 'صُدِّرت مسودة واحدة.',
    two: 'صُدِّرت مسودتان.',
    few: 'صُدِّرت {count} مسودات.',
    many: 'صُدِّرت {count} مسودة.',
    other: 'صُدِّرت {count} مسودة.',
  },
  'device.signOut.passphraseHint': 'تتضمن مسوداتك أجزاء سرية: لذا يُقفَل الملف المصدَّر بعبارة مرور تُطلب عند الاستيراد. احفظها بمعزل عن الملف.',
  'device.signOut.passphrase': 'عبارة المرور للملف',
  'device.signOut.passphraseRepeat': 'عبارة المرور مرة أخرى',
  'device.signOut.passphraseShort': 'اختر عبارة مرور لا يقل طولها عن {count} حرفًا.',
  'device.signOut.passphraseMismatch': 'عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.',
  'device.signOut.exportedProtected': {
    zero: 'لم تُصدَّر أي مسودة.',
    one: 'صُدِّرت مسودة واحدة مقفلة بعبارة المرور الخاصة بك.',
    two: 'صُدِّرت مسودتان مقفلتان بعبارة المرور الخاصة بك.',
    few: 'صُدِّرت {count} مسودات مقفلة بعبارة المرور الخاصة بك.',
    many: 'صُدِّرت {count} مسودة مقفلة بعبارة المرور الخاصة بك.',
    other: 'صُدِّرت {count} مسودة مقفلة بعبارة المرور الخاصة بك.',
  },
  'device.signOut.working': 'جارٍ تسجيل الخروج…',
  'device.signOut.failed': 'تعذّر حذف جميع البيانات الموجودة على هذا الجهاز: {reason}',
  'device.notice.accountDisabled': 'أُلغي تفعيل هذا الحساب، وحُذفت بياناته من هذا الجهاز. إذا كنت تعتقد أن ذلك خطأ، فاتصل بالأمانة.',
};
