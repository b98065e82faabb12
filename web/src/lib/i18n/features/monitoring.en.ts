import type { Message } from '../types.ts';

/** English strings of the Bureau's monitoring views, loaded with the routes that use them (route-features.ts). */
export const monitoringEn = {
  'mon.asOf': 'Figures as of {date}.',
  'mon.loading': 'Loading the figures…',
  'mon.failed': 'The figures could not be loaded: {reason}',
  'mon.offlineCopy': 'Offline: showing the figures saved on {date}.',
  'mon.showTable': 'Show the figures as a table',
  'mon.parties.title': 'States Parties to the Rome Statute over time, by regional group',
  'mon.parties.caption':
    'States Parties at the end of each year (today for the current year), derived from dated records as of {date}; later changes entered by the Secretariat: {changes}. A State whose record has no date is counted apart, neither as a party nor as a non-party.',
  'mon.parties.year': 'Year',
  'mon.parties.total': 'Total',
  'mon.parties.undetermined': 'Undated record (not counted)',
  'mon.apic.title': 'Agreement on Privileges and Immunities (APIC): coverage among States Parties',
  'mon.apic.group': 'Regional group',
  'mon.apic.rome': 'Rome Statute parties',
  'mon.apic.apic': 'APIC parties',
  'mon.apic.caption': 'APIC parties recorded as of {date}; later changes entered by the Secretariat: {changes}.',
  'mon.legislation.title': 'Implementing legislation by regional group (published information)',
  'mon.legislation.group': 'Regional group',
  'mon.legislation.none': 'No implementing legislation has been published yet.',
  'mon.obstacles.title': 'Obstacles by kind (published information)',
  'mon.obstacles.kind': 'Kind of obstacle',
  'mon.obstacles.none': 'No obstacles have been published yet.',
  'mon.responses.title': 'Responses to requests for information, by regional group',
  'mon.responses.request': 'Request',
  'mon.responses.rate': '{responded} of {addressed} ({rate} %)',
  'mon.responses.none': 'No request for information has been issued yet.',
  'mon.chartLabel': 'Chart: {title}. The same figures are in the table below.',
} as const satisfies Readonly<Record<string, Message>>;
