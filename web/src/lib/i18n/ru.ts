import type { CoreDictionary } from './types.ts';
import { deviceRu } from './features/device.ru.ts';
import { errorsRu } from './features/errors.ru.ts';

/**
 * Russian core, in the terminology of the Assembly's Russian documents: complete (type-checked), as is
 * every `features/<name>.ru.ts`. Plural messages give one, few, many and other (fractions).
 */
export const ru = {
  'app.name': 'Информационный центр Плана действий',
  'app.owner': 'Секретариат Ассамблеи государств-участников Римского статута Международного уголовного суда',
  'app.skipToContent': 'Перейти к основному содержанию',
  'app.loading': 'Загрузка…',

  'nav.main': 'Основное',
  'nav.workspace': 'Рабочее пространство',
  'nav.menu': 'Меню',
  'nav.home': 'Главная',
  'nav.search': 'Поиск',
  'nav.states': 'Государства',
  'nav.assistance': 'Таблица помощи',
  'nav.events': 'Мероприятия',
  'nav.dashboard': 'Обзор',
  'nav.drafts': 'Черновики',
  'nav.requests': 'Запросы',
  'nav.inbox': 'Входящие',
  'nav.monitoring': 'Мониторинг',
  'nav.settings': 'Настройки',
  'nav.exchanges': 'Обмен помощью',
  'nav.receive': 'Получено иными путями',
  'nav.treaty': 'Договорные записи',
  'nav.report': 'Сводный доклад',
  'nav.accounts': 'Учётные записи',
  'nav.audit': 'Журнал аудита',

  'language.label': 'Язык',

  'connection.online': 'В сети',
  'connection.offline': 'Нет сети',
  'connection.offlineHint': 'Нет подключения к сети. Данные, сохранённые на этом устройстве, остаются доступными.',

  'auth.signIn': 'Войти',
  'auth.signOut': 'Выйти',
  'auth.signedInAs': 'Вы вошли как {email}',
  'auth.signOutFailed':
    'Вы вышли из системы на этом устройстве. Сервер не удалось уведомить; он будет уведомлён, когда связь восстановится.',

  'roles.focal_point': 'Координатор',
  'roles.secretariat': 'Секретариат',
  'roles.bureau': 'Член Бюро',

  'signin.title': 'Вход',
  'signin.intro':
    'Для национальных координаторов, авторов материалов, Секретариата и членов Бюро. Для просмотра общедоступного информационного центра учётная запись не нужна.',
  'signin.email': 'Адрес электронной почты',
  'signin.password': 'Пароль',
  'signin.submit': 'Войти',
  'signin.submitting': 'Выполняется вход…',
  'signin.offline':
    'Нет подключения к сети. Для входа нужна сеть; после входа рабочее пространство открывается на этом устройстве и без сети.',

  'errors.network': 'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
  'errors.invalid-credentials': 'Неверный адрес электронной почты или пароль.',
  'errors.too-many-attempts': 'Слишком много попыток. Подождите несколько минут и повторите попытку.',
  'errors.unexpected': 'Произошла ошибка. Повторите попытку; если ошибка повторится, обратитесь в Секретариат.',
  'errors.notFound': 'Такой страницы нет.',
  'errors.forbidden': 'Эта страница недоступна для вашей роли.',
  'errors.title': 'Ошибка {status}',
  'errors.backHome': 'На главную страницу',

  'update.available': 'Доступно обновление: готова новая версия приложения.',
  'update.reload': 'Перезагрузить',
  'update.later': 'Позже',
  'update.offlineReady': 'Приложение готово к работе без сети.',
  'update.close': 'Закрыть',

  'search.title': 'Поиск',
  'states.title': 'Государства и организации',
  'assistance.title': 'Таблица технической помощи',
  'events.title': 'Мероприятия',

  'dashboard.title': 'Обзор',
  'dashboard.signedInAs': 'Вы вошли как {email}',
  'dashboard.role': 'Роль: {role}',
  // review: "reporting entity" rendered as отчитывающаяся структура (a State or an organisation).
  'dashboard.entity': 'Отчитывающаяся структура: {entity}',
  'dashboard.offline': 'Нет подключения к сети. Рабочее пространство продолжает работать на этом устройстве.',
  'drafts.title': 'Черновики',
  'drafts.intro': 'Материалы, готовящиеся на этом устройстве и коллегами из вашей структуры.',
  'drafts.count': { one: '{count} черновик', few: '{count} черновика', many: '{count} черновиков', other: '{count} черновика' },
  'requests.title': 'Запросы информации',
  'requests.intro': 'Запросы Секретариата с указанием сроков и запрашиваемых категорий информации.',
  'inbox.title': 'Входящие',
  'inbox.intro': 'Материалы, переданные Секретариату, для подтверждения получения, рассмотрения и опубликования.',
  'monitoring.title': 'Мониторинг',
  'monitoring.intro':
    'Положение дел с ратификацией, законодательством об осуществлении, препятствия, с которыми сталкиваются государства, и доля ответов.',
  'settings.title': 'Настройки',
  'settings.intro': 'Параметры этого устройства.',
  'settings.languageHelp': 'Язык приложения на этом устройстве. Материалы сохраняют язык, на котором они написаны.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceRu,
  ...errorsRu,
} as const satisfies CoreDictionary;
