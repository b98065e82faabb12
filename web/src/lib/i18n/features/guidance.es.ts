import type { guidanceEn } from './guidance.en.ts';

/**
 * Lo que la nota verbal ICC-ASP/9/SP/PA/21 pide para cada categoría (apartado h) del párrafo 6 del Plan
 * de acción, apartado c) para el Acuerdo, anexo II para las experiencias y las decisiones judiciales).
 * Las citas siguen el texto español del Plan de acción tal como se conoce aquí: cada una lleva una
 * marca de revisión hasta que un traductor de las Naciones Unidas la coteje con el texto oficial.
 */
export const guidanceEs: { readonly [K in keyof typeof guidanceEn]: string } = {
  'guidance.source.6h': 'Plan de acción, párrafo 6, apartado h) ({point}), citado en la nota verbal ICC-ASP/9/SP/PA/21',
  'guidance.source.6c': 'Plan de acción, párrafo 6, apartado c), anexo I de la nota verbal ICC-ASP/9/SP/PA/21',
  'guidance.source.annex2': 'Anexo II de la nota verbal ICC-ASP/9/SP/PA/21 (resolución ICC-ASP/6/Res.2, anexo I)',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.obstacle': '“obstáculos que enfrentan los Estados para ratificar o aplicar plenamente el Estatuto de Roma”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.strategy':
    '“estrategias o planes de acción nacionales o regionales para promover la ratificación y/o la plena aplicación del Estatuto de Roma”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.assistance': '“evaluación de las necesidades y programas de asistencia técnica y de otra índole”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.event': '“eventos y actividades previstos”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.legislation': '“ejemplos de legislación de aplicación del Estatuto de Roma”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.agreement': '“acuerdos bilaterales de cooperación entre la Corte y los Estados Partes”',
  // review: presented as a verbatim quotation of paragraph 6(h) of the Spanish Plan of Action; not checked against the official text
  'guidance.constitutional': '“soluciones a los problemas constitucionales de la ratificación”',
  // review: verbatim quotation of paragraph 6(h); the official Spanish may say "coordinadores" or "centros de coordinación" rather than "puntos focales"
  'guidance.focal_point':
    '“puntos focales nacionales para las cuestiones relativas a la promoción de la ratificación y la plena aplicación del Estatuto de Roma”',
  // review: paraphrase of paragraph 6(c) (the English is not a verbatim quotation either); check the official Spanish wording
  'guidance.apic':
    'La ratificación y la plena aplicación del Acuerdo sobre los Privilegios e Inmunidades de la Corte Penal Internacional, y la promoción de su ratificación y aplicación por otros Estados que aún no son partes en el Acuerdo.',
  // review: paraphrase of annex I of resolution ICC-ASP/6/Res.2 as cited in annex II of the note; check the official Spanish wording
  'guidance.experience':
    'Seguir compartiendo las experiencias satisfactorias de ratificación del Estatuto con los Estados que tienen preocupaciones similares o enfrentan obstáculos jurídicos de la misma índole.',
  // review: paraphrase of annex I of resolution ICC-ASP/6/Res.2 as cited in annex II of the note; check the official Spanish wording
  'guidance.court_decision':
    'Seguir compartiendo las decisiones de sus tribunales o cortes constitucionales con los Estados que tienen preocupaciones similares o enfrentan obstáculos jurídicos de la misma índole.',
};
