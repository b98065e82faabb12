import type { PluralMessage } from '../types.ts';
import type { formalEn } from './formal.en.ts';

/**
 * Chinese strings of formal.en.ts: the request form, the document controls, the reminder page and the
 * Assembly's formal documents (the compilation report, the reminder as a note verbale).
 */
// review: written without a UN translator; the whole file is to be checked
export const formalZh: {
  readonly [K in keyof typeof formalEn]: (typeof formalEn)[K] extends string ? string : PluralMessage;
} = {
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

  'formal.doc.distr': 'Distr.: General',
  // review: UN Chinese writes "原文：英文"; here the language name comes from the browser ("英语")
  'formal.doc.original': '原文：{language}',
  'formal.doc.assembly': '缔约国大会',
  // review: label of the reference line of a note verbale ("编号"), not checked against an ASP note in Chinese
  'formal.doc.reference': '编号：{reference}',
  'formal.doc.placeDate': '海牙，{date}',

  // review: official Chinese title of the Plan of Action (ICC-ASP/5/Res.3, annex I) not checked against the text
  'formal.report.title': '关于《实现〈国际刑事法院罗马规约〉普遍性和充分执行行动计划》的资料汇编',
  'formal.report.noteBy': '秘书处的说明',
  'formal.report.contents': '目录',
  'formal.report.introduction': '导言',
  'formal.report.intro.request':
    '缔约国大会秘书处在{issuedOn}第{reference}号普通照会中，请缔约国根据《实现〈国际刑事法院罗马规约〉普遍性和充分执行行动计划》（ICC-ASP/5/Res.3号决议，附件一）第6(h)段，于{deadline}之前提供关于促进批准和充分执行《罗马规约》的资料。',
  'formal.report.intro.range':
    '本文件根据《实现〈国际刑事法院罗马规约〉普遍性和充分执行行动计划》（ICC-ASP/5/Res.3号决议，附件一）第7段，汇编秘书处在{from}至{to}期间公布的资料。',
  'formal.report.intro.clearinghouse':
    '根据《行动计划》第7段，秘书处作为信息交换中心，收集和汇编缔约国、区域组织、非政府组织和其他实体提供的资料，并使各方能够方便、广泛地获取这些资料。',
  'formal.report.intro.published': '本文件仅转载已公布的资料。资料全部公开，但有关国家或组织标为机密的内容除外，这些内容未列入本文件。',
  'formal.report.intro.totals': '第三节转载的资料条目数：{items}。提供这些资料的国家和组织数：{entities}。',
  'formal.report.status': '《罗马规约》、《特权和豁免协定》及修正案的状况',
  'formal.report.status.rome': '根据截至{asOf}的条约记录，《罗马规约》缔约国共有{parties}个（秘书处此后录入的更改：{changes}）。',
  'formal.report.status.undetermined':
    '对于{count}个国家，记录无法确定其状况（某一事件没有日期）；这些国家既不计为缔约国，也不计为非缔约国。',
  'formal.report.status.apic':
    '根据截至{asOf}的记录，《国际刑事法院特权和豁免协定》缔约国共有{parties}个（秘书处此后录入的更改：{changes}）。',
  'formal.report.status.amendments':
    '根据截至{asOf}的记录，2010年在坎帕拉通过的第八条修正案已对{art8}个国家生效，2010年在坎帕拉通过的侵略罪修正案已对{aggression}个国家生效，2015年通过的第一百二十四条修正案已对{art124}个国家生效。',
  'formal.report.status.unavailable': '无法读取条约记录；本节内容不完整。',
  'formal.report.information': '收到的资料',
  'formal.report.category.count': { other: '已收到{count}个国家和组织提供的此类资料。' },
  'formal.report.assistance': '技术援助双向表',
  'formal.report.annex': '按区域组分列的答复',

  // review: official Chinese wording of Plan of Action paragraph 6(h)(i) not checked against the text.
  'formal.category.obstacle': '各国在批准或充分执行《罗马规约》方面面临的障碍',
  // review: official Chinese wording of Plan of Action paragraph 6(h)(ii) not checked against the text.
  'formal.category.strategy': '促进批准和/或充分执行《罗马规约》的国家或区域战略或行动计划',
  // review: official Chinese wording of Plan of Action paragraph 6(h)(iii) not checked against the text.
  'formal.category.assistance': '需求评估以及技术援助和其他援助方案',
  'formal.category.event': '计划举办的活动',
  'formal.category.legislation': '《罗马规约》执行立法实例',
  'formal.category.agreement': '法院与缔约国之间的双边合作协定',
  // review: official Chinese wording of Plan of Action paragraph 6(h) not checked against the text.
  'formal.category.constitutional': '批准所涉宪法问题的解决办法',
  'formal.category.focal_point': '负责促进批准和充分执行《罗马规约》相关问题的国家联络人',
  'formal.category.apic': '批准和执行《国际刑事法院特权和豁免协定》（第6(c)段）',
  'formal.category.experience': '批准方面的成功经验（附件二）',
  'formal.category.court_decision': '国家法院或宪法法院的裁判（附件二）',

  'formal.note.addressees.all': '《国际刑事法院罗马规约》各缔约国常驻联合国代表团',
  'formal.note.addressees.named': '各有关常驻代表团和组织',
  'formal.note.opening':
    '《国际刑事法院罗马规约》缔约国大会秘书处向{addressees}致意，并谨提及其{issuedOn}第{reference}号普通照会。秘书处在该照会中请有关方面根据《实现〈罗马规约〉普遍性和充分执行行动计划》第6(h)段，于{deadline}之前提供关于促进批准和充分执行《罗马规约》的资料。',
  'formal.note.pending':
    '秘书处注意到，截至{today}，尚未收到本照会附件所列国家和组织提供的上述资料。秘书处希望尽早通过外交渠道收到这些资料，并尽可能同时通过信息交换中心以电子形式提交。',
  'formal.note.public': '秘书处谨回顾，除非具体指明具有机密性质的内容，否则向秘书处提交的资料将全部公开。',
  'formal.note.closing': '《国际刑事法院罗马规约》缔约国大会秘书处谨借此机会向{addressees}重申最崇高的敬意。',
  'formal.note.annex': '附件',
  'formal.note.annexTitle': '尚未收到其资料的国家和组织',
};
