import type { Message } from '../types.ts';

/** English strings of the Secretariat's "information received by other channels" page, loaded with the routes that use them (route-features.ts). */
export const receiveEn = {
  'receive.title': 'Information received by other channels',
  'receive.intro':
    'Import a file exported by a focal point’s app, or enter a submission received on paper. What is recorded here arrives as transmitted, ready for review.',
  'receive.offline': 'You are offline. Importing and recording need a connection to the server.',
  'receive.noRequest': 'No request (sent on the entity’s own initiative)',
  'receive.untitled': 'Untitled submission',

  'receive.file.title': 'Import a focal point’s file',
  'receive.file.intro':
    'The file a focal point saved with “Export my drafts” (a .json file), handed over on a USB stick or by email. Records the clearinghouse already has are recognised and left as they are: importing the same file twice creates nothing the second time.',
  'receive.file.choose': 'Exported file (.json)',
  'receive.file.dropHint': 'Or drop the file onto this area.',
  'receive.file.notExport': '“{name}” is not a file exported by the clearinghouse app (or it is damaged). Nothing was read.',
  'receive.file.import': 'Import into the clearinghouse',
  'receive.file.importing': 'Importing…',

  'receive.preview.title': 'Contents of {name}',
  'receive.preview.entity': 'Reporting entity',
  'receive.preview.exportedAt': 'Exported on',
  'receive.preview.attachmentsTotal': 'Attached files',
  'receive.preview.files': { zero: 'No file', one: '{count} file ({size})', other: '{count} files ({size} in all)' },
  'receive.preview.request': 'Request: {request}',
  'receive.preview.language': 'Language: {language}',
  'receive.preview.elements': { zero: 'No element', one: '{count} element:', other: '{count} elements:' },
  'receive.preview.attachments': 'Attached files',
  'receive.preview.fileName': 'Name',
  'receive.preview.fileType': 'Type',
  'receive.preview.fileSize': 'Size',
  'receive.preview.known':
    'Which of these records the clearinghouse already has is known only once the server answers: it then says what it created and what it skipped.',

  'receive.outcome.title': 'The server’s answer',
  'receive.outcome.createdSubmissions': { zero: 'No new submission', one: '{count} new submission', other: '{count} new submissions' },
  'receive.outcome.createdItems': { zero: 'No new element', one: '{count} new element', other: '{count} new elements' },
  'receive.outcome.files': { zero: 'No file stored', one: '{count} file stored', other: '{count} files stored' },
  'receive.outcome.skippedSubmissions': {
    zero: 'No submission already held',
    one: '{count} submission already held (skipped)',
    other: '{count} submissions already held (skipped)',
  },
  'receive.outcome.skippedItems': {
    zero: 'No element already held',
    one: '{count} element already held (skipped)',
    other: '{count} elements already held (skipped)',
  },
  'receive.outcome.nothingNew': 'Nothing new: the clearinghouse already had every record of this file.',
  'receive.outcome.received': 'Received submissions are in the inbox as transmitted.',
  'receive.outcome.review': 'Review “{title}”',

  'receive.error.invalid': 'Nothing was imported: some records are not valid.',
  'receive.error.fields': { one: 'The server named {count} field:', other: 'The server named {count} fields:' },
  'receive.error.tooLarge': 'Nothing was imported: the file is too large for the server (at most 150 MiB in all).',
  'receive.error.forbidden':
    'Only the Secretariat may record information received by other channels. Sign in again if your session has ended.',

  'receive.paper.title': 'Enter a submission received on paper',
  'receive.paper.intro':
    'A note verbale or letter received by post or by hand: choose the entity it comes from, type its elements and attach the original document.',
  'receive.paper.entity': 'Reporting entity',
  'receive.paper.chooseEntity': 'Choose an entity…',
  'receive.paper.entitiesLoading': 'The list of entities is loading.',
  'receive.paper.request': 'In answer to the request (optional)',
  'receive.paper.submissionTitle': 'Title of the submission',
  'receive.paper.language': 'Language of the document',
  'receive.paper.elements': 'Elements',
  'receive.paper.element': 'Element {number}',
  'receive.paper.category': 'Category',
  'receive.paper.addElement': 'Add an element',
  'receive.paper.removeElement': 'Remove element {number}',
  'receive.paper.original': 'Original document (PDF, Word, OpenDocument or image)',
  'receive.paper.originalHint': 'At most {max}. It is attached to the first element.',
  'receive.paper.reading': 'Reading the document…',
  'receive.paper.originalReady': '{name} ({size}) will be attached.',
  'receive.paper.removeOriginal': 'Remove the document',
  'receive.paper.tooLarge': '“{name}” is {size}: a document may be at most {max}.',
  'receive.paper.empty': '“{name}” is empty.',
  'receive.paper.refusedType': '“{name}” is not a PDF, Word, OpenDocument or image file.',
  'receive.paper.problems': 'Before recording:',
  'receive.paper.needEntity': 'choose the entity the submission comes from;',
  'receive.paper.needElement': 'add at least one element;',
  'receive.paper.needTitle': 'give element {number} a title.',
  'receive.paper.submit': 'Record the submission',
  'receive.paper.sending': 'Recording…',
  'receive.paper.done': 'Submission recorded',
} as const satisfies Readonly<Record<string, Message>>;
