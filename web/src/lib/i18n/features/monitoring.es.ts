import type { Message } from '../types.ts';
import type { monitoringEn } from './monitoring.en.ts';

/** Spanish strings of the Bureau's monitoring views: must hold every key of monitoring.en.ts (type-checked). */
export const monitoringEs: { readonly [K in keyof typeof monitoringEn]: (typeof monitoringEn)[K] extends string ? string : Message } = {
  'mon.asOf': 'Cifras al {date}.',
  'mon.loading': 'Cargando las cifras…',
  'mon.failed': 'No se pudieron cargar las cifras: {reason}',
  'mon.offlineCopy': 'Sin conexión: se muestran las cifras guardadas el {date}.',
  'mon.showTable': 'Mostrar las cifras en forma de cuadro',
  'mon.parties.title': 'Estados Partes en el Estatuto de Roma a lo largo del tiempo, por grupo regional',
  'mon.parties.caption':
    'Estados Partes al final de cada año (a la fecha de hoy para el año en curso), según los registros fechados al {date}; cambios introducidos después por la Secretaría: {changes}. Un Estado cuyo registro no tiene fecha se cuenta aparte, ni como parte ni como no parte.',
  'mon.parties.year': 'Año',
  'mon.parties.total': 'Total',
  'mon.parties.undetermined': 'Registro sin fecha (no contabilizado)',
  'mon.apic.title': 'Acuerdo sobre los Privilegios e Inmunidades (APIC): cobertura entre los Estados Partes',
  'mon.apic.group': 'Grupo regional',
  'mon.apic.rome': 'Partes en el Estatuto de Roma',
  'mon.apic.apic': 'Partes en el APIC',
  'mon.apic.caption': 'Partes en el APIC registradas al {date}; cambios introducidos después por la Secretaría: {changes}.',
  'mon.legislation.title': 'Legislación de aplicación por grupo regional (información publicada)',
  'mon.legislation.group': 'Grupo regional',
  'mon.legislation.none': 'Todavía no se ha publicado ninguna legislación de aplicación.',
  'mon.obstacles.title': 'Obstáculos por tipo (información publicada)',
  'mon.obstacles.kind': 'Tipo de obstáculo',
  'mon.obstacles.none': 'Todavía no se ha publicado ningún obstáculo.',
  'mon.responses.title': 'Respuestas a las solicitudes de información, por grupo regional',
  'mon.responses.request': 'Solicitud',
  'mon.responses.rate': '{responded} de {addressed} ({rate} %)',
  'mon.responses.none': 'Todavía no se ha emitido ninguna solicitud de información.',
  'mon.chartLabel': 'Gráfico: {title}. Las mismas cifras figuran en el cuadro siguiente.',
};
