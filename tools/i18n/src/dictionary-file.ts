/**
 * Reads and rewrites one dictionary file (`export const deskEs = { 'key': 'text', … }`) with the
 * TypeScript compiler API. Rewriting touches only the object literal's entries: imports, types, other
 * comments, blank lines and spreads (`...deviceFr`) stay as they were. A `// review: <why>` line
 * directly above a key is the translator's flag for a UN reviewer.
 */
import ts from 'typescript';
import type { Message } from './rules.ts';

export interface Entry {
  readonly key: string;
  readonly message: Message;
  /** The `// review:` comment's text, when the key has one. */
  readonly review?: string;
}

interface Property {
  readonly key: string | null; // null: a spread
  /** Whitespace and comments between the previous entry and this one. */
  readonly leading: string;
  readonly code: string;
}

interface Parsed {
  readonly text: string;
  readonly literal: ts.ObjectLiteralExpression;
  readonly properties: readonly Property[];
  readonly entries: readonly Entry[];
}

const REVIEW_LINE = /^[ \t]*\/\/[ \t]*review:[ \t]*(.*)$/gm;
export const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function objectLiteralOf(expression: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  let node = expression;
  while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node && ts.isObjectLiteralExpression(node) ? node : undefined;
}

const nameOf = (name: ts.PropertyName): string | undefined =>
  ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;

function messageOf(value: ts.Expression, where: string): Message {
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isObjectLiteralExpression(value)) {
    const forms: Record<string, string> = {};
    for (const form of value.properties) {
      const name = ts.isPropertyAssignment(form) ? nameOf(form.name) : undefined;
      if (
        !name ||
        !ts.isPropertyAssignment(form) ||
        !(ts.isStringLiteral(form.initializer) || ts.isNoSubstitutionTemplateLiteral(form.initializer))
      )
        throw new Error(`${where}: a plural form must be \`category: 'text'\``);
      forms[name] = form.initializer.text;
    }
    return forms;
  }
  throw new Error(`${where}: a message must be a string literal or an object of plural forms`);
}

function parse(path: string, text: string, exportName: string): Parsed {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let literal: ts.ObjectLiteralExpression | undefined;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === exportName) literal = objectLiteralOf(declaration.initializer);
    }
  }
  if (!literal) throw new Error(`${path}: no \`export const ${exportName} = { … }\``);
  const properties: Property[] = [];
  const entries: Entry[] = [];
  for (const property of literal.properties) {
    const leading = text.slice(property.getFullStart(), property.getStart());
    const code = property.getText();
    if (ts.isSpreadAssignment(property)) {
      properties.push({ key: null, leading, code });
      continue;
    }
    const key = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
    if (!key || !ts.isPropertyAssignment(property)) throw new Error(`${path}: unsupported entry ${code.slice(0, 60)}`);
    const reviews = [...leading.matchAll(REVIEW_LINE)].map((match) => match[1]!.trim());
    entries.push({
      key,
      message: messageOf(property.initializer, `${path} ${key}`),
      ...(reviews.length ? { review: reviews.join(' ') } : {}),
    });
    properties.push({ key, leading, code });
  }
  return { text, literal, properties, entries };
}

/** The entries of `exportName`'s object literal in `text`, in file order (spreads left out). */
export const readEntries = (path: string, text: string, exportName: string): Entry[] => [...parse(path, text, exportName).entries];

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;

/** The entry's source; plural forms on separate lines when `multiline` (prettier keeps what it is given). */
function codeOf(key: string, message: Message, multiline = false): string {
  if (typeof message === 'string') return `${quote(key)}: ${quote(message)}`;
  const forms = PLURAL_ORDER.filter((form) => message[form] !== undefined).map((form) => `${form}: ${quote(message[form]!)}`);
  return multiline ? `${quote(key)}: {\n${forms.map((f) => `    ${f},\n`).join('')}  }` : `${quote(key)}: { ${forms.join(', ')} }`;
}

const sameMessage = (a: Message, b: Message) => JSON.stringify(a) === JSON.stringify(b);

function withReview(leading: string, review: string | undefined): string {
  const plain = leading.replace(/^[ \t]*\/\/[ \t]*review:.*\n/gm, '');
  if (review === undefined) return plain;
  const indent = /\n([ \t]*)$/.exec(plain)?.[1] ?? '  ';
  return `${plain.replace(/[ \t]*$/, '')}// review: ${review}\n${indent}`;
}

/**
 * `text` with the entries of `exportName` replaced by `entries`: existing keys keep their place and their
 * other comments, new keys follow them (before any trailing spread), keys not in `entries` are removed.
 */
export function rewriteEntries(path: string, text: string, exportName: string, entries: readonly Entry[]): string {
  const parsed = parse(path, text, exportName);
  const wanted = new Map(entries.map((entry) => [entry.key, entry]));
  const kept = new Set<string>();
  const parts: string[] = [];
  const before = new Map(parsed.entries.map((entry) => [entry.key, entry.message]));
  for (const property of parsed.properties) {
    if (property.key === null) continue;
    const entry = wanted.get(property.key);
    if (!entry) continue;
    kept.add(property.key);
    // An unchanged message keeps its source exactly as it was written; a changed one keeps its layout.
    const old = before.get(property.key);
    const code =
      old !== undefined && sameMessage(old, entry.message) ? property.code : codeOf(entry.key, entry.message, property.code.includes('\n'));
    parts.push(`${withReview(property.leading, entry.review)}${code},`);
  }
  for (const entry of entries) {
    if (!kept.has(entry.key)) parts.push(`${withReview('\n  ', entry.review)}${codeOf(entry.key, entry.message)},`);
  }
  for (const property of parsed.properties) if (property.key === null) parts.push(`${property.leading}${property.code},`);
  const literal = `{${parts.join('')}\n}`;
  return text.slice(0, parsed.literal.getStart()) + literal + text.slice(parsed.literal.getEnd());
}
