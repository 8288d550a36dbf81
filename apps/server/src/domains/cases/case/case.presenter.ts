/**
 * The case and its timeline as JSON (S1–S8): the fields the API answers, chosen one by one (no
 * column spreads); instants as ISO 8601.
 */
import { classificationOf } from '@hy/contracts';
import type { CaseEventRow, CaseRow } from './case.repository.ts';
import { occupantOutOf } from './case.rules.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentCase(c: CaseRow) {
  return {
    id: c.id,
    propertyId: c.propertyId,
    number: c.number,
    channel: c.channel,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    unitId: c.unitId,
    organizationId: c.organizationId,
    location: c.location,
    occupantOut: occupantOutOf(c),
    content: c.content,
    photoLinks: c.photos,
    ...classificationOf(c), // kind, nature, natureType, category, subcategory, severity, emergency, urgency
    status: c.status,
    resumeStatus: c.resumeStatus,
    assigneeId: c.assigneeId,
    parentCaseId: c.parentCaseId,
    reporterId: c.reporterId,
    createdBy: c.createdBy,
    respondDueAt: c.respondDueAt.toISOString(),
    resolveDueAt: c.resolveDueAt.toISOString(),
    extendedTo: iso(c.extendedTo),
    extendedPausedMinutes: c.extendedPausedMinutes,
    respondedAt: iso(c.respondedAt),
    dispatchedAt: iso(c.dispatchedAt),
    resolvedAt: iso(c.resolvedAt),
    escalationLevel: c.escalationLevel,
    pausedAt: iso(c.pausedAt),
    pausedTotalMinutes: c.pausedTotalMinutes,
    apologyRecordedAt: iso(c.apologyRecordedAt),
    proofChecked: c.proofChecked,
    proofNote: c.proofNote,
    reopenedCount: c.reopenedCount,
    closedAt: iso(c.closedAt),
    closedBy: c.closedBy,
    closeResult: c.closeResult,
    closeNote: c.closeNote,
    closeApproverId: c.closeApproverId,
    version: c.version,
    receivedAt: c.receivedAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    archivedAt: iso(c.archivedAt),
    emergencySignedOffAt: iso(c.emergencySignedOffAt),
    emergencySignedOffBy: c.emergencySignedOffBy,
    emergencySignOffNote: c.emergencySignOffNote,
  };
}

/** One line of the case's timeline. */
export function presentEvent(e: CaseEventRow) {
  return {
    id: e.id,
    propertyId: e.propertyId,
    caseId: e.caseId,
    kind: e.kind,
    actorId: e.actorId,
    actorName: e.actorName,
    note: e.note,
    data: e.data,
    at: e.at.toISOString(),
  };
}
