/**
 * Rewrites an item written under the first questionnaire into the current field shapes, without losing
 * a value. The same pure function runs on the device (Dexie upgrade: items, bases, outbox) and on the
 * server (migration of stored records), so a base and the server's version of it stay equal after both
 * upgrades and sync keeps merging. Idempotent: an item already in the current shape comes back equal.
 *
 * - `assistance.thematicAreas`, free text before: each text becomes its vocabulary code when it names
 *   one (in English or French), else `other`, with the text kept in `thematicAreasOther`.
 * - `legislation.date` and `agreement.date`, one date before: it goes to the date its status names
 *   (adopted → adoption, in force → entry into force, signed → signature). When the status does not say
 *   which date it was, nothing is guessed: the date is kept as a "Date: …" line of the description.
 * Confidentiality follows the value: a confidential old field makes its new field(s) confidential.
 */
import { isThematicArea, thematicAreaOf } from './thematic-areas.ts';

type Fields = Record<string, unknown>;

const DATE_TARGET: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  legislation: { adopted: 'adoptionDate', in_force: 'entryIntoForceDate' },
  agreement: { signed: 'signatureDate', in_force: 'entryIntoForceDate' },
};

/** Fields of the first questionnaire that no longer exist, by category: the device rewrites outbox entries naming them. */
export const LEGACY_ITEM_FIELDS: Readonly<Record<string, readonly string[]>> = { legislation: ['date'], agreement: ['date'] };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);
const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

function upgradeThematicAreas(item: Fields, renames: Map<string, string[]>) {
  if (!Array.isArray(item.thematicAreas)) return;
  const before = strings(item.thematicAreas);
  const codes: string[] = [];
  const otherTexts: string[] = [];
  for (const text of before) {
    const code = isThematicArea(text) ? text : thematicAreaOf(text);
    if (code && (code !== 'other' || text === 'other')) codes.push(code);
    else if (text.trim()) {
      codes.push('other');
      otherTexts.push(text.trim());
    }
  }
  const after = unique(codes);
  if (!otherTexts.length && after.length === item.thematicAreas.length && after.every((c, i) => before[i] === c)) return;
  item.thematicAreas = after;
  if (otherTexts.length) {
    const kept = typeof item.thematicAreasOther === 'string' && item.thematicAreasOther.trim() ? item.thematicAreasOther.split('\n') : [];
    item.thematicAreasOther = unique([...kept, ...otherTexts]).join('\n');
    renames.set('thematicAreas', ['thematicAreas', 'thematicAreasOther']);
  }
}

function upgradeSingleDate(item: Fields, category: string, renames: Map<string, string[]>) {
  if (!('date' in item)) return;
  const date = item.date;
  delete item.date;
  if (date === null || date === undefined || date === '') {
    renames.set('date', []);
    return;
  }
  const target = DATE_TARGET[category]?.[String(item.status)];
  if (target && (item[target] === undefined || item[target] === null || item[target] === date)) {
    item[target] = date;
    renames.set('date', [target]);
    return;
  }
  const line = `Date: ${String(date)}`;
  const description = typeof item.description === 'string' ? item.description : '';
  if (!description.split('\n').includes(line)) item.description = description ? `${description}\n\n${line}` : line;
  renames.set('date', ['description']);
}

/** What the upgrade did: the new item, and for each old field the field(s) now holding its value. */
export function upgradeItemWithRenames(record: Fields): { item: Fields; renames: Map<string, string[]> } {
  const item: Fields = { ...record };
  const renames = new Map<string, string[]>();
  const category = String(item.category ?? '');
  if (category === 'assistance') upgradeThematicAreas(item, renames);
  if (category === 'legislation' || category === 'agreement') upgradeSingleDate(item, category, renames);
  if (Array.isArray(item.confidentialFields) && renames.size) {
    const hidden = strings(item.confidentialFields);
    const next = hidden
      .flatMap((f) => (renames.has(f) ? [f, ...renames.get(f)!] : [f]))
      .filter((f) => !LEGACY_ITEM_FIELDS[category]?.includes(f));
    item.confidentialFields = unique(next);
  }
  return { item, renames };
}

/** A whole item (a stored record, a local row, a base) in the current field shapes. */
export const upgradeItem = (record: Fields): Fields => upgradeItemWithRenames(record).item;

/**
 * The changed fields of a pending mutation, rewritten to the current shapes. `before` is the whole
 * record the change applies to (the device's local row), so a date's status and the text a date line
 * joins are known; each old field is replaced by the new field(s) holding its value, taken from the
 * upgraded record.
 */
export function upgradeChangedFields(fields: Fields, before: Fields): Fields {
  const { item, renames } = upgradeItemWithRenames({ ...before, ...fields });
  const out: Fields = {};
  for (const key of Object.keys(fields)) {
    const targets = renames.get(key);
    if (!targets) {
      if (key in item) out[key] = item[key];
      continue;
    }
    for (const t of targets) out[t] = item[t] ?? null;
    if (Array.isArray(item.confidentialFields)) out.confidentialFields = item.confidentialFields;
  }
  return out;
}
