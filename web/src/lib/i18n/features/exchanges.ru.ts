import type { PluralMessage } from '../types.ts';
import type { exchangesEn } from './exchanges.en.ts';

/** Russian strings of exchanges.en.ts: must hold every key (type-checked). */
export const exchangesRu: { readonly [K in keyof typeof exchangesEn]: (typeof exchangesEn)[K] extends string ? string : PluralMessage } = {
  'xch.title': 'Обмен технической помощью',
  'xch.intro':
    'Записывайте, чем обмениваются поставщики и получатели технической помощи (двусторонняя таблица из приложения II к вербальной ноте ICC-ASP/9/SP/PA/21: рекомендация Бюро в документе ICC-ASP/8/23, одобренная резолюцией ICC-ASP/8/Res.3). Обмены отображаются в общедоступной двусторонней таблице; заметки остаются внутренними.',
  'xch.suggestions': 'Предлагаемые пары',
  'xch.suggestionsHelp':
    'Опубликованные предложения и потребности с общей тематической областью. Пара стоит выше, если стороны входят в одну региональную группу, говорят на одном языке или одна из них назвала другую партнёром.',
  'xch.noSuggestions': 'Нет опубликованных предложений и потребностей с общей тематической областью, которые ещё не записаны.',
  'xch.offer': 'Предложение',
  'xch.need': 'Потребность',
  'xch.shared': 'Общие области',
  'xch.why': 'Почему',
  'xch.sameRegion': 'одна региональная группа',
  'xch.sameLanguage': 'один язык',
  'xch.namedPartner': 'назван партнёр',
  'xch.record': 'Записать как предложенный',
  'xch.recorded': 'Записанные обмены',
  'xch.none': 'Ни одного обмена ещё не записано.',
  'xch.provider': 'Поставщик',
  'xch.recipient': 'Получатель',
  'xch.area': 'Тематическая область',
  'xch.status': 'Статус',
  'xch.notes': 'Внутренние заметки',
  'xch.save': 'Сохранить',
  'xch.remove': 'Удалить',
  'xch.add': 'Записать обмен',
  'xch.loadFailed': 'Не удалось загрузить обмены: {reason}',
  'xch.status.proposed': 'Предложен',
  'xch.status.agreed': 'Согласован',
  'xch.status.under_way': 'Осуществляется',
  'xch.status.completed': 'Завершён',
};
