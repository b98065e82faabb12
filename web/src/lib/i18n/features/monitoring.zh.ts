import type { PluralMessage } from '../types.ts';
import type { monitoringEn } from './monitoring.en.ts';

/** Chinese strings of monitoring.en.ts: must hold every key (type-checked). */
export const monitoringZh: {
  readonly [K in keyof typeof monitoringEn]: (typeof monitoringEn)[K] extends string ? string : PluralMessage;
} = {
  'mon.asOf': '数据截至{date}。',
  'mon.loading': '正在加载数据…',
  'mon.failed': '无法加载数据：{reason}',
  'mon.offlineCopy': '离线：显示{date}保存的数据。',
  'mon.showTable': '以表格显示数据',
  'mon.parties.title': '《罗马规约》缔约国历年变化（按区域组）',
  'mon.parties.caption':
    '每年年底的缔约国数目（本年为截至今日），根据截至{date}的有日期记录得出；秘书处此后录入的更改：{changes}。记录无日期的国家单独计算，既不算作缔约国，也不算作非缔约国。',
  'mon.parties.year': '年份',
  'mon.parties.total': '合计',
  'mon.parties.undetermined': '无日期记录（不计入）',
  'mon.apic.title': '《特权和豁免协定》：在《罗马规约》缔约国中的覆盖情况',
  'mon.apic.group': '区域组',
  'mon.apic.rome': '《罗马规约》缔约国',
  'mon.apic.apic': '《特权和豁免协定》缔约方',
  'mon.apic.caption': '截至{date}记录的《特权和豁免协定》缔约方；秘书处此后录入的更改：{changes}。',
  'mon.legislation.title': '各区域组的执行立法（已公布信息）',
  'mon.legislation.group': '区域组',
  'mon.legislation.none': '尚未公布任何执行立法。',
  'mon.obstacles.title': '按类型分列的障碍（已公布信息）',
  'mon.obstacles.kind': '障碍类型',
  'mon.obstacles.none': '尚未公布任何障碍。',
  'mon.responses.title': '各区域组对信息请求的答复',
  'mon.responses.request': '请求',
  'mon.responses.rate': '{responded}/{addressed}（{rate}%）',
  'mon.responses.none': '尚未发出任何信息请求。',
  'mon.chartLabel': '图表：{title}。下表列有相同数据。',
};
