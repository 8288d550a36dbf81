/**
 * The targets the managers' figures are read against, in one place. The complaint rate's is the
 * property's setting (5 % by default: 项目管理中心每月的投诉率<5%); the seeds set no number for the
 * others, which are commitments to every case and meeting, so 100 %.
 */
import type { DbOrTx } from '../../../db/client.ts';
import { effectiveSettings } from '../../places/index.ts';

export interface CockpitTargets {
  /** percent, must stay below */
  complaintRate: number;
  /** percent, at least */
  slaAttainment: number;
  satisfaction: number | null;
  threeEqualities: number;
  readinessOnTime: number;
}

export async function cockpitTargets(db: DbOrTx, propertyId: string): Promise<CockpitTargets> {
  return {
    complaintRate: (await effectiveSettings(db, propertyId))['measures.complaintRateTargetPercent'],
    slaAttainment: 100,
    satisfaction: null,
    threeEqualities: 100,
    readinessOnTime: 100,
  };
}
