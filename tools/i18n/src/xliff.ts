/**
 * XLIFF 2.0 for translators: one <file> per dictionary part, one <unit> per message, its id the key.
 * A plural message has one <segment> per CLDR category of the target language, its id the category.
 * Segment state: `initial` (no translation yet), `translated` (translated, with a review note still
 * standing), `reviewed` (translated, nothing to review). A `// review:` comment travels as
 * <note category="review">; context (feature, key, plural examples, placeholders) as other notes.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { PLURAL_ORDER, type Entry } from './dictionary-file.ts';
import { pluralCategoriesOf, placeholdersOf, problemsOfMessage, type Message, type PluralForms } from './rules.ts';

export interface PartMessages {
  readonly part: string;
  readonly english: readonly Entry[];
  readonly translation: readonly Entry[];
}

type State = 'initial' | 'translated' | 'reviewed';

/** A few numbers that take each plural category in `language`, for the translator's note. */
function examplesOf(language: string): Record<string, string> {
  const rules = new Intl.PluralRules(language);
  const found: Record<string, number[]> = {};
  for (const n of [...Array.from({ length: 112 }, (_, i) => i), 1000, 1000000]) (found[rules.select(n)] ??= []).push(n);
  return Object.fromEntries(Object.entries(found).map(([category, numbers]) => [category, numbers.slice(0, 6).join(', ')]));
}

const segment = (id: string | undefined, source: string, target: string | undefined, state: State) => ({
  ...(id ? { '@_id': id } : {}),
  '@_state': state,
  source,
  ...(target !== undefined ? { target } : {}),
});

function unitOf(part: string, english: Entry, own: Entry | undefined, language: string, examples: Record<string, string>) {
  const state: State = !own ? 'initial' : own.review !== undefined ? 'translated' : 'reviewed';
  const notes: { '@_category': string; '#text': string }[] = [{ '@_category': 'location', '#text': `${part} · ${english.key}` }];
  const placeholders = placeholdersOf(english.message);
  if (placeholders.length) {
    notes.push({ '@_category': 'placeholders', '#text': `Keep these as they are: ${placeholders.map((name) => `{${name}}`).join(' ')}` });
  }
  if (english.review !== undefined) notes.push({ '@_category': 'source-review', '#text': english.review });
  if (own?.review !== undefined) notes.push({ '@_category': 'review', '#text': own.review });
  let segments;
  if (typeof english.message === 'string') {
    segments = [segment(undefined, english.message, typeof own?.message === 'string' ? own.message : undefined, state)];
  } else {
    const source = english.message;
    const target = own && typeof own.message !== 'string' ? own.message : {};
    const categories = pluralCategoriesOf(language).filter(
      (category) => category !== 'zero' || source.zero !== undefined || target.zero !== undefined,
    );
    segments = categories.map((category) => {
      notes.push({
        '@_category': 'plural',
        '#text': category === 'zero' ? 'zero: exactly 0' : `${category}: ${examples[category] ?? ''}`,
      });
      const text = target[category];
      return segment(category, source[category] ?? source.other!, text, text === undefined ? 'initial' : state);
    });
  }
  return { '@_id': english.key, '@_name': english.key, notes: { note: notes }, segment: segments };
}

/** The XLIFF 2.0 document of every message, English source and `language` target. */
export function toXliff(parts: readonly PartMessages[], language: string): string {
  const examples = examplesOf(language);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': 'urn:oasis:names:tc:xliff:document:2.0',
      '@_version': '2.0',
      '@_srcLang': 'en',
      '@_trgLang': language,
      file: parts.map(({ part, english, translation }) => {
        const own = new Map(translation.map((entry) => [entry.key, entry]));
        return { '@_id': part, unit: english.map((entry) => unitOf(part, entry, own.get(entry.key), language, examples)) };
      }),
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: false,
  });
  return builder.build(document) as string;
}

export class XliffRefusedError extends Error {
  override readonly name = 'XliffRefusedError';
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node]);
const textOf = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value);

/**
 * The translation in an XLIFF document, part by part, checked against English: refuses (naming each
 * unit) a file for another language, an unknown unit, or a message whose placeholders or plural
 * categories do not match English.
 */
export function fromXliff(xml: string, language: string, english: ReadonlyMap<string, ReadonlyMap<string, Entry>>): Map<string, Entry[]> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['file', 'unit', 'segment', 'note'].includes(name),
  });
  const root = (parser.parse(xml) as Node).xliff as Node | undefined;
  if (!root || root['@_version'] !== '2.0') throw new XliffRefusedError('This is not an XLIFF 2.0 document.');
  if (root['@_trgLang'] !== language) throw new XliffRefusedError(`This file is for "${String(root['@_trgLang'])}", not "${language}".`);
  const problems: string[] = [];
  const result = new Map<string, Entry[]>();
  for (const file of list(root.file)) {
    const part = String(file['@_id']);
    const sources = english.get(part);
    if (!sources) {
      problems.push(`file "${part}": English has no such part`);
      continue;
    }
    const entries: Entry[] = [];
    for (const unit of list(file.unit)) {
      const key = String(unit['@_id']);
      const source = sources.get(key);
      if (!source) {
        problems.push(`unit "${key}" (${part}): English has no such key`);
        continue;
      }
      const notes = list((unit.notes as Node | undefined)?.note);
      const reviewNote = notes.find((note) => note['@_category'] === 'review');
      const segments = list(unit.segment);
      // An empty target is untranslated, unless English's form is empty too (a plural that says nothing for 0).
      const englishForm = (s: Node) => (typeof source.message === 'string' ? source.message : source.message[String(s['@_id'])]);
      const translated = segments.filter((s) => s.target !== undefined && (textOf(s.target) !== '' || englishForm(s) === ''));
      if (translated.length === 0) continue; // not translated yet: the key stays missing
      let message: Message;
      if (typeof source.message === 'string') {
        if (segments.length !== 1 || segments[0]!['@_id'] !== undefined) {
          problems.push(`unit "${key}" (${part}): English is a plain string; give one segment without plural categories`);
          continue;
        }
        message = textOf(segments[0]!.target)!;
      } else {
        const forms: Record<string, string> = {};
        for (const s of translated) forms[String(s['@_id'] ?? '(no category)')] = textOf(s.target)!;
        message = Object.fromEntries(PLURAL_ORDER.filter((c) => forms[c] !== undefined).map((c) => [c, forms[c]!])) as PluralForms;
        const unknown = Object.keys(forms).filter((c) => !(PLURAL_ORDER as readonly string[]).includes(c));
        if (unknown.length) problems.push(`unit "${key}" (${part}): segments ${unknown.join(', ')} are not plural categories`);
      }
      const wrong = problemsOfMessage(key, source.message, message, language);
      problems.push(...wrong.map((problem) => `unit "${key}" (${part}): ${problem.detail}`));
      const reviewed = segments.every((s) => s['@_state'] === 'reviewed' || s['@_state'] === 'final');
      const review = reviewNote && !reviewed ? (textOf(reviewNote) ?? '').trim() : undefined;
      entries.push({ key, message, ...(review !== undefined ? { review } : {}) });
    }
    result.set(part, entries);
  }
  if (problems.length) throw new XliffRefusedError(`The file was not imported; nothing was changed:\n  ${problems.join('\n  ')}`);
  return result;
}
