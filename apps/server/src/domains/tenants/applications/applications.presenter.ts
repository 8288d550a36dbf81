/** The JSON shapes of an application (fields picked by name) with what the reader may do next. */
import { HANDOVER_CHECK_ITEMS, type TenantApplication, type TenantApplicationSummary } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { ApplicationRow, NoteRow } from './applications.repository.ts';
import { mayChecklist, mayNote, nextState } from './applications.rules.ts';

export const presentSummary = (a: ApplicationRow, notes: NoteRow[]): TenantApplicationSummary => ({
  id: a.id,
  propertyId: a.propertyId,
  number: a.number,
  kind: a.kind,
  state: a.state,
  organizationId: a.organizationId,
  organizationName: a.organizationName,
  unitCode: a.unitCode,
  description: a.description,
  plannedStart: a.plannedStart,
  plannedEnd: a.plannedEnd,
  depositFen: a.depositFen,
  submittedByName: a.submittedByName,
  submittedAt: a.submittedAt.toISOString(),
  violations: notes.filter((n) => n.kind === 'violation').length,
  postponements: notes.filter((n) => n.kind === 'postponement').length,
});

export function presentApplication(actor: Actor, a: ApplicationRow, notes: NoteRow[]): TenantApplication {
  const decide = can(actor, a.propertyId, 'tenants.applications.decide');
  const manage = can(actor, a.propertyId, 'tenants.manage');
  const byItem = new Map(a.checklist.map((c) => [c.item, c]));
  return {
    ...presentSummary(a, notes),
    unitId: a.unitId,
    contractorName: a.contractorName,
    contractorPhone: a.contractorPhone,
    decidedByName: a.decidedByName,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decisionNote: a.decisionNote,
    startedAt: a.startedAt?.toISOString() ?? null,
    finishedAt: a.finishedAt?.toISOString() ?? null,
    closedByName: a.closedByName,
    closedAt: a.closedAt?.toISOString() ?? null,
    closeNote: a.closeNote,
    checklist:
      a.kind === 'fit_out'
        ? []
        : HANDOVER_CHECK_ITEMS.map((item) => ({
            item,
            result: byItem.get(item)?.result ?? null,
            note: byItem.get(item)?.note ?? null,
          })),
    notes: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      onDate: n.onDate,
      text: n.text,
      newEndDate: n.newEndDate,
      photoFileId: n.photoFileId,
      byName: n.byName,
      at: n.createdAt.toISOString(),
    })),
    policies: {
      approve: decide && !!nextState(a.state, 'approve'),
      reject: decide && !!nextState(a.state, 'reject'),
      start: manage && !!nextState(a.state, 'start'),
      finish: manage && !!nextState(a.state, 'finish'),
      accept: decide && !!nextState(a.state, 'accept'),
      fail: decide && !!nextState(a.state, 'fail'),
      note: manage && mayNote(a.state),
      checklist: manage && mayChecklist(a.kind, a.state),
    },
  };
}
