/** The wrap-up as clients receive it: explicit fields. */
import type { fileRefs } from '../../files/index.ts';
import { openFindings } from './wrapup.rules.ts';
import type { InspectionRow, RecordRow, SummaryRow } from './wrapup.repository.ts';
import type { EventRow } from '../event/event.repository.ts';

type FileRef = Awaited<ReturnType<typeof fileRefs>>[number];

export function presentInspection(
  r: InspectionRow,
  x: {
    groups: Map<string, string>;
    mayFix: (groupId: string | null) => boolean;
    recordedByName: string | null;
    photos: Map<string, FileRef>;
  },
) {
  return {
    scheduledOn: r.scheduledOn,
    leaderName: r.leaderName,
    leaderTitle: r.leaderTitle,
    inspectedAt: r.inspectedAt?.toISOString() ?? null,
    recordedByName: x.recordedByName,
    items: r.items.map((i) => ({
      id: i.id,
      label: i.label,
      ok: i.ok,
      note: i.note,
      photoIds: i.photoIds,
      photos: i.photoIds.flatMap((id) => (x.photos.has(id) ? [x.photos.get(id)!] : [])),
      groupId: i.groupId,
      groupName: i.groupId ? (x.groups.get(i.groupId) ?? null) : null,
      fixedAt: i.fixedAt,
      fixedByName: i.fixedByName,
      mayFix: i.ok === false && !i.fixedAt && x.mayFix(i.groupId),
    })),
    openFindings: openFindings(r.items),
    version: r.version,
  };
}

export const presentRecord = (r: RecordRow, createdByName: string | null, file: FileRef | null) => ({
  id: r.id,
  category: r.category,
  title: r.title,
  file,
  archiveRef: r.archiveRef,
  confidential: r.confidential,
  handedOverAt: r.handedOverAt?.toISOString() ?? null,
  createdByName,
  createdAt: r.createdAt.toISOString(),
});

export const presentSummary = (s: SummaryRow, e: EventRow, names: Map<string, string>) => ({
  status: s.status,
  figures: s.figures,
  sections: s.sections as Record<string, string>,
  drawnAt: s.drawnAt.toISOString(),
  drawnByName: names.get(s.drawnBy) ?? null,
  filedAt: s.filedAt?.toISOString() ?? null,
  filedByName: s.filedBy ? (names.get(s.filedBy) ?? null) : null,
  version: s.version,
  event: {
    name: e.name,
    number: e.number,
    hostUnit: e.hostUnit,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    ownerName: names.get(e.ownerId) ?? null,
  },
});
