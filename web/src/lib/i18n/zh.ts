import type { CoreDictionary } from './types.ts';
import { deviceZh } from './features/device.zh.ts';
import { errorsZh } from './features/errors.zh.ts';

/**
 * Chinese (simplified) core, in the terminology of the Assembly's Chinese documents: complete
 * (type-checked), as is every `features/<name>.zh.ts`.
 */
export const zh = {
  'app.name': '《行动计划》信息交换中心',
  'app.owner': '《国际刑事法院罗马规约》缔约国大会秘书处',
  'app.skipToContent': '跳至主要内容',
  'app.loading': '正在加载…',

  'nav.main': '主导航',
  'nav.workspace': '工作区',
  // A word joiner (\u2060) keeps the two characters of the menu button on one line on a phone.
  'nav.menu': '菜\u2060单',
  'nav.home': '首页',
  'nav.search': '搜索',
  'nav.states': '国家',
  'nav.assistance': '援助表',
  'nav.events': '活动',
  'nav.dashboard': '概览',
  'nav.drafts': '草稿',
  'nav.requests': '请求',
  'nav.inbox': '收件箱',
  'nav.monitoring': '监测',
  'nav.settings': '设置',
  'nav.exchanges': '援助交流',
  'nav.receive': '经其他渠道收到的信息',
  'nav.treaty': '条约记录',
  'nav.report': '汇编报告',
  'nav.accounts': '账户',
  'nav.audit': '审计记录',

  'language.label': '语言',

  'connection.online': '在线',
  'connection.offline': '离线',
  'connection.offlineHint': '您已离线。保存在此设备上的内容仍可使用。',

  'auth.signIn': '登录',
  'auth.signOut': '退出登录',
  'auth.signedInAs': '已登录：{email}',
  'auth.signOutFailed': '您已在此设备上退出登录。目前无法通知服务器；恢复联网后将通知。',

  // review: "focal point" — ASP Chinese documents use both 联络人 and 联络点; 联络人 is kept for a person's role.
  'roles.focal_point': '联络人',
  'roles.secretariat': '秘书处',
  'roles.bureau': '主席团成员',

  'signin.title': '登录',
  'signin.intro': '供国家联络人、撰稿人、秘书处和主席团成员使用。浏览公开的信息交换中心无需账户。',
  'signin.email': '电子邮件地址',
  'signin.password': '密码',
  'signin.submit': '登录',
  'signin.submitting': '正在登录…',
  'signin.offline': '您已离线。登录需要网络连接；登录后，工作区在此设备上也可离线打开。',

  'errors.network': '无法连接服务器。请检查网络连接后重试。',
  'errors.invalid-credentials': '电子邮件地址或密码不正确。',
  'errors.too-many-attempts': '尝试次数过多。请等待几分钟后再试。',
  'errors.unexpected': '出现错误。请重试；如再次出现，请与秘书处联系。',
  'errors.notFound': '此页面不存在。',
  'errors.forbidden': '您的角色无权访问此页面。',
  'errors.title': '错误 {status}',
  'errors.backHome': '返回首页',

  'update.available': '有可用更新：应用的新版本已准备就绪。',
  'update.reload': '重新加载',
  'update.later': '稍后',
  'update.offlineReady': '应用已可离线使用。',
  'update.close': '关闭',

  'search.title': '搜索',
  'states.title': '国家和组织',
  'assistance.title': '技术援助表',
  'events.title': '活动',

  'dashboard.title': '概览',
  'dashboard.signedInAs': '已登录：{email}',
  'dashboard.role': '角色：{role}',
  'dashboard.entity': '报告实体：{entity}',
  'dashboard.offline': '您已离线。工作区在此设备上继续运行。',
  'drafts.title': '草稿',
  'drafts.intro': '在此设备上以及由本实体同事正在准备的材料。',
  'drafts.count': { other: '{count}份草稿' },
  'requests.title': '信息请求',
  'requests.intro': '秘书处发出的请求，包括截止日期和所请求的信息类别。',
  'inbox.title': '收件箱',
  'inbox.intro': '已转交秘书处、待确认收悉、审查和公布的材料。',
  'monitoring.title': '监测',
  'monitoring.intro': '批准情况、执行立法状况、各国遇到的障碍以及答复率。',
  'settings.title': '设置',
  'settings.intro': '此设备的偏好设置。',
  'settings.languageHelp': '应用在此设备上的语言。材料保留其撰写时所用的语言。',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceZh,
  ...errorsZh,
} as const satisfies CoreDictionary;
