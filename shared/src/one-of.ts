/** A type guard for a constant list: `isOneOf(ROLES)(value)` says whether `value` is one of the roles. */
export const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);
