/**
 * Narrows a text column to the shared list its writers draw from. The database holds only values the
 * shared schemas accepted; one outside the list means a row written around them, and is an error to
 * report, not a value to pass on typed as something it is not.
 */
export function storedOneOf<const T extends readonly string[]>(list: T, value: string, column: string): T[number] {
  if ((list as readonly string[]).includes(value)) return value as T[number];
  throw new Error(`A stored ${column} is not one the application knows: ${JSON.stringify(value)}.`);
}

export function storedOneOfOrNull<const T extends readonly string[]>(list: T, value: string | null, column: string): T[number] | null {
  return value === null ? null : storedOneOf(list, value, column);
}
