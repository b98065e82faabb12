import {
  ALL_STATES_PARTIES,
  formalDate,
  frenchTypography,
  isPartyStatus,
  treatyStatusOn,
  responseRates,
  TRACKING_STATES,
  type Cycle,
  type TrackingRow,
  type TrackingState,
  type TreatyEvent,
} from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { entitiesRepo, type EntityRecord } from '../db/repositories/entities.ts';
import { recordsRepo, type StorageStatus } from '../db/repositories/records.ts';
import { treatyEventsRepo } from '../db/repositories/treaty-events.ts';
import type { Keyring } from './keyring.ts';

/** From no answer to a published one: the furthest an entity's submissions went counts. */
const ORDER = TRACKING_STATES;

/** What the Secretariat may know of a submission's state: a draft it has never received is "not received". */
const stateOf = (status: StorageStatus): TrackingState => (status === 'draft' ? 'not-received' : status);

/**
 * Who a request is addressed to: the named entities, or every State that was a party (or may have been:
 * undated membership) on the date the request was issued.
 */
export function addresseesOf(cycle: Cycle, entities: EntityRecord[], events: TreatyEvent[]): EntityRecord[] {
  if (cycle.addressees !== ALL_STATES_PARTIES) {
    const named = new Set(cycle.addressees);
    return entities.filter((e) => named.has(e.id));
  }
  const byEntity = new Map<string, TreatyEvent[]>();
  for (const e of events) byEntity.set(e.entityId, [...(byEntity.get(e.entityId) ?? []), e]);
  return entities.filter((e) => {
    if (e.kind !== 'state') return false;
    const status = treatyStatusOn(byEntity.get(e.id) ?? [], 'rome_statute', cycle.issuedOn);
    return isPartyStatus(status.status) || status.undetermined;
  });
}

/** Per request: every addressee with the state of its answer, and response rates by regional group. */
export async function trackCycle(db: Db, keyring: Keyring, cycle: Cycle, today: string) {
  const entities = await entitiesRepo(db).list();
  const events = await treatyEventsRepo(db).listAll();
  const addressees = addresseesOf(cycle, entities, events);
  const submissions = (await recordsRepo(db, keyring).listSubmissions()).filter((s) => s.record.cycleId === cycle.id);
  const best = new Map<string, (typeof submissions)[number]>();
  for (const s of submissions) {
    const current = best.get(s.entityId);
    if (!current || ORDER.indexOf(stateOf(s.submissionStatus)) > ORDER.indexOf(stateOf(current.submissionStatus))) best.set(s.entityId, s);
  }
  const rows = addressees.map((e): TrackingRow => {
    const s = best.get(e.id);
    const state = s ? stateOf(s.submissionStatus) : 'not-received';
    return {
      entityId: e.id,
      name: e.names,
      kind: e.kind,
      regionalGroup: e.regionalGroup,
      state,
      overdue: (state === 'not-received' || state === 'returned') && today > cycle.deadline,
      submissionId: s && state !== 'not-received' ? s.id : null,
      transmittedAt: s && state !== 'not-received' ? ((s.record.transmittedAt as string | undefined) ?? null) : null,
    };
  });
  return { cycle, rows, rates: responseRates(rows) };
}

/** A reminder ready to paste into a note verbale, in the two working languages. */
export function reminderText(cycle: Cycle, pending: { entityId: string; name: { en: string; fr: string } }[]) {
  const listEn = pending.map((p) => p.name.en).join('; ');
  const listFr = pending.map((p) => p.name.fr).join(' ; ');
  // dates as each language writes them in a note verbale, never ISO
  const [issuedEn, deadlineEn, issuedFr, deadlineFr] = [
    formalDate('en', cycle.issuedOn),
    formalDate('en', cycle.deadline),
    formalDate('fr', cycle.issuedOn),
    formalDate('fr', cycle.deadline),
  ];
  return {
    entityIds: pending.map((p) => p.entityId),
    en: `The Secretariat of the Assembly of States Parties to the Rome Statute of the International Criminal Court presents its compliments and has the honour to refer to its note ${cycle.reference} of ${issuedEn}, requesting information by ${deadlineEn}. The Secretariat would be grateful to receive the information at the earliest convenience, preferably also in digital form through the clearinghouse. Information sent will be made public in full unless specific elements are marked confidential.\n\nNot yet received from: ${listEn}.`,
    fr: frenchTypography(
      `Le Secrétariat de l’Assemblée des États Parties au Statut de Rome de la Cour pénale internationale présente ses compliments et a l’honneur de se référer à sa note ${cycle.reference} du ${issuedFr}, demandant des informations avant le ${deadlineFr}. Le Secrétariat serait reconnaissant de recevoir ces informations dans les meilleurs délais, de préférence également sous forme numérique par le centre d’échange. Les informations communiquées seront rendues publiques dans leur intégralité, sauf les éléments expressément signalés comme confidentiels.\n\nPas encore reçu de : ${listFr}.`,
    ),
  };
}
