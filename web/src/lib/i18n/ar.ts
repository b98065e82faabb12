import type { CoreDictionary } from './types.ts';
import { deviceAr } from './features/device.ar.ts';
import { errorsAr } from './features/errors.ar.ts';

/**
 * Arabic core (right to left): one of the Assembly's six languages, so the dictionary must be complete
 * (type-checked), as must every `features/<name>.ar.ts`. Terminology follows the Arabic texts of the
 * Rome Statute and of the Assembly's documents.
 */
export const ar = {
  'app.name': 'مركز تبادل المعلومات الخاص بخطة العمل',
  'app.owner': 'أمانة جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية',
  'app.skipToContent': 'الانتقال إلى المحتوى الرئيسي',
  'app.loading': 'جارٍ التحميل…',

  'nav.main': 'الرئيسية',
  'nav.workspace': 'مساحة العمل',
  'nav.menu': 'القائمة',
  'nav.home': 'الصفحة الرئيسية',
  'nav.search': 'البحث',
  'nav.states': 'الدول',
  'nav.assistance': 'جدول المساعدة',
  'nav.events': 'الفعاليات',
  'nav.dashboard': 'لوحة المتابعة',
  'nav.drafts': 'المسودات',
  'nav.requests': 'الطلبات',
  'nav.inbox': 'الوارد',
  'nav.monitoring': 'الرصد',
  'nav.settings': 'الإعدادات',
  'nav.exchanges': 'عمليات تبادل المساعدة',
  'nav.receive': 'ما ورد بقنوات أخرى',
  'nav.treaty': 'سجلات المعاهدات',
  'nav.report': 'التقرير التجميعي',
  'nav.accounts': 'الحسابات',
  'nav.audit': 'سجل المراجعة',

  'language.label': 'اللغة',

  'connection.online': 'متصل',
  'connection.offline': 'غير متصل',
  'connection.offlineHint': 'أنت غير متصل بالشبكة. تبقى البيانات المحفوظة على هذا الجهاز متاحة.',

  'auth.signIn': 'تسجيل الدخول',
  'auth.signOut': 'تسجيل الخروج',
  'auth.signedInAs': 'تم تسجيل الدخول باسم {email}',
  'auth.signOutFailed': 'سُجِّل خروجك على هذا الجهاز. وتعذّر إبلاغ الخادم بذلك؛ وسيُبلَّغ به عند عودة الاتصال.',

  // review: "focal point": ASP Arabic documents vary between "جهة تنسيق" and "جهة اتصال"
  'roles.focal_point': 'جهة التنسيق',
  'roles.secretariat': 'الأمانة',
  'roles.bureau': 'عضو في المكتب',

  'signin.title': 'تسجيل الدخول',
  'signin.intro': 'لجهات التنسيق الوطنية والمساهمين والأمانة وأعضاء المكتب. لا يلزم حساب للاطلاع على مركز تبادل المعلومات العام.',
  'signin.email': 'البريد الإلكتروني',
  'signin.password': 'كلمة المرور',
  'signin.submit': 'تسجيل الدخول',
  'signin.submitting': 'جارٍ تسجيل الدخول…',
  'signin.offline': 'أنت غير متصل بالشبكة. يتطلب تسجيل الدخول اتصالًا؛ وبعد تسجيل الدخول تُفتح مساحة العمل على هذا الجهاز حتى دون اتصال.',

  'errors.network': 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال وأعد المحاولة.',
  'errors.invalid-credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'errors.too-many-attempts': 'محاولات كثيرة جدًا. انتظر بضع دقائق ثم أعد المحاولة.',
  'errors.unexpected': 'حدث خطأ. أعد المحاولة؛ وإذا تكرر الخطأ فاتصل بالأمانة.',
  'errors.notFound': 'هذه الصفحة غير موجودة.',
  'errors.forbidden': 'هذه الصفحة غير متاحة لدورك.',
  'errors.title': 'خطأ {status}',
  'errors.backHome': 'الذهاب إلى الصفحة الرئيسية',

  'update.available': 'يتوفر تحديث: إصدار جديد من التطبيق جاهز.',
  'update.reload': 'إعادة التحميل',
  'update.later': 'لاحقًا',
  'update.offlineReady': 'التطبيق جاهز للعمل دون اتصال.',
  'update.close': 'إغلاق',

  'search.title': 'البحث',
  'states.title': 'الدول والمنظمات',
  'assistance.title': 'جدول المساعدة التقنية',
  'events.title': 'الفعاليات',

  'dashboard.title': 'لوحة المتابعة',
  'dashboard.signedInAs': 'تم تسجيل الدخول باسم {email}',
  'dashboard.role': 'الدور: {role}',
  'dashboard.entity': 'الجهة المقدِّمة للمعلومات: {entity}',
  'dashboard.offline': 'أنت غير متصل بالشبكة. تواصل مساحة العمل عملها على هذا الجهاز.',
  'drafts.title': 'المسودات',
  // review: "submission" is rendered "إفادة" (pl. "إفادات") throughout the app; confirm against ASP Arabic usage
  'drafts.intro': 'الإفادات التي يجري إعدادها على هذا الجهاز ومن قِبل زملائك في الجهة التي تنتمي إليها.',
  'drafts.count': {
    zero: 'لا توجد مسودات',
    one: 'مسودة واحدة',
    two: 'مسودتان',
    few: '{count} مسودات',
    many: '{count} مسودة',
    other: '{count} مسودة',
  },
  'requests.title': 'طلبات المعلومات',
  'requests.intro': 'الطلبات الواردة من الأمانة، مع مواعيدها النهائية وفئات المعلومات المطلوبة فيها.',
  'inbox.title': 'الوارد',
  'inbox.intro': 'الإفادات المحالة إلى الأمانة، للإشعار بتلقيها واستعراضها ونشرها.',
  'monitoring.title': 'الرصد',
  'monitoring.intro': 'حالة التصديقات والتشريعات التنفيذية والعقبات التي تواجهها الدول، ومعدلات الرد.',
  'settings.title': 'الإعدادات',
  'settings.intro': 'تفضيلات هذا الجهاز.',
  'settings.languageHelp': 'لغة التطبيق على هذا الجهاز. تحتفظ الإفادات باللغة التي كُتبت بها.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceAr,
  ...errorsAr,
} as const satisfies CoreDictionary;
