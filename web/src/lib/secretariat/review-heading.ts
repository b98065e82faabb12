/**
 * The review's heading: the submission's title, preceded by its entity's name only when the title
 * does not already say it ("Kenya: Answer of Kenya…" reads twice).
 */
export function reviewHeading(
  entity: string,
  title: string,
  join: (entity: string, title: string) => string = (e, t) => `${e}: ${t}`,
): string {
  if (!entity || title.toLocaleLowerCase().includes(entity.toLocaleLowerCase())) return title;
  return join(entity, title);
}
