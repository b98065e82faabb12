import type { PluralMessage } from '../types.ts';
import type { monitoringEn } from './monitoring.en.ts';

/** Russian strings of monitoring.en.ts: must hold every key (type-checked). */
export const monitoringRu: {
  readonly [K in keyof typeof monitoringEn]: (typeof monitoringEn)[K] extends string ? string : PluralMessage;
} = {
  'mon.asOf': 'Данные по состоянию на {date}',
  'mon.loading': 'Загрузка данных…',
  'mon.failed': 'Не удалось загрузить данные: {reason}',
  'mon.offlineCopy': 'Нет сети: показаны данные от {date} (сохранённая копия).',
  'mon.showTable': 'Показать данные в виде таблицы',
  'mon.parties.title': 'Государства-участники Римского статута по годам и региональным группам',
  'mon.parties.caption':
    'Государства-участники на конец каждого года (для текущего года — на сегодня) по датированным записям на {date}; последующие изменения, внесённые Секретариатом: {changes}. Государство, запись о котором не датирована, учитывается отдельно — ни как участник, ни как неучастник.',
  'mon.parties.year': 'Год',
  'mon.parties.total': 'Всего',
  'mon.parties.undetermined': 'Недатированная запись (не учитывается)',
  'mon.apic.title': 'Соглашение о привилегиях и иммунитетах: участие государств-участников Статута',
  'mon.apic.group': 'Региональная группа',
  'mon.apic.rome': 'Участники Римского статута',
  'mon.apic.apic': 'Участники Соглашения',
  'mon.apic.caption': 'Участники Соглашения по записям на {date}; последующие изменения, внесённые Секретариатом: {changes}.',
  'mon.legislation.title': 'Законодательство об осуществлении по региональным группам (опубликованная информация)',
  'mon.legislation.group': 'Региональная группа',
  'mon.legislation.none': 'Сведения о законодательстве об осуществлении ещё не публиковались.',
  'mon.obstacles.title': 'Препятствия по видам (опубликованная информация)',
  'mon.obstacles.kind': 'Вид препятствия',
  'mon.obstacles.none': 'Сведения о препятствиях ещё не публиковались.',
  'mon.responses.title': 'Ответы на запросы информации по региональным группам',
  'mon.responses.request': 'Запрос',
  'mon.responses.rate': '{responded} из {addressed} ({rate} %)',
  'mon.responses.none': 'Запросы информации ещё не направлялись.',
  'mon.chartLabel': 'Диаграмма: {title}. Те же данные приведены в таблице ниже.',
};
