import type { guidanceEn } from './guidance.en.ts';

/**
 * Ce que la note verbale ICC-ASP/9/SP/PA/21 demande pour chaque catégorie, dans ses propres termes
 * (alinéa h) du paragraphe 6 du Plan d’action, alinéa c) pour l’Accord, annexe II pour les expériences).
 */
export const guidanceFr: { readonly [K in keyof typeof guidanceEn]: string } = {
  'guidance.source.6h': 'Plan d’action, paragraphe 6, alinéa h) ({point}), cité par la note verbale ICC-ASP/9/SP/PA/21',
  'guidance.source.6c': 'Plan d’action, paragraphe 6, alinéa c), annexe I de la note verbale ICC-ASP/9/SP/PA/21',
  'guidance.source.annex2': 'Annexe II de la note verbale ICC-ASP/9/SP/PA/21 (résolution ICC-ASP/6/Res.2, annexe I)',
  'guidance.obstacle': '« les obstacles auxquels les États se heurtent pour ratifier ou mettre en œuvre intégralement le Statut de Rome »',
  'guidance.strategy':
    '« les stratégies ou plans d’action nationaux ou régionaux visant à promouvoir la ratification et/ou la mise en œuvre intégrale du Statut de Rome »',
  'guidance.assistance': '« les programmes d’évaluation des besoins et de fourniture d’une assistance technique et autre »',
  'guidance.event': '« les événements et activités envisagés »',
  'guidance.legislation': '« les exemples de textes d’application du Statut de Rome »',
  'guidance.agreement': '« les accords bilatéraux de coopération entre la Cour et les États Parties »',
  'guidance.constitutional': '« les solutions aux problèmes d’ordre constitutionnel liés à la ratification »',
  'guidance.focal_point':
    '« les points de contact nationaux concernant les questions ayant trait à la promotion de la ratification et de la mise en œuvre intégrale du Statut de Rome »',
  'guidance.apic':
    '« la ratification et la mise en œuvre intégrale de l’Accord sur les privilèges et immunités de la Cour pénale internationale, et la promotion de sa ratification et de sa mise en œuvre par d’autres États non encore parties à l’Accord »',
  'guidance.experience':
    '« Continuer à partager leurs expériences réussies en ce qui concerne la ratification du Statut […] avec les États ayant des préoccupations similaires ou rencontrant des obstacles juridiques de même nature. »',
  'guidance.court_decision':
    '« Continuer à partager […] les décisions de leurs tribunaux ou cours constitutionnelles avec les États ayant des préoccupations similaires ou rencontrant des obstacles juridiques de même nature. »',
};
