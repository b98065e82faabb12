/**
 * Shapes of the Secretariat's API answers that @clearinghouse/shared does not define (they exist only
 * on the wire between api/src/routes and these pages). Records themselves use the shared types.
 */
import type { Cycle, EntityKind, RegionalGroup, Role, Submission, TreatyEvent, TreatyStatusOn } from '@clearinghouse/shared';

export const TRACKING_STATES = ['not-received', 'returned', 'transmitted', 'acknowledged', 'published'] as const;
export type TrackingState = (typeof TRACKING_STATES)[number];

/** Names in the working languages, as the tracking and treaty-status answers carry them. */
export type Names = { en: string; fr: string } & Record<string, string | undefined>;

export interface TrackingRow {
  entityId: string;
  name: Names;
  kind: EntityKind;
  regionalGroup: RegionalGroup | null;
  state: TrackingState;
  overdue: boolean;
  submissionId: string | null;
  transmittedAt: string | null;
}

export interface Rate {
  addressed: number;
  responded: number;
  /** A percentage, 0–100, rounded to one decimal (as the API computes it). */
  rate: number;
}

export interface Tracking {
  cycle: Cycle;
  rows: TrackingRow[];
  rates: { groups: (Rate & { group: string | null })[]; total: Rate };
}

export interface Reminder {
  en: string;
  fr: string;
  entityIds: string[];
}

/** One of an entity's submissions across requests (GET /api/entities/{id}/submissions). */
export type EntitySubmission = Pick<Submission, 'id' | 'entityId' | 'cycleId' | 'title' | 'status'> &
  Partial<Pick<Submission, 'transmittedAt' | 'acknowledgedAt' | 'publishedAt' | 'returnMessage'>>;

export interface Account {
  id: string;
  email: string;
  role: Role;
  entityId: string | null;
  disabledAt: string | null;
  createdAt: string;
  passwordSet: boolean;
}

export interface OneTimeLink {
  url: string;
  expiresAt: string;
}

export interface AuditRow {
  id: number | string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityId: string | null;
  targetType: string | null;
  targetId: string | null;
  address: string | null;
  details: Record<string, unknown> | null;
}

export interface HistoryVersion {
  version: number;
  deleted: boolean;
  at: string;
  by: string | null;
  status: string | null;
  title: string | null;
}

export interface Edition {
  edition: number;
  publishedAt: string;
  publishedBy: string | null;
  unpublishedAt: string | null;
  submission: Record<string, unknown>;
  items: Record<string, unknown>[];
}

export interface SubmissionHistory {
  versions: HistoryVersion[];
  publications: Edition[];
}

export interface TreatyStateRow {
  entityId: string;
  name: Names;
  regionalGroup: RegionalGroup | null;
  romeStatute: TreatyStatusOn;
  apic: TreatyStatusOn;
}

export interface TreatyStatusAnswer {
  date: string;
  states: TreatyStateRow[];
}

export interface TreatyImportAnswer {
  /** How many rows were applied: 0 on a dry run or when any row is invalid. */
  applied: number;
  rows: Partial<TreatyEvent>[];
  errors: { line: number; message: string }[];
}
