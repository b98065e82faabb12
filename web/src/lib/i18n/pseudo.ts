/**
 * Pseudo-localisation: a test language that shows, on any page, which text did not come through
 * `t()` (it stays plain English) and which layout breaks when a translation runs long. Every message
 * is accented, about 40 % longer and bracketed: "Sign in" → "⟦Śîĝñ îñ·····⟧". `{placeholders}` are
 * left as they are, so interpolation still works. It is switched on only by a flag in storage
 * (`clearinghouse.pseudo` = `1`), read once at start, in every build; it is never offered in the
 * language menu.
 */
import type { Message, PartialDictionary, PluralMessage } from './types.ts';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀćđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÁƁĆĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

const PLACEHOLDER = /(\{\w+\})/;

/** The pseudo form of one message text: accented outside placeholders, padded by 40 %, bracketed. */
export function pseudoText(text: string): string {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')))
    .join('');
  const visible = text.replace(/\{\w+\}/g, '').length;
  // In runs of at most ten, so the padding wraps as words of a real translation would.
  const padding = '·'.repeat(Math.ceil(visible * 0.4)).replace(/(·{10})(?=·)/g, '$1 ');
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}

export function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoText(message);
  const forms = Object.entries(message).map(([category, text]) => [category, pseudoText(text as string)]);
  return { other: pseudoText(message.other), ...Object.fromEntries(forms) } as PluralMessage;
}

/** Every message of `dictionary` in its pseudo form. */
export function pseudoDictionary(dictionary: PartialDictionary): PartialDictionary {
  return Object.fromEntries(Object.entries(dictionary).map(([key, message]) => [key, pseudoMessage(message as Message)]));
}
