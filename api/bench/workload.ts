import { positionsBetween, uuidv7 } from '@clearinghouse/shared';

/** One generated data set for both systems: a submission with three rich elements (long narrative, lists). */
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

export function makeDoc(entityId: string, i: number): Doc {
  const submissionId = uuidv7();
  const positions = positionsBetween(null, null, 3);
  return {
    submission: { id: submissionId, entityId, title: `Report ${i} on the implementation of the Rome Statute`, language: 'en' },
    items: [
      {
        id: uuidv7(),
        submissionId,
        category: 'legislation',
        position: positions[0],
        title: `Implementing act ${i}`,
        description: narrative(6),
        legislationType: 'implementing_act',
        status: 'adopted',
        date: '2026-03-01',
        articlesCovered: ['5', '6', '7', '8', '86', '87', '89', '93'],
        scope: ['complementarity', 'cooperation'],
        url: 'https://example.org/law.pdf',
      },
      {
        id: uuidv7(),
        submissionId,
        category: 'obstacle',
        position: positions[1],
        title: `Obstacle ${i}`,
        description: narrative(3),
        kind: 'constitutional',
        stage: 'ratification',
        status: 'open',
        measuresTaken: narrative(2),
      },
      {
        id: uuidv7(),
        submissionId,
        category: 'assistance',
        position: positions[2],
        title: `Assistance ${i}`,
        description: narrative(2),
        role: 'recipient',
        thematicAreas: ['judicial_training', 'victims_witnesses', 'legislative_drafting'],
        forms: ['training', 'experts'],
        partnerEntityIds: [],
      },
    ],
  };
}
