/** The shape of GET /api/monitoring (api/src/services/monitoring.ts). */
export interface Monitoring {
  asOf: string;
  basis: Record<'rome_statute' | 'apic', { referenceAsOf: string; secretariatChanges: number }>;
  partiesOverTime: { date: string; groups: Record<string, number>; total: number; undetermined: number }[];
  apicCoverage: { group: string; romeStatuteParties: number; apicParties: number }[];
  legislationByGroup: Record<string, Record<string, number>>;
  obstaclesByKind: Record<string, Record<string, number>>;
  responses: {
    cycleId: string;
    reference: string;
    deadline: string;
    groups: { group: string; addressed: number; responded: number; rate: number }[];
    total: { addressed: number; responded: number; rate: number };
  }[];
}
