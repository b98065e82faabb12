import type { guidanceEn } from './guidance.en.ts';

/**
 * What note verbale ICC-ASP/9/SP/PA/21 asks for in each category (Plan of Action, paragraph 6(h); 6(c)
 * for the Agreement; annex II for experiences and court decisions). The quotations are translated, not
 * checked against the official Russian text, so each is marked for review.
 */
export const guidanceRu: { readonly [K in keyof typeof guidanceEn]: string } = {
  'guidance.source.6h': 'План действий, пункт 6(h)({point}), процитированный в вербальной ноте ICC-ASP/9/SP/PA/21',
  'guidance.source.6c': 'План действий, пункт 6(c), приложение I к вербальной ноте ICC-ASP/9/SP/PA/21',
  'guidance.source.annex2': 'Приложение II к вербальной ноте ICC-ASP/9/SP/PA/21 (резолюция ICC-ASP/6/Res.2, приложение I)',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.obstacle': '«препятствия, с которыми сталкиваются государства при ратификации или полном осуществлении Римского статута»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.strategy':
    '«национальные или региональные стратегии или планы действий по содействию ратификации и/или полному осуществлению Римского статута»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.assistance': '«программы оценки потребностей и оказания технической и иной помощи»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.event': '«запланированные мероприятия и деятельность»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.legislation': '«примеры законодательства об осуществлении Римского статута»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.agreement': '«двусторонние соглашения о сотрудничестве между Судом и государствами-участниками»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.constitutional': '«решение конституционных проблем, связанных с ратификацией»',
  // review: quotation of Plan of Action 6(h): should be the official Russian text verbatim.
  'guidance.focal_point':
    '«национальные координаторы по вопросам, касающимся содействия ратификации и полному осуществлению Римского статута»',
  'guidance.apic':
    'Ратификация и полное осуществление Соглашения о привилегиях и иммунитетах Международного уголовного суда, а также содействие его ратификации и осуществлению другими государствами, ещё не являющимися участниками Соглашения.',
  'guidance.experience':
    'Продолжать делиться успешным опытом ратификации Статута с государствами, которые испытывают аналогичные озабоченности или сталкиваются с правовыми препятствиями такого же рода.',
  'guidance.court_decision':
    'Продолжать делиться решениями своих судов или конституционных судов с государствами, которые испытывают аналогичные озабоченности или сталкиваются с правовыми препятствиями такого же рода.',
};
