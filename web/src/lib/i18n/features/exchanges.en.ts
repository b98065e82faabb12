import type { Message } from '../types.ts';

/** English strings of the Secretariat's assistance exchanges page, loaded with the routes that use them (route-features.ts). */
export const exchangesEn = {
  'xch.title': 'Technical assistance exchanges',
  'xch.intro':
    'Record what is exchanged between providers and recipients of technical assistance (the two-way table of annex II of note verbale ICC-ASP/9/SP/PA/21: the Bureau’s recommendation in ICC-ASP/8/23, endorsed by resolution ICC-ASP/8/Res.3). Exchanges appear in the public two-way table; notes stay internal.',
  'xch.suggestions': 'Suggested matches',
  'xch.suggestionsHelp':
    'Published offers and needs that share a thematic area. The same regional group, the same language, or a partner named by either side rank a pair higher.',
  'xch.noSuggestions': 'No published offer and need share a thematic area that is not already recorded.',
  'xch.offer': 'Offer',
  'xch.need': 'Need',
  'xch.shared': 'Shared areas',
  'xch.why': 'Why',
  'xch.sameRegion': 'same regional group',
  'xch.sameLanguage': 'same language',
  'xch.namedPartner': 'partner named',
  'xch.record': 'Record as proposed',
  'xch.recorded': 'Recorded exchanges',
  'xch.none': 'No exchange has been recorded yet.',
  'xch.provider': 'Provider',
  'xch.recipient': 'Recipient',
  'xch.area': 'Thematic area',
  'xch.status': 'Status',
  'xch.notes': 'Internal notes',
  'xch.save': 'Save',
  'xch.remove': 'Remove',
  'xch.add': 'Record an exchange',
  'xch.loadFailed': 'The exchanges could not be loaded: {reason}',
  'xch.status.proposed': 'Proposed',
  'xch.status.agreed': 'Agreed',
  'xch.status.under_way': 'Under way',
  'xch.status.completed': 'Completed',
} as const satisfies Readonly<Record<string, Message>>;
