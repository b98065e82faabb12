import type { guidanceEn } from './guidance.en.ts';

/**
 * What note verbale ICC-ASP/9/SP/PA/21 asks for in each category (Plan of Action, paragraph 6(h); 6(c)
 * for the Agreement; annex II for experiences and court decisions). The quotations are translated, not
 * checked against the official Chinese text, so each is marked for review.
 */
export const guidanceZh: { readonly [K in keyof typeof guidanceEn]: string } = {
  'guidance.source.6h': '《行动计划》第6段(h)项({point})，普通照会ICC-ASP/9/SP/PA/21援引',
  'guidance.source.6c': '《行动计划》第6段(c)项，普通照会ICC-ASP/9/SP/PA/21附件一',
  'guidance.source.annex2': '普通照会ICC-ASP/9/SP/PA/21附件二（ICC-ASP/6/Res.2号决议附件一）',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.obstacle': '“各国在批准或充分执行《罗马规约》方面面临的障碍”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.strategy': '“促进批准和/或充分执行《罗马规约》的国家或区域战略或行动计划”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.assistance': '“需求评估以及技术援助和其他援助方案”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.event': '“计划举办的活动”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.legislation': '“《罗马规约》执行立法实例”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.agreement': '“法院与缔约国之间的双边合作协定”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.constitutional': '“批准所涉宪法问题的解决办法”',
  // review: quotation of Plan of Action 6(h): should be the official Chinese text verbatim.
  'guidance.focal_point': '“负责促进批准和充分执行《罗马规约》相关问题的国家联络人”',
  'guidance.apic': '批准和充分执行《国际刑事法院特权和豁免协定》，并推动尚未成为该协定缔约方的其他国家批准和执行该协定。',
  'guidance.experience': '继续与有类似关切或面临同类法律障碍的国家分享批准《规约》的成功经验。',
  'guidance.court_decision': '继续与有类似关切或面临同类法律障碍的国家分享本国法院或宪法法院的裁判。',
};
