import type { PluralMessage } from '../types.ts';
import type { exchangesEn } from './exchanges.en.ts';

/** Chinese strings of exchanges.en.ts: must hold every key (type-checked). */
export const exchangesZh: { readonly [K in keyof typeof exchangesEn]: (typeof exchangesEn)[K] extends string ? string : PluralMessage } = {
  'xch.title': '技术援助交流',
  'xch.intro':
    '记录技术援助提供方与受援方之间的交流（普通照会ICC-ASP/9/SP/PA/21附件二的双向表：主席团在ICC-ASP/8/23中的建议，经ICC-ASP/8/Res.3号决议核可）。交流显示在公开的双向表中；备注仅供内部使用。',
  'xch.suggestions': '建议的配对',
  'xch.suggestionsHelp': '已公布的提供和需求中有共同专题领域的。属同一区域组、使用同一语文或任何一方指名对方为伙伴的配对排序靠前。',
  'xch.noSuggestions': '没有尚未记录的、有共同专题领域的已公布提供和需求。',
  'xch.offer': '提供',
  'xch.need': '需求',
  'xch.shared': '共同领域',
  'xch.why': '原因',
  'xch.sameRegion': '同一区域组',
  'xch.sameLanguage': '同一语文',
  'xch.namedPartner': '指名伙伴',
  'xch.record': '记录为拟议',
  'xch.recorded': '已记录的交流',
  'xch.none': '尚未记录任何交流。',
  'xch.provider': '提供方',
  'xch.recipient': '受援方',
  'xch.area': '专题领域',
  'xch.status': '状况',
  'xch.notes': '内部备注',
  'xch.save': '保存',
  'xch.remove': '删除',
  'xch.add': '记录一项交流',
  'xch.loadFailed': '无法加载交流：{reason}',
  'xch.status.proposed': '拟议',
  'xch.status.agreed': '已商定',
  'xch.status.under_way': '进行中',
  'xch.status.completed': '已完成',
};
