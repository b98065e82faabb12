/**
 * The review's heading: the submission's title, preceded by its entity's name only when the title
 * does not already say it ("Kenya: Answer of Kenya…" reads twice).
 */
export function reviewHeading(entity: string, title: string): string {
  if (!entity || title.toLocaleLowerCase().includes(entity.toLocaleLowerCase())) return title;
  return `${entity}: ${title}`;
}
