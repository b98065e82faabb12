/**
 * What a publication makes public, said before it happens: the elements that will appear, and what
 * stays out (confidential elements, and confidential fields of public elements). The server applies
 * the same rule when it builds the public copy (shared projection); this is the person's preview.
 */
export interface PublishableItem {
  title?: string | null;
  category?: unknown;
  confidential?: boolean | null;
  confidentialFields?: readonly string[] | null;
}

export interface PublicationSummary<T> {
  /** Elements that become public, each with the fields that stay hidden. */
  public: { item: T; hiddenFields: string[] }[];
  /** Elements withheld whole. */
  withheld: number;
  /** Fields withheld within public elements. */
  hiddenFields: number;
}

export function publicationSummary<T extends PublishableItem>(items: readonly T[]): PublicationSummary<T> {
  const shown = items
    .filter((item) => item.confidential !== true)
    .map((item) => ({ item, hiddenFields: [...(item.confidentialFields ?? [])] }));
  return {
    public: shown,
    withheld: items.length - shown.length,
    hiddenFields: shown.reduce((sum, s) => sum + s.hiddenFields.length, 0),
  };
}
