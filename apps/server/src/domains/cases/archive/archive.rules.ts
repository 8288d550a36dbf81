/** Retention (S11, pure): the property's retention setting and the archive cut-offs it gives. */
import dayjs from 'dayjs';
import { DEFAULT_CASE_RETENTION, type CaseRetention } from '@hy/contracts';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** `settings.caseRetention` over the defaults. */
export function retentionOf(settings: unknown): CaseRetention {
  const r = isObj(settings) && isObj(settings.caseRetention) ? settings.caseRetention : {};
  return {
    repairYears: typeof r.repairYears === 'number' ? r.repairYears : DEFAULT_CASE_RETENTION.repairYears,
    complaintYears:
      typeof r.complaintYears === 'number' ? r.complaintYears : r.complaintYears === null ? null : DEFAULT_CASE_RETENTION.complaintYears,
  };
}

/** Closed cases closed before the cut-off get archived; null = never (complaint registers are kept long-term). */
export function archiveCutoffs(r: CaseRetention, now: Date): { repair: Date | null; complaint: Date | null } {
  const back = (years: number | null) =>
    years === null
      ? null
      : dayjs(now)
          .subtract(years * 12, 'month')
          .toDate();
  return { repair: back(r.repairYears), complaint: back(r.complaintYears) };
}
