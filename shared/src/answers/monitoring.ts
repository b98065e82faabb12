/** The Bureau's monitoring figures (GET /api/monitoring). */
import * as v from 'valibot';
import { statusCountsSchema } from './public.ts';
import { ratesSchema } from './workflow.ts';
import { recordBasisSchema } from './treaty.ts';

const counts = v.record(v.string(), v.number());

export const monitoringSchema = v.object({
  asOf: v.string(),
  basis: v.object({ rome_statute: recordBasisSchema, apic: recordBasisSchema }),
  partiesOverTime: v.array(v.object({ date: v.string(), groups: counts, total: v.number(), undetermined: v.number() })),
  romeStatuteByGroup: v.record(v.string(), statusCountsSchema),
  apicCoverage: v.array(v.object({ group: v.string(), romeStatuteParties: v.number(), apicParties: v.number() })),
  legislationByGroup: v.record(v.string(), counts),
  obstaclesByKind: v.record(v.string(), counts),
  responses: v.array(v.object({ cycleId: v.string(), reference: v.string(), deadline: v.string(), ...ratesSchema.entries })),
});
export type Monitoring = v.InferOutput<typeof monitoringSchema>;
