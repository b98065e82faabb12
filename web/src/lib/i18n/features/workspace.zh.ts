import type { PluralMessage } from '../types.ts';
import type { workspaceEn } from './workspace.en.ts';

/** Chinese strings of workspace.en.ts: must hold every key (type-checked). */
export const workspaceZh: {
  readonly [K in keyof typeof workspaceEn]: (typeof workspaceEn)[K] extends string ? string : PluralMessage;
} = {
  'sync.label': '同步',
  'sync.status.offline': '离线',
  'sync.status.syncing': '正在同步…',
  'sync.status.upToDate': '已是最新',
  'sync.status.waiting': { other: '{count}项更改待发送' },
  'sync.status.error': '同步失败',
  'sync.status.signIn': '请重新登录以同步',
  'sync.status.updateApp': '请更新应用以同步',
  'sync.status.otherAccount': '此设备上有另一账户的更改待发送',
  'sync.status.transmitQueuedOffline': { other: '{count}份转交已排队——联网后发送' },
  'sync.status.transmitQueued': { other: '{count}份转交已排队——下次同步时发送' },
  'sync.progress.file': '正在发送{name}：{sent}/{total}',
  'sync.progress.fileOf': '第{index}个文件，共{count}个',
  'sync.progress.changesLeft': {
    zero: '没有待发送的更改',
    other: '还有{count}项更改待发送',
  },
  'sync.lastSync': '上次同步：{time}',
  'sync.neverSynced': '尚未同步',
  'sync.now': '立即同步',
  'sync.signInLink': '登录',
  'sync.reload': '立即更新',
  'sync.details': '详情',
  'sync.reason.offline': '无法连接服务器。您的工作保存在此设备上，连接恢复后将发送。',
  'sync.reason.signIn': '您的会话已结束。请重新登录：此设备上的内容不会丢失。',
  'sync.reason.updateApp': '此版本的应用过旧，无法与服务器同步。请更新：您的草稿会保留。',
  'sync.reason.otherAccount': '此设备上有另一账户所作、尚未发送的更改。请以该账户登录以发送。',
  'sync.reason.server': '服务器未能完成同步（{code}）。将自动重试。',
  'sync.attention.rejected': { other: '{count}项更改被拒绝' },
  'sync.attention.conflicts': { other: '{count}个冲突待解决' },
  'sync.attention.transmit': { other: '{count}份转交失败' },

  'install.title': '安装应用',
  'install.intro': '安装后，应用可像其他应用一样从主屏幕打开，可离线使用并保留数据。',
  'install.button': '安装',
  'install.installed': '应用已安装在此设备上。',
  'install.iosHint': '在iPhone和iPad上，Safari会删除未安装且7天未打开的网站的数据。请安装应用：点击“共享”按钮，然后点击“添加到主屏幕”。',
  'install.unavailable': '如需安装，请使用浏览器菜单（“安装应用”或“添加到主屏幕”）。',
  'dashboard.draftsSummary': {
    zero: '此设备上没有草稿。',
    other: '此设备上有{count}份草稿。',
  },
  'dashboard.unsentSummary': { zero: '全部已发送。', other: '{count}项更改尚未发送。' },
  'dashboard.openDrafts': '打开草稿',
  'desk.menu': '工作区菜单',
  'desk.loadFailed': '无法加载工作清单（{reason}）。请重新加载页面后重试。',
};
