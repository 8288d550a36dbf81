/** Retention (S11, pure): the property's retention setting and the archive cut-offs it gives. */
import dayjs from 'dayjs';
import { settingsOf, type CaseRetention } from '@hy/contracts';

/** The property's retention: its effective caseRetention.* settings (defaults in the settings registry). */
export function retentionOf(settings: unknown): CaseRetention {
  const s = settingsOf(settings);
  return { repairYears: s['caseRetention.repairYears'], complaintYears: s['caseRetention.complaintYears'] };
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
