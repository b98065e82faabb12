import type { formalEn } from './formal.en.ts';

/**
 * Russian strings of formal.en.ts for the request form, the document controls and the reminder page.
 * The documents themselves are written in English, French and Spanish only (document-words.ts):
 * their keys fall back to English here until a translator writes them.
 */
// review: written without a UN translator; the whole file is to be checked
export const formalRu: { readonly [K in keyof typeof formalEn]?: string } = {
  'formal.request.languages': 'Название и текст на языках Ассамблеи',
  'formal.request.languagesHelp':
    'Английский, французский и испанский языки обязательны: вербальные ноты Ассамблеи направляются на этих трех языках. Арабский, китайский и русский языки — по желанию.',
  'formal.request.required': '{language} (обязательно)',
  'formal.request.optional': '{language} (необязательно)',
  'formal.request.title': 'Название ({language})',
  'formal.request.text': 'Текст запроса ({language})',
  'formal.request.problem.title': 'Отсутствует название (язык: {language}).',
  'formal.request.problem.text': 'Отсутствует текст запроса (язык: {language}).',
  'formal.request.moreLanguages': 'Другие языки Ассамблеи (необязательно)',
  'formal.request.fallback': 'Этого запроса нет на языке «{wanted}»: он показан на языке «{shown}».',
  'formal.controls.language': 'Язык документа',
  'formal.controls.symbol': 'Условное обозначение документа',
  'formal.controls.date': 'Дата документа',
  'formal.controls.print': 'Печать или сохранение в PDF',
  'formal.reminder.title': 'Напоминание в форме вербальной ноты',
  'formal.reminder.intro':
    'Циркулярная вербальная нота адресатам, которые не ответили (или чей ответ был возвращен), на выбранном вами языке. Распечатайте ее или сохраните в PDF.',
  'formal.reminder.open': 'Напоминание (вербальная нота)',
  'formal.reminder.nobody': 'Все адресаты ответили: напоминать некому.',
};
