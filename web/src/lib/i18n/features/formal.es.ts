import type { PluralMessage } from '../types.ts';
import type { formalEn } from './formal.en.ts';

/** Cadenas en español de los documentos oficiales de la Asamblea (véase formal.en.ts). */
export const formalEs: { readonly [K in keyof typeof formalEn]: (typeof formalEn)[K] extends string ? string : PluralMessage } = {
  'formal.request.languages': 'Título y texto en los idiomas de la Asamblea',
  'formal.request.languagesHelp':
    'El español, el francés y el inglés son obligatorios: las notas verbales de la Asamblea se envían en esos tres idiomas. El árabe, el chino y el ruso son opcionales.',
  'formal.request.required': '{language} (obligatorio)',
  'formal.request.optional': '{language} (opcional)',
  'formal.request.title': 'Título ({language})',
  'formal.request.text': 'Texto de la solicitud ({language})',
  'formal.request.problem.title': 'Falta el título en {language}.',
  'formal.request.problem.text': 'Falta el texto de la solicitud en {language}.',
  'formal.request.moreLanguages': 'Otros idiomas de la Asamblea (opcional)',
  'formal.request.fallback': 'Esta solicitud no existe en {wanted}: se muestra en {shown}.',

  'formal.controls.language': 'Idioma del documento',
  'formal.controls.symbol': 'Signatura del documento',
  'formal.controls.date': 'Fecha del documento',
  'formal.controls.print': 'Imprimir o guardar en PDF',
  'formal.reminder.title': 'Recordatorio en forma de nota verbal',
  'formal.reminder.intro':
    'Una nota verbal circular dirigida a los destinatarios que no han respondido (o cuya respuesta fue devuelta), en el idioma que elija. Imprímala o guárdela en PDF.',
  'formal.reminder.open': 'Recordatorio (nota verbal)',
  'formal.reminder.nobody': 'Todos los destinatarios han respondido: no hay nadie a quien enviar un recordatorio.',

  'formal.doc.distr': 'Distr.: general',
  'formal.doc.original': 'Original: {language}',
  'formal.doc.assembly': 'Asamblea de los Estados Partes',
  'formal.doc.reference': 'Referencia: {reference}',
  'formal.doc.placeDate': 'La Haya, {date}',

  // review: título del documento redactado para esta compilación, no tomado de un documento oficial
  'formal.report.title':
    'Compilación de la información relativa al Plan de acción para lograr la universalidad y la plena aplicación del Estatuto de Roma de la Corte Penal Internacional',
  'formal.report.noteBy': 'Nota de la Secretaría',
  'formal.report.contents': 'Índice',
  'formal.report.introduction': 'Introducción',
  'formal.report.intro.request':
    'Mediante la nota verbal {reference} de fecha {issuedOn}, la Secretaría de la Asamblea de los Estados Partes pidió a los Estados Partes que le comunicaran, a más tardar el {deadline}, información sobre la promoción de la ratificación y la plena aplicación del Estatuto de Roma, de conformidad con el apartado h) del párrafo 6 del Plan de acción para lograr la universalidad y la plena aplicación del Estatuto de Roma de la Corte Penal Internacional (resolución ICC-ASP/5/Res.3, anexo I).',
  'formal.report.intro.range':
    'El presente documento recopila la información publicada por la Secretaría del {from} al {to}, de conformidad con el párrafo 7 del Plan de acción para lograr la universalidad y la plena aplicación del Estatuto de Roma de la Corte Penal Internacional (resolución ICC-ASP/5/Res.3, anexo I).',
  'formal.report.intro.clearinghouse':
    'En virtud del párrafo 7 del Plan de acción, la Secretaría actúa como centro de intercambio de información: reúne y compila la información proporcionada por los Estados Partes, las organizaciones regionales, las organizaciones no gubernamentales y otras entidades, y vela por que sea fácil y ampliamente accesible.',
  'formal.report.intro.published':
    'El presente documento solo reproduce la información que se ha publicado. La información se hace pública en su totalidad, salvo los elementos que el Estado o la organización de que se trate haya señalado como confidenciales, que no se incluyen.',
  'formal.report.intro.totals':
    'Número de elementos de información reproducidos en la sección III: {items}. Número de Estados y organizaciones de los que proceden: {entities}.',
  'formal.report.status': 'Estado del Estatuto de Roma, del Acuerdo sobre los Privilegios e Inmunidades y de las enmiendas',
  'formal.report.status.rome':
    'Según los registros del tratado al {asOf}, {parties} Estados son partes en el Estatuto de Roma (cambios introducidos por la Secretaría desde esa fecha: {changes}).',
  'formal.report.status.undetermined':
    'En el caso de {count} Estados, los registros no permiten determinar la situación (un hecho sin fecha): no se cuentan ni entre las partes ni entre los no partes.',
  'formal.report.status.apic':
    'Según los registros al {asOf}, {parties} Estados son partes en el Acuerdo sobre los Privilegios e Inmunidades de la Corte Penal Internacional (cambios introducidos por la Secretaría desde esa fecha: {changes}).',
  'formal.report.status.amendments':
    'Según los registros al {asOf}, la enmienda al artículo 8 aprobada en Kampala en 2010 está en vigor para {art8} Estados, las enmiendas relativas al crimen de agresión aprobadas en Kampala en 2010 para {aggression} Estados, y la enmienda al artículo 124 aprobada en 2015 para {art124} Estados.',
  'formal.report.status.unavailable': 'No se pudieron leer los registros de los tratados: esta sección está incompleta.',
  'formal.report.information': 'Información recibida',
  'formal.report.category.count': {
    one: 'Se recibió información de esta índole de un Estado u organización.',
    other: 'Se recibió información de esta índole de {count} Estados y organizaciones.',
  },
  'formal.report.assistance': 'Cuadro de doble entrada de la asistencia técnica',
  'formal.report.annex': 'Respuestas por grupo regional',

  // review: redacción del apartado h) del párrafo 6 del Plan de acción (ICC-ASP/5/Res.3, anexo I), a cotejar con el texto oficial
  'formal.category.obstacle': 'Los obstáculos con que tropiezan los Estados para ratificar o aplicar plenamente el Estatuto de Roma',
  // review: a cotejar con el texto oficial del Plan de acción
  'formal.category.strategy':
    'Las estrategias o planes de acción nacionales o regionales para promover la ratificación o la plena aplicación del Estatuto de Roma',
  // review: a cotejar con el texto oficial del Plan de acción
  'formal.category.assistance': 'Los programas de evaluación de necesidades y de prestación de asistencia técnica y de otra índole',
  'formal.category.event': 'Los acontecimientos y actividades previstos',
  // review: a cotejar con el texto oficial del Plan de acción
  'formal.category.legislation': 'Ejemplos de legislación de aplicación del Estatuto de Roma',
  'formal.category.agreement': 'Los acuerdos bilaterales de cooperación entre la Corte y los Estados Partes',
  // review: a cotejar con el texto oficial del Plan de acción
  'formal.category.constitutional': 'Las soluciones a los problemas de índole constitucional relacionados con la ratificación',
  // review: a cotejar con el texto oficial del Plan de acción
  'formal.category.focal_point':
    'Los coordinadores nacionales para las cuestiones relacionadas con la promoción de la ratificación y la plena aplicación del Estatuto de Roma',
  'formal.category.apic':
    'La ratificación y la aplicación del Acuerdo sobre los Privilegios e Inmunidades de la Corte (apartado c) del párrafo 6)',
  'formal.category.experience': 'Las experiencias satisfactorias en materia de ratificación (anexo II)',
  'formal.category.court_decision': 'Las decisiones de los tribunales o cortes constitucionales nacionales (anexo II)',

  'formal.note.addressees.all':
    'a las Misiones Permanentes de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional ante las Naciones Unidas',
  'formal.note.addressees.named': 'a las Misiones Permanentes y organizaciones interesadas',
  'formal.note.opening':
    'La Secretaría de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional saluda atentamente {addressees} y tiene el honor de referirse a su nota verbal {reference} de fecha {issuedOn}, en la que solicitó que se le comunicara, a más tardar el {deadline}, información sobre la promoción de la ratificación y la plena aplicación del Estatuto de Roma, de conformidad con el apartado h) del párrafo 6 del Plan de acción para lograr la universalidad y la plena aplicación del Estatuto de Roma.',
  'formal.note.pending':
    'La Secretaría observa que, al {today}, aún no ha recibido esa información de los Estados y organizaciones que figuran en el anexo de la presente nota. Agradecería que se la hicieran llegar a la mayor brevedad posible, por la vía diplomática y, en la medida de lo posible, también en forma digital a través del centro de intercambio de información.',
  'formal.note.public':
    'La Secretaría recuerda que la información que se le envíe se hará pública en su totalidad, a menos que se indiquen expresamente los elementos de carácter confidencial.',
  'formal.note.closing':
    'La Secretaría de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional aprovecha la oportunidad para reiterar {addressees} las seguridades de su más alta consideración.',
  'formal.note.annex': 'Anexo',
  'formal.note.annexTitle': 'Estados y organizaciones de los que aún no se ha recibido la información',
};
