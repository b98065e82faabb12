import type { formalEn } from './formal.en.ts';

/**
 * Chinese strings of formal.en.ts for the request form, the document controls and the reminder page.
 * The documents themselves are written in English, French and Spanish only (document-words.ts):
 * their keys fall back to English here until a translator writes them.
 */
// review: written without a UN translator; the whole file is to be checked
export const formalZh: { readonly [K in keyof typeof formalEn]?: string } = {
  'formal.request.languages': '以大会语文填写的标题和正文',
  'formal.request.languagesHelp': '英文、法文和西班牙文为必填：大会的普通照会以这三种语文发出。阿拉伯文、中文和俄文为选填。',
  'formal.request.required': '{language}（必填）',
  'formal.request.optional': '{language}（选填）',
  'formal.request.title': '标题（{language}）',
  'formal.request.text': '请求正文（{language}）',
  'formal.request.problem.title': '缺少{language}标题。',
  'formal.request.problem.text': '缺少{language}请求正文。',
  'formal.request.moreLanguages': '大会其他语文（选填）',
  'formal.request.fallback': '此请求没有{wanted}版本：现以{shown}显示。',
  'formal.controls.language': '文件语文',
  'formal.controls.symbol': '文号',
  'formal.controls.date': '文件日期',
  'formal.controls.print': '打印或另存为 PDF',
  'formal.reminder.title': '普通照会形式的催复',
  'formal.reminder.intro': '致尚未答复（或答复被退回）的收件方的普通照会（通函），使用您选择的语文。可打印或另存为 PDF。',
  'formal.reminder.open': '催复（普通照会）',
  'formal.reminder.nobody': '所有收件方均已答复：无需催复。',
};
