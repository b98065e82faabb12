/**
 * Information received by other channels, shaped for POST /api/submissions/import: a focal point's
 * exported file (handed over on a USB stick) or a submission entered from a note verbale on paper.
 * Pure functions only (no Dexie, no fetch), so they are unit-tested in Node.
 */
import {
  CATEGORIES,
  positionsBetween,
  uuidv7,
  type Attachment,
  type Category,
  type Language,
  type ReceivedFile,
  type SubmissionImportBody,
  type SubmissionImportResult,
} from '@clearinghouse/shared';

/** The body the import endpoint takes (@clearinghouse/shared); records keep their ids, so a second import creates nothing. */
export type ImportBody = SubmissionImportBody;

/** The endpoint's answer: what was new and what the server already had. */
export type ImportAnswer = SubmissionImportResult;

export interface FilePreview {
  entityIds: string[];
  exportedAt: string | null;
  submissions: {
    id: string;
    title: string | null;
    cycleId: string | null;
    language: string | null;
    elements: number;
    byCategory: { category: string; count: number }[];
  }[];
  attachments: { sha256: string; name: string; type: string; size: number }[];
  totalBytes: number;
}

/** Elements counted per category, in the Plan of Action's order (unknown categories last). */
export function previewOf(file: ReceivedFile): FilePreview {
  const order = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i === -1 ? CATEGORIES.length : i;
  };
  const submissions = file.submissions.map((s) => {
    const items = file.items.filter((i) => i.submissionId === s.id);
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
    const byCategory = [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => order(a.category) - order(b.category));
    return {
      id: s.id,
      title: s.title ?? null,
      cycleId: s.cycleId ?? null,
      language: s.language ?? null,
      elements: items.length,
      byCategory,
    };
  });
  const attachments = file.attachments.map((a) => ({
    sha256: a.sha256,
    name: a.name ?? a.sha256.slice(0, 12),
    type: a.type ?? 'application/octet-stream',
    // base64: 4 characters for 3 bytes, less the padding
    size: a.size ?? Math.floor((a.data.length * 3) / 4) - (a.data.endsWith('==') ? 2 : a.data.endsWith('=') ? 1 : 0),
  }));
  const entityIds = [...new Set([file.entityId, ...file.submissions.map((s) => s.entityId)].filter((e): e is string => !!e))];
  return {
    entityIds,
    exportedAt: file.exportedAt ?? null,
    submissions,
    attachments,
    totalBytes: attachments.reduce((n, a) => n + a.size, 0),
  };
}

/** The import body of an export file: the records as they are (the server drops device-only fields), and the files' bytes. */
export function bodyFromFile(file: ReceivedFile): ImportBody {
  return {
    submissions: file.submissions,
    items: file.items,
    attachments: file.attachments.map((a) => ({ sha256: a.sha256, type: a.type ?? 'application/octet-stream', data: a.data })),
  };
}

/** One element typed in from the paper document. */
export interface PaperElement {
  category: Category;
  title: string;
  description: string;
  confidential: boolean;
}

/** The original document, already read: its attachment metadata and its bytes in base64. */
export interface PaperOriginal {
  attachment: Attachment;
  data: string;
}

export interface PaperEntry {
  entityId: string;
  cycleId: string | null;
  title: string;
  language: Language;
  elements: PaperElement[];
  original: PaperOriginal | null;
}

export type PaperProblem = 'entity' | 'elements' | `elements[${number}].title`;

/** What stops the entry from being sent: an entity, at least one element, and a title on every element (as transmission requires). */
export function paperProblems(entry: PaperEntry): PaperProblem[] {
  const problems: PaperProblem[] = [];
  if (!entry.entityId) problems.push('entity');
  if (entry.elements.length === 0) problems.push('elements');
  entry.elements.forEach((e, i) => {
    if (!e.title.trim()) problems.push(`elements[${i}].title`);
  });
  return problems;
}

/**
 * The import body of a paper submission: new ids (UUIDv7), elements in the order typed with fractional
 * positions, the original document attached to the first element and its bytes sent alongside.
 */
export function buildPaperImport(entry: PaperEntry, newId: () => string = uuidv7): { body: ImportBody; submissionId: string } {
  const submissionId = newId();
  const title = entry.title.trim();
  const submission: Record<string, unknown> = {
    id: submissionId,
    entityId: entry.entityId,
    cycleId: entry.cycleId,
    language: entry.language,
  };
  if (title) submission.title = title;
  const positions = positionsBetween(null, null, entry.elements.length);
  const items = entry.elements.map((element, i) => {
    const item: Record<string, unknown> = {
      id: newId(),
      submissionId,
      category: element.category,
      position: positions[i],
      confidential: element.confidential,
      confidentialFields: [],
      title: element.title.trim(),
    };
    const description = element.description.trim();
    if (description) item.description = description;
    if (i === 0 && entry.original) item.attachments = [entry.original.attachment];
    return item;
  });
  const attachments =
    entry.original && items.length
      ? [{ sha256: entry.original.attachment.sha256, type: entry.original.attachment.type, data: entry.original.data }]
      : [];
  return { body: { submissions: [submission], items, attachments }, submissionId };
}
