/**
 * JSON shapes of the service notice (SPEC M4, M5, M8): the notice with its departments, tasks,
 * checks, incidents and policies; a list row; the printable 《会议服务通知单》 with its department sheets.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  type BookingServiceItem,
  type Confidentiality,
  type Importance,
  type NoticeContent as NoticeContentView,
} from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { iso } from '../meeting/meeting.format.ts';
import type { NoticeRow } from '../meeting/meeting.repository.ts';
import type { DepartmentRow, TaskPhoto, TaskRow } from '../tasks/tasks.repository.ts';
import type { CheckRow } from '../checks/checks.repository.ts';
import type { IncidentRow } from '../during/during.repository.ts';
import { beforeStart } from '../tasks/tasks.rules.ts';
import { liveStatus } from '../during/during.rules.ts';
import { presentTask } from '../tasks/tasks.presenter.ts';
import { presentCheck } from '../checks/checks.presenter.ts';
import { presentIncident } from '../during/during.presenter.ts';
import { policiesOf } from './notices.policy.ts';

export interface NoticeParts {
  tasks: TaskRow[];
  deps: DepartmentRow[];
  checks: CheckRow[];
  incidents: IncidentRow[];
  names: Map<string, string>;
  photos: Map<string, TaskPhoto[]>;
}

/** What the notice copied from its booking, field by field (the services as the booking asked for them). */
export const presentContent = (c: NoticeContent): NoticeContentView => ({
  bookingNumber: c.bookingNumber,
  meetingName: c.meetingName,
  startAt: c.startAt,
  endAt: c.endAt,
  venue: {
    id: c.venue.id,
    name: c.venue.name,
    type: c.venue.type,
    class: c.venue.class,
    building: c.venue.building,
    buildingCode: c.venue.buildingCode,
  },
  linkedVenues: c.linkedVenues,
  organizerUnit: c.organizerUnit,
  contactName: c.contactName,
  contactPhone: c.contactPhone,
  attendeeCount: c.attendeeCount,
  layout: c.layout,
  services: (c.services as BookingServiceItem[]).map((s) => ({ code: s.code, qty: s.qty, kind: s.kind, text: s.text, notes: s.notes })),
  notes: c.notes,
  importance: c.importance as Importance,
  cupType: c.cupType as NoticeContentView['cupType'],
  cupTypeText: c.cupTypeText,
  servingOrder: [...c.servingOrder],
  confidentiality: c.confidentiality as Confidentiality,
});

export function presentNotice(actor: Actor, n: NoticeRow, { tasks, deps, checks, incidents, names, photos }: NoticeParts, now: Date) {
  const live = tasks.filter((t) => t.status !== 'cancelled');
  const departments = DEPARTMENTS.filter((d) => deps.some((x) => x.department === d) || live.some((t) => t.department === d)).map((d) => {
    const r = deps.find((x) => x.department === d);
    const mine = live.filter((t) => t.department === d);
    return {
      department: d,
      label: DEPARTMENT_LABELS[d].zh,
      total: mine.length,
      done: mine.filter((t) => t.status === 'done').length,
      openBeforeStart: mine.filter((t) => t.status === 'open' && beforeStart(t, n.startAt)).length,
      readyAt: iso(r?.readyAt ?? null),
      readyBy: r?.readyBy ?? null,
      verifiedAt: iso(r?.verifiedAt ?? null),
      verifiedBy: r?.verifiedBy ?? null,
      readyLate: !!(n.readyDeadline && (r?.readyAt ? r.readyAt > n.readyDeadline : now > n.readyDeadline)),
      tasks: mine.map((t) => presentTask(actor, t, { names, photos }, now)),
    };
  });
  return {
    id: n.id,
    propertyId: n.propertyId,
    bookingId: n.bookingId,
    number: n.number,
    version: n.version,
    status: n.status,
    liveStatus: liveStatus(n, departments.length > 0 && departments.every((d) => d.verifiedAt), now),
    startAt: n.startAt.toISOString(),
    endAt: n.endAt.toISOString(),
    content: presentContent(n.content),
    conferenceBuilding: n.conferenceBuilding,
    noticeDeadline: iso(n.noticeDeadline),
    readyDeadline: iso(n.readyDeadline),
    issuedLate: n.issuedLate,
    issuedBy: n.issuedBy,
    issuedAt: n.issuedAt.toISOString(),
    startedAt: iso(n.startedAt),
    endedAt: iso(n.endedAt),
    departments,
    checks: checks.map((c) => presentCheck(c, names)),
    incidents: incidents.map(presentIncident),
    policies: policiesOf(actor, n),
  };
}

/** A row of the notice list: the notice's own tasks (not cancelled) and readiness rows. */
export function presentNoticeRow(n: NoticeRow, tasks: TaskRow[], deps: DepartmentRow[], now: Date) {
  return {
    id: n.id,
    number: n.number,
    version: n.version,
    status: n.status,
    bookingId: n.bookingId,
    startAt: n.startAt.toISOString(),
    endAt: n.endAt.toISOString(),
    meetingName: n.content.meetingName,
    confidentiality: n.content.confidentiality,
    venue: n.content.venue.name,
    attendeeCount: n.content.attendeeCount,
    issuedLate: n.issuedLate,
    tasks: tasks.length,
    done: tasks.filter((t) => t.status === 'done').length,
    liveStatus: liveStatus(n, deps.length > 0 && deps.every((x) => x.verifiedAt), now),
  };
}

/** The printable 《会议服务通知单》 in the property's time zone, with one task sheet per department of `tasks`. */
export function presentPrintable(n: NoticeRow, tasks: TaskRow[], names: Map<string, string>, tz: string) {
  const at = (d: Date | string) => dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm');
  const c = n.content as NoticeContent;
  return {
    form: '会议服务通知单',
    number: n.number,
    version: n.version,
    status: n.status,
    fields: [
      ['会议名称', c.meetingName],
      ['会议时间', `${at(c.startAt)} — ${dayjs(c.endAt).tz(tz).format('HH:mm')}`],
      ['会议地点', [c.venue.name, ...c.linkedVenues].join('、')],
      ['组织单位', c.organizerUnit],
      ['联系人/电话', `${c.contactName} ${c.contactPhone}`],
      ['与会人数', String(c.attendeeCount)],
      ['会场布置', c.layout ?? ''],
      [
        '服务要求',
        (c.services as { code: string; qty?: number; text?: string; kind?: string }[])
          .map((s) => [s.code, s.kind, s.text, s.qty].filter((x) => x !== undefined).join(' '))
          .join('；'),
      ],
      ['重要程度/茶杯', c.cupTypeText],
      ['备注', c.notes ?? ''],
    ].map(([label, value]) => ({ label, value: value ?? '' })),
    servingOrder: [...c.servingOrder],
    issuedBy: n.issuedBy ? (names.get(n.issuedBy) ?? null) : '系统',
    issuedAt: at(n.issuedAt),
    noticeDeadline: n.noticeDeadline ? at(n.noticeDeadline) : null,
    readyDeadline: n.readyDeadline ? at(n.readyDeadline) : null,
    issuedLate: n.issuedLate,
    sheets: DEPARTMENTS.filter((d) => tasks.some((t) => t.department === d)).map((d) => ({
      department: d,
      label: DEPARTMENT_LABELS[d].zh,
      ...(d === 'meeting_staff' ? { cupType: c.cupTypeText, servingOrder: [...c.servingOrder] } : {}),
      rows: tasks
        .filter((t) => t.department === d)
        .map((t) => ({
          due: at(t.dueAt),
          title: t.title,
          quantity: t.quantity === null ? '' : `${t.quantity}${t.unit ?? ''}`,
          instructions: t.instructions ?? '',
          done: t.status === 'done' ? `${t.doneBy ? (names.get(t.doneBy) ?? '') : ''} ${t.doneAt ? at(t.doneAt) : ''}`.trim() : '',
        })),
    })),
  };
}
