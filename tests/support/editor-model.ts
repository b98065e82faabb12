/**
 * The model of a draft for the generative editing test: what a person should read on the screen after
 * any sequence of edits. Three categories cover every kind of input the walk uses: text typed at
 * human speed, long text pasted, options chosen, boxes ticked, and a field that refuses values.
 */
export const WALK_CATEGORIES = ['event', 'assistance', 'legislation'] as const;
export type WalkCategory = (typeof WALK_CATEGORIES)[number];

export const EVENT_KINDS = ['', 'seminar', 'conference', 'training', 'outreach', 'other'] as const;
export const LEGISLATION_STATUSES = ['', 'draft', 'before_parliament', 'adopted', 'in_force'] as const;
export const FORMS = ['Experts', 'Training', 'Funding', 'Materials', 'Other'] as const;

export interface ModelItem {
  id: string;
  category: WalkCategory;
  title: string;
  description: string;
  /** event: kind; legislation: status (the value of the select). */
  choice: string;
  /** assistance: ticked forms of assistance (labels). */
  forms: string[];
  /** legislation: what the articles field shows on this device (a refused text is kept as typed)... */
  articlesShown: string;
  /** ...and what the record holds (the last accepted value): what another device shows. */
  articlesStored: string;
  /**
   * When an accepted value was followed within one save window by a refused one, the accepted value may
   * never have been written (the newer edit of the field replaced it in the queue): either is right.
   */
  articlesStoredEither?: string[];
  articlesAcceptedAt?: number;
  articlesStoredBefore?: string;
}

export interface ModelDraft {
  items: ModelItem[];
}

/** What a person reads of one element. */
export interface ScreenItem {
  title: string;
  description: string;
  choice: string;
  forms: string[];
  articles: string;
}

/** The screen, per category, in display order. */
export type Screen = Record<WalkCategory, ScreenItem[]>;

export function expectedScreen(model: ModelDraft, device: 'this' | 'other' = 'this', seen?: Screen): Screen {
  const screen = { event: [], assistance: [], legislation: [] } as Screen;
  for (const item of model.items) {
    screen[item.category].push({
      title: item.title,
      description: item.description,
      choice: item.choice,
      forms: item.category === 'assistance' ? FORMS.filter((f) => item.forms.includes(f)) : [],
      articles: item.category === 'legislation' ? (device === 'this' ? item.articlesShown : item.articlesStored) : '',
    });
    const shown = seen?.legislation[screen.legislation.length - 1]?.articles;
    if (device === 'other' && item.category === 'legislation' && shown !== undefined && item.articlesStoredEither?.includes(shown)) {
      screen.legislation[screen.legislation.length - 1]!.articles = shown;
    }
  }
  return screen;
}

/** Article tokens a legal adviser writes: the valid ones, and some the schema refuses. */
export const VALID_ARTICLES = ['5', '7', '8bis', '25', '86-102', '12-15', '98'] as const;
export const INVALID_ARTICLES = ['130', '102-86', 'art7', '0'] as const;

/** What the field shows once an accepted value is stored: unique, lower-case, ", "-separated. */
export const normaliseArticles = (tokens: readonly string[]): string => [...new Set(tokens.map((t) => t.toLowerCase()))].join(', ');

/** Mulberry32: a small seeded generator, so a failing walk replays from its seed alone. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

const WORDS = ['Seminar', 'Act', 'judges', 'Cotonou', 'cooperation', 'ICC', 'plan', 'outreach', 'training', 'Part', 'IX', 'Court'];

/** A short title, as typed: words and spaces (Space once added empty elements when focus stayed on Add). */
export const shortText = (random: Random): string => Array.from({ length: random.int(1, 2) }, () => random.pick(WORDS)).join(' ');

/** A long narrative, pasted: thousands of characters over several paragraphs. */
export const longText = (random: Random): string =>
  Array.from({ length: random.int(3, 12) }, (_, i) => `Paragraph ${i + 1}. `.padEnd(random.int(300, 1500), 'Implementation report. ')).join(
    '\n',
  );
