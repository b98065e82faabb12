import { positionsBetween, uuidv7 } from '@clearinghouse/shared';

/** One generated data set for every system: a submission with eight rich elements (narratives, lists). */
export interface Doc {
  submission: Record<string, unknown>;
  items: Record<string, unknown>[];
}

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const words =
  'ratification implementation complementarity cooperation surrender immunities legislation parliament court judges training assistance capacity ministry justice statute article amendment procedure arrest'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
const narrative = (paragraphs: number) =>
  Array.from({ length: paragraphs }, () => Array.from({ length: 6 }, () => sentence(14)).join(' ')).join('\n\n');

const legislation = (i: number, k: number, submissionId: string, position: string) => ({
  id: uuidv7(),
  submissionId,
  category: 'legislation',
  position,
  title: `Implementing act ${i}.${k}`,
  description: narrative(1),
  legislationType: 'implementing_act',
  status: 'adopted',
  adoptionDate: '2026-03-01',
  articlesCovered: ['5', '6', '7', '8', '86', '87', '89', '93'],
  scope: ['complementarity', 'cooperation'],
  url: 'https://example.org/law.pdf',
});
// One confidential field per obstacle: the server seals it at rest, as it would a State's real notes.
const obstacle = (i: number, k: number, submissionId: string, position: string) => ({
  id: uuidv7(),
  submissionId,
  category: 'obstacle',
  position,
  title: `Obstacle ${i}.${k}`,
  description: narrative(1),
  kind: 'constitutional',
  stage: 'ratification',
  status: 'open',
  measuresTaken: sentence(10),
  confidentialFields: ['measuresTaken'],
});
const assistance = (i: number, k: number, submissionId: string, position: string) => ({
  id: uuidv7(),
  submissionId,
  category: 'assistance',
  position,
  title: `Assistance ${i}.${k}`,
  description: narrative(1),
  role: 'recipient',
  thematicAreas: ['judicial_training', 'victims_witnesses', 'legislative_drafting'],
  forms: ['training', 'experts'],
  partnerEntityIds: [],
});
const shapes = [legislation, obstacle, assistance, legislation, obstacle, assistance, legislation, obstacle];

/** A submission with eight elements (about 9.8 KiB of JSON in all): the workload. */
export function makeDoc(entityId: string, i: number): Doc {
  const submissionId = uuidv7();
  const positions = positionsBetween(null, null, shapes.length);
  return {
    submission: { id: submissionId, entityId, title: `Report ${i} on the implementation of the Rome Statute`, language: 'en' },
    items: shapes.map((shape, k) => shape(i, k, submissionId, positions[k]!)),
  };
}
