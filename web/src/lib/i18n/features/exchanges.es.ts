import type { Message } from '../types.ts';
import type { exchangesEn } from './exchanges.en.ts';

/** Spanish strings of exchanges.en.ts: must hold every key (type-checked). */
export const exchangesEs: { readonly [K in keyof typeof exchangesEn]: (typeof exchangesEn)[K] extends string ? string : Message } = {
  'xch.title': 'Intercambios de asistencia técnica',
  'xch.intro':
    'Registre lo que se intercambia entre proveedores y beneficiarios de asistencia técnica (el cuadro de doble entrada del anexo II de la nota verbal ICC-ASP/9/SP/PA/21: la recomendación de la Mesa contenida en ICC-ASP/8/23, respaldada por la resolución ICC-ASP/8/Res.3). Los intercambios aparecen en el cuadro público de doble entrada; las notas son internas.',
  'xch.suggestions': 'Correspondencias sugeridas',
  'xch.suggestionsHelp':
    'Ofertas y necesidades publicadas que comparten un ámbito temático. Un mismo grupo regional, un mismo idioma o un asociado mencionado por una de las partes sitúan el par más arriba.',
  'xch.noSuggestions': 'No hay ninguna oferta y necesidad publicadas que compartan un ámbito temático aún no registrado.',
  'xch.offer': 'Oferta',
  'xch.need': 'Necesidad',
  'xch.shared': 'Ámbitos comunes',
  'xch.why': 'Motivo',
  'xch.sameRegion': 'mismo grupo regional',
  'xch.sameLanguage': 'mismo idioma',
  'xch.namedPartner': 'asociado mencionado',
  'xch.record': 'Registrar como propuesto',
  'xch.recorded': 'Intercambios registrados',
  'xch.none': 'Todavía no se ha registrado ningún intercambio.',
  'xch.provider': 'Proveedor',
  'xch.recipient': 'Beneficiario',
  'xch.area': 'Ámbito temático',
  'xch.status': 'Estado',
  'xch.notes': 'Notas internas',
  'xch.save': 'Guardar',
  'xch.remove': 'Quitar',
  'xch.add': 'Registrar un intercambio',
  'xch.loadFailed': 'No se pudieron cargar los intercambios: {reason}',
  'xch.status.proposed': 'Propuesto',
  'xch.status.agreed': 'Acordado',
  'xch.status.under_way': 'En curso',
  'xch.status.completed': 'Finalizado',
};
