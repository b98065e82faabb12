import type { PluralMessage } from '../types.ts';
import type { workspaceEn } from './workspace.en.ts';

/** Russian strings of workspace.en.ts: must hold every key (type-checked). */
export const workspaceRu: {
  readonly [K in keyof typeof workspaceEn]: (typeof workspaceEn)[K] extends string ? string : PluralMessage;
} = {
  'sync.label': 'Синхронизация',
  'sync.status.offline': 'Нет сети',
  'sync.status.syncing': 'Синхронизация…',
  'sync.status.upToDate': 'Всё актуально',
  'sync.status.waiting': {
    one: '{count} изменение ждёт отправки',
    few: '{count} изменения ждут отправки',
    many: '{count} изменений ждут отправки',
    other: '{count} изменения ждут отправки',
  },
  'sync.status.error': 'Сбой синхронизации',
  'sync.status.signIn': 'Войдите снова для синхронизации',
  'sync.status.updateApp': 'Обновите приложение для синхронизации',
  'sync.status.otherAccount': 'На устройстве ждут изменения другой учётной записи',
  // Russian "one" also covers 21, 31…: every form shows the count.
  'sync.status.transmitQueuedOffline': {
    one: 'К передаче: {count} (уйдёт при подключении)',
    few: 'К передаче: {count} (уйдут при подключении)',
    many: 'К передаче: {count} (уйдут при подключении)',
    other: 'К передаче: {count} (уйдут при подключении)',
  },
  'sync.status.transmitQueued': {
    one: 'К передаче: {count} (при следующей синхронизации)',
    few: 'К передаче: {count} (при следующей синхронизации)',
    many: 'К передаче: {count} (при следующей синхронизации)',
    other: 'К передаче: {count} (при следующей синхронизации)',
  },
  'sync.progress.file': 'Отправка {name}: {sent} из {total}',
  'sync.progress.fileOf': 'файл {index} из {count}',
  'sync.progress.changesLeft': {
    zero: 'Неотправленных изменений нет',
    one: 'Осталось отправить {count} изменение',
    few: 'Осталось отправить {count} изменения',
    many: 'Осталось отправить {count} изменений',
    other: 'Осталось отправить {count} изменения',
  },
  'sync.lastSync': 'Синхронизировано {time}',
  'sync.neverSynced': 'Ещё не синхронизировано',
  // review: "Sync now" shortened to Обновить (refresh) so the sync bar fits one line on a 360 px phone.
  'sync.now': 'Обновить',
  'sync.signInLink': 'Войти',
  'sync.reload': 'Обновить',
  'sync.details': 'Детали',
  'sync.reason.offline':
    'Не удалось связаться с сервером. Ваша работа сохранена на этом устройстве и будет отправлена, когда связь восстановится.',
  'sync.reason.signIn': 'Сеанс завершён. Войдите снова: ничего из сохранённого на этом устройстве не потеряно.',
  'sync.reason.updateApp': 'Эта версия приложения слишком стара для синхронизации с сервером. Обновите её: черновики сохранятся.',
  'sync.reason.otherAccount':
    'На этом устройстве есть неотправленные изменения другой учётной записи. Чтобы отправить их, войдите под этой учётной записью.',
  'sync.reason.server': 'Серверу не удалось завершить синхронизацию ({code}). Попытка будет повторена автоматически.',
  'sync.attention.rejected': {
    one: '{count} изменение отклонено',
    few: '{count} изменения отклонены',
    many: '{count} изменений отклонено',
    other: '{count} изменения отклонено',
  },
  'sync.attention.conflicts': {
    one: '{count} конфликт требует решения',
    few: '{count} конфликта требуют решения',
    many: '{count} конфликтов требуют решения',
    other: '{count} конфликта требуют решения',
  },
  'sync.attention.transmit': {
    one: '{count} передача не удалась',
    few: '{count} передачи не удались',
    many: '{count} передач не удались',
    other: '{count} передачи не удались',
  },

  'install.title': 'Установить приложение',
  'install.intro': 'Установленное приложение открывается с главного экрана, как любое другое, работает без сети и сохраняет свои данные.',
  'install.button': 'Установить',
  'install.installed': 'Приложение установлено на этом устройстве.',
  'install.iosHint':
    'На iPhone и iPad браузер Safari удаляет данные сайтов, которые не установлены и не открывались 7 дней. Установите приложение: нажмите кнопку «Поделиться», затем «На экран „Домой“».',
  'install.unavailable': 'Для установки воспользуйтесь меню браузера («Установить приложение» или «Добавить на главный экран»).',
  'dashboard.draftsSummary': {
    zero: 'На этом устройстве нет черновиков.',
    one: 'На этом устройстве {count} черновик.',
    few: 'На этом устройстве {count} черновика.',
    many: 'На этом устройстве {count} черновиков.',
    other: 'На этом устройстве {count} черновика.',
  },
  'dashboard.unsentSummary': {
    zero: 'Всё отправлено.',
    one: '{count} изменение ещё не отправлено.',
    few: '{count} изменения ещё не отправлены.',
    many: '{count} изменений ещё не отправлено.',
    other: '{count} изменения ещё не отправлено.',
  },
  'dashboard.openDrafts': 'Открыть черновики',
  'desk.menu': 'Меню рабочего пространства',
  'desk.loadFailed': 'Не удалось загрузить список работы ({reason}). Перезагрузите страницу, чтобы повторить попытку.',
};
