import type { PluralMessage } from '../types.ts';
import type { deviceEn } from './device.en.ts';

/** Chinese strings of device.en.ts: must hold every key (type-checked). */
export const deviceZh: { readonly [K in keyof typeof deviceEn]: (typeof deviceEn)[K] extends string ? string : PluralMessage } = {
  'device.signOut.title': '尚未发送的更改',
  'device.signOut.changes': { other: '在此设备上所作的{count}项更改尚未送达服务器。' },
  'device.signOut.transmissions': { other: '{count}份转交正在等待发送。' },
  'device.signOut.explain': '退出登录将从此设备删除您的数据。如您可能在别处需要草稿，请先将其导出为文件。',
  'device.signOut.keep': '退出登录，并将更改保留在此设备上',
  'device.signOut.keepHint': '保留的更改仍锁定于您的账户，下次您在此设备上登录时发送。在此登录的其他任何人都无法看到。',
  'device.signOut.discard': '退出登录，并删除更改',
  'device.signOut.cancel': '保持登录',
  'device.signOut.confirmTitle': '删除尚未发送的更改？',
  'device.signOut.confirmText': '更改将从此设备永久删除，无法恢复，除非您已导出草稿。',
  'device.signOut.confirmDelete': '删除并退出登录',
  'device.signOut.back': '返回',
  'device.signOut.export': '导出我的草稿',
  'device.signOut.exported': { other: '已导出{count}份草稿。' },
  'device.signOut.passphraseHint': '您的草稿含有机密部分：导出的文件以密码短语加密。导入时需要输入；请将其与文件分开保管。',
  'device.signOut.passphrase': '文件的密码短语',
  'device.signOut.passphraseRepeat': '再次输入密码短语',
  'device.signOut.passphraseShort': '请选择至少{count}个字符的密码短语。',
  'device.signOut.passphraseMismatch': '两次输入的密码短语不同：请输入同一个密码短语两次。',
  'device.signOut.exportedProtected': { other: '已导出{count}份草稿，并以您的密码短语加密。' },
  'device.signOut.working': '正在退出登录…',
  'device.signOut.failed': '此设备上的数据未能全部删除：{reason}',
  'device.notice.accountDisabled': '此账户已被停用，其数据已从此设备删除。如您认为有误，请与秘书处联系。',
};
