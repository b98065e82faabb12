/**
 * Shapes of the public API's answers as the pages read them (docs/open-data.md documents them).
 * Elements are open records: the fields of each category come from @clearinghouse/shared.
 */
import type { AMENDMENTS, Category, RegionalGroup, Treaty, TreatyStatusOn } from '@clearinghouse/shared';

export interface PublicEntity {
  id: string;
  kind: string;
  names: { en: string; fr: string } & Record<string, string | undefined>;
  regionalGroup: RegionalGroup | null;
}

export type PublicElement = Record<string, unknown> & {
  id: string;
  category: Category;
  title?: string;
  description?: string;
  entityId: string;
  submissionId: string;
  publishedAt: string;
};

export interface FacetCount {
  value: string;
  count: number;
}
export type FacetName = 'category' | 'region' | 'kind' | 'year' | 'status' | 'language';

export interface SearchAnswer {
  items: (PublicElement & { snippet: string })[];
  total: number;
  limit: number;
  offset: number;
  facets: Record<FacetName, FacetCount[]>;
}

export interface PublicSubmission {
  id: string;
  entityId: string;
  title?: string | null;
  language?: string;
  transmittedAt?: string | null;
  publishedAt: string;
  edition: number;
  itemCount: number;
}

export interface TreatyEventView {
  id: string;
  type: string;
  date: string | null;
  asOf: string | null;
  source: string | null;
}

/** The records a treaty figure rests on: the reference data's date and the Secretariat's changes since. */
export interface RecordBasis {
  referenceAsOf: string;
  secretariatChanges: number;
}

export interface TreatyView {
  today: TreatyStatusOn;
  events: TreatyEventView[];
  basis: RecordBasis;
}

export interface Profile {
  entity: PublicEntity;
  asOf: string;
  treaties: Record<Treaty, TreatyView>;
  itemsByCategory: Partial<Record<Category, PublicElement[]>>;
  submissions: PublicSubmission[];
}

interface PartyCount {
  parties: number;
  undetermined: number;
}

export type StatusCounts = Record<'parties' | 'deposited' | 'signatories' | 'withdrawn' | 'noRecord' | 'undetermined', number>;

export interface Summary {
  asOf: string;
  basis: Record<Treaty, RecordBasis>;
  romeStatuteByGroup: Record<RegionalGroup | 'unassigned' | 'total', StatusCounts>;
  statesParties: Record<RegionalGroup | 'unassigned' | 'total', PartyCount>;
  apicParties: Record<RegionalGroup | 'unassigned' | 'total', PartyCount>;
  /** Absent from a summary saved offline by an older version. */
  amendmentParties?: Record<(typeof AMENDMENTS)[number], PartyCount>;
  newestParties: { entityId: string; entryIntoForce: string | null }[];
  upcomingParties: { entityId: string; entryIntoForce: string | null }[];
  pendingWithdrawals: { entityId: string; effectiveOn: string | null }[];
  published: { submissions: number; items: number };
  latestPublications: PublicSubmission[];
}

export interface AssistanceElement {
  id: string;
  title: string;
  entityId: string;
  role: 'provider' | 'recipient';
  status: string | null;
  thematicAreas: string[];
  thematicAreasOther?: string | null;
  forms: string[];
  partnerEntityIds: string[];
  periodStart: string | null;
  periodEnd: string | null;
  submissionId: string;
  publishedAt: string;
}

export interface AssistanceExchange {
  id: string;
  providerEntityId: string;
  recipientEntityId: string;
  thematicArea: string;
  status: 'proposed' | 'agreed' | 'under_way' | 'completed';
  updatedAt: string;
}

export interface AssistanceCell {
  provider: string | null;
  recipient: string | null;
  offers: AssistanceElement[];
  needs: AssistanceElement[];
  /** Exchanges the Secretariat recorded between the two. */
  exchanges: AssistanceExchange[];
}

export interface AssistanceTable {
  items: AssistanceCell[];
  total: number;
  providers: string[];
  recipients: string[];
  thematicAreas: string[];
  thematicAreasOther?: string | null;
  statuses: string[];
}

export interface List<T> {
  items: T[];
  total: number;
}
