/** Supervision reports as JSON (S9): the case lines of a period and the sign-off, chosen field by field. */
import type { CaseBrief, ReportRow } from './supervision.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** One case line of a report. */
export function presentBrief(c: CaseBrief) {
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    severity: c.severity,
    status: c.status,
    channel: c.channel,
    contactName: c.contactName,
    location: c.location,
    content: c.content,
    createdAt: c.createdAt.toISOString(),
    respondDueAt: c.respondDueAt.toISOString(),
    resolveDueAt: c.resolveDueAt.toISOString(),
    closedAt: iso(c.closedAt),
    closeResult: c.closeResult,
    escalationLevel: c.escalationLevel,
  };
}
export const presentBriefs = (rows: CaseBrief[]) => rows.map(presentBrief);

/** Who signed the report and when, the note, when it was generated; null when nothing was stored. */
export const presentSignoff = (r: ReportRow | null) =>
  r
    ? {
        signedBy: r.signedBy,
        signedAt: r.signedAt?.toISOString() ?? null,
        late: r.late,
        note: r.note,
        noteBy: r.noteBy,
        noteAt: r.noteAt?.toISOString() ?? null,
        generatedAt: r.generatedAt?.toISOString() ?? null,
      }
    : null;
