/** The case's actions: which dialog is open, the values it starts with and the call that performs it. */
import dayjs from 'dayjs';
import { classificationInput, classificationOf, type CaseDetail, type ClassificationForm, type WorkOrderRow } from '@hy/contracts';
import {
  addCallback,
  classifyCase,
  closeCase,
  dispatchCase,
  extendCase,
  followUpCase,
  issueWorkOrder,
  pauseCase,
  resolveCase,
  resumeCase,
  signOffEmergency,
  signWorkOrder,
  transferWorkOrder,
  voidWorkOrder,
} from '../api';

export type CaseAction =
  | { kind: 'followUp'; followUpKind?: string }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'extend' }
  | { kind: 'dispatch' }
  | { kind: 'resolve' }
  | { kind: 'close' }
  | { kind: 'classify' }
  | { kind: 'issue' }
  | { kind: 'callback' }
  | { kind: 'signOffEmergency' }
  | { kind: 'void'; wo: WorkOrderRow }
  | { kind: 'sign'; wo: WorkOrderRow }
  | { kind: 'transfer'; wo: WorkOrderRow };

/** The form's start values of an action's dialog. */
export function initialValues(action: CaseAction, c: CaseDetail): Record<string, unknown> {
  switch (action.kind) {
    case 'followUp':
      return { kind: action.followUpKind ?? 'follow_up' };
    case 'classify':
      return classificationOf(c);
    case 'issue':
      return { paid: false, content: c.content, urgency: c.urgency, customerName: c.contactName, reporterName: c.contactName };
    case 'close':
      return { result: 'resolved', proofChecked: c.proofChecked };
    case 'callback':
      return { satisfied: true, courtesyRating: 5, attitudeRating: 5 };
    case 'extend':
      return { resolveDueAt: dayjs(c.resolveDueAt).add(1, 'day') };
    case 'sign':
      return { name: c.contactName ?? '' };
    default:
      return {};
  }
}

/** Sends the dialog's values to the operation behind the action. */
export function performAction(action: CaseAction, c: CaseDetail, v: Record<string, any>) {
  switch (action.kind) {
    case 'followUp':
      return followUpCase(c.id, { kind: v.kind, note: v.note });
    case 'pause':
      return pauseCase(c.id, { reason: v.reason });
    case 'resume':
      return resumeCase(c.id, { note: v.note || null });
    case 'extend':
      return extendCase(c.id, { resolveDueAt: (v.resolveDueAt as dayjs.Dayjs).toISOString(), reason: v.reason });
    case 'dispatch':
      return dispatchCase(c.id, { assigneeId: v.assigneeId ?? null, note: v.note || null });
    case 'resolve':
      return resolveCase(c.id, { note: v.note });
    case 'close':
      return closeCase(c.id, {
        result: v.result,
        note: v.note || null,
        proofChecked: c.kind === 'repair' ? undefined : !!v.proofChecked,
        proofNote: v.proofNote || null,
        version: c.version,
      });
    case 'classify':
      return classifyCase(c.id, { ...classificationInput(v as ClassificationForm), note: v.note, version: c.version });
    case 'issue':
      return issueWorkOrder(c.id, {
        paid: !!v.paid,
        content: v.content,
        urgency: v.urgency,
        assigneeId: v.assigneeId ?? null,
        customerName: v.customerName || null,
        reportingDepartment: v.reportingDepartment || null,
        reporterName: v.reporterName || null,
      });
    case 'signOffEmergency':
      return signOffEmergency(c.id, { note: v.note });
    case 'callback':
      return addCallback(c.id, {
        satisfied: v.satisfied,
        courtesyRating: v.courtesyRating,
        attitudeRating: v.attitudeRating,
        comment: v.comment || null,
      });
    case 'void':
      return voidWorkOrder(action.wo.id, { reason: v.reason });
    case 'sign':
      return signWorkOrder(action.wo.id, { name: v.name, method: 'paper' });
    case 'transfer':
      return transferWorkOrder(action.wo.id, { assigneeId: v.assigneeId, reason: v.reason });
  }
}
