/**
 * Large events (SPEC M13), before and after: the host leader's inspection of the preparations (查漏补缺) with its
 * findings fixed group by group, the record (minutes, photos, audio, video) with confidentiality and the hand-over to
 * the organizer, the attendee survey, and the 会务工作总结 drawn up from the event's figures and filed.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, reqText, uuid } from '../fields.ts';

/** The default checklist of the inspection (editable per event). */
export const INSPECTION_DEFAULT_KEYS = [
  'venue_layout',
  'rostrum_seating',
  'sound',
  'recording',
  'projection',
  'lighting_air',
  'supplies',
  'sign_in',
  'lodging',
  'vehicles',
  'catering',
  'safety',
] as const;
export const INSPECTION_DEFAULT_LABELS: Record<(typeof INSPECTION_DEFAULT_KEYS)[number], string> = {
  venue_layout: '会场布置',
  rostrum_seating: '主席台座次',
  sound: '音响话筒',
  recording: '录音录像',
  projection: '投影',
  lighting_air: '照明通风空调',
  supplies: '会务物资',
  sign_in: '签到',
  lodging: '住宿',
  vehicles: '车辆',
  catering: '餐饮',
  safety: '安全',
};

export interface InspectionItem {
  id: string;
  label: string;
  /** null: not yet checked; true: ok; false: a finding */
  ok: boolean | null;
  note: string | null;
  photoIds: string[];
  /** the group responsible for fixing a finding */
  groupId: string | null;
  fixedAt: string | null;
  fixedBy: string | null;
  fixedByName: string | null;
}

const fileRef = z.object({ id: uuid, name: z.string(), mediaType: z.string() }).passthrough();

export const inspectionItem = z.object({
  id: z.string(),
  label: z.string(),
  ok: z.boolean().nullable(),
  note: z.string().nullable(),
  photoIds: z.array(uuid),
  photos: z.array(fileRef),
  groupId: uuid.nullable(),
  groupName: z.string().nullable(),
  fixedAt: nullableInstant,
  fixedByName: z.string().nullable(),
  /** the actor leads or belongs to the responsible group (or manages the event) */
  mayFix: z.boolean(),
});
export const inspectionView = z.object({
  scheduledOn: day,
  leaderName: z.string().nullable(),
  leaderTitle: z.string().nullable(),
  inspectedAt: nullableInstant,
  recordedByName: z.string().nullable(),
  items: z.array(inspectionItem),
  openFindings: z.number().int(),
  version: z.number().int(),
});
export type InspectionView = z.infer<typeof inspectionView>;

export const inspectionRecord = z.object({
  leaderName: reqText(60),
  leaderTitle: reqText(80),
  items: z
    .array(
      z.object({
        id: z.string().max(40).optional(),
        label: reqText(40),
        ok: z.boolean().nullable(),
        note: optText(500),
        photoIds: z.array(uuid).max(6).default([]),
        groupId: uuid.nullable().optional(),
      }),
    )
    .min(1)
    .max(40),
  version: z.number().int(),
});
export type InspectionRecord = z.infer<typeof inspectionRecord>;

export const RECORD_CATEGORIES = ['minutes', 'photo', 'audio', 'video', 'other'] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];

export const recordItem = z.object({
  id: uuid,
  category: z.enum(RECORD_CATEGORIES),
  title: z.string(),
  file: fileRef.nullable(),
  archiveRef: z.string().nullable(),
  confidential: z.boolean(),
  handedOverAt: nullableInstant,
  createdByName: z.string().nullable(),
  createdAt: instant,
});
export type RecordItem = z.infer<typeof recordItem>;
export const recordList = z.object({ data: z.array(recordItem) });

export const recordCreate = z
  .object({
    category: z.enum(RECORD_CATEGORIES),
    title: reqText(120),
    fileId: uuid.nullable().optional(),
    /** where a large recording is archived (e.g. 档案室光盘 A-12) when it is not uploaded */
    archiveRef: optText(200),
    confidential: z.boolean().default(false),
  })
  .refine((v) => !!v.fileId || !!v.archiveRef, { path: ['fileId'], message: 'file or archiveRef' });
export type RecordCreate = z.input<typeof recordCreate>;
export const recordPatch = z.object({ confidential: z.boolean() });
export const recordHandOver = z.object({ itemIds: z.array(uuid).min(1).max(200) });

export const SURVEY_ITEMS = ['organization', 'venue', 'lodging', 'transport', 'catering'] as const;
export type SurveyItemKey = (typeof SURVEY_ITEMS)[number];
export type SurveyRatings = Record<SurveyItemKey, number>;
const rating = z.number().int().min(1).max(5);
export const eventSurveyAnswer = z.object({
  ratings: z.object({ organization: rating, venue: rating, lodging: rating, transport: rating, catering: rating }),
  comment: optText(1000),
});
export type EventSurveyAnswer = z.infer<typeof eventSurveyAnswer>;
export const eventPublicSurvey = z.object({
  event: z.string(),
  hostUnit: z.string(),
  startsOn: day,
  endsOn: day,
  guestName: z.string(),
  open: z.boolean(),
  answered: z.boolean(),
});
export type EventPublicSurvey = z.infer<typeof eventPublicSurvey>;

export const eventSurveyResults = z.object({
  sentAt: nullableInstant,
  sentCount: z.number().int(),
  registered: z.number().int(),
  answered: z.number().int(),
  /** answered / registered, 0–1 */
  responseRate: z.number(),
  averages: z.record(z.string(), z.number().nullable()),
  overall: z.number().nullable(),
  comments: z.array(z.object({ comment: z.string(), answeredAt: instant })),
  /** the guests' links for the team (token), only for `work` */
  open: z.boolean(),
});
export type EventSurveyResults = z.infer<typeof eventSurveyResults>;

export interface SummaryFigures {
  registered: number;
  people: number;
  invited: number;
  declined: number;
  signedIn: number;
  /** signed in / registered people, 0–1 (null without registrations) */
  attendanceRate: number | null;
  sessions: { title: string; startsAt: string; registered: number; signedIn: number }[];
  budgetFen: number;
  actualFen: number;
  varianceFen: number;
  budgetCategories: { category: string; budgetFen: number; actualFen: number }[];
  incidents: { at: string; kind: string; severity: string; description: string; resolved: boolean }[];
  findings: { label: string; note: string | null; group: string | null; fixed: boolean }[];
  survey: { answered: number; registered: number; responseRate: number; averages: Record<string, number | null>; overall: number | null };
}
export const SUMMARY_SECTIONS = ['overview', 'practices', 'problems', 'improvements'] as const;
export type SummarySections = Partial<Record<(typeof SUMMARY_SECTIONS)[number], string>>;

export const summaryView = z.object({
  status: z.enum(['drafted', 'filed']),
  figures: z.any(),
  sections: z.record(z.string(), z.string()),
  drawnAt: instant,
  drawnByName: z.string().nullable(),
  filedAt: nullableInstant,
  filedByName: z.string().nullable(),
  version: z.number().int(),
  event: z.object({
    name: z.string(),
    number: z.string(),
    hostUnit: z.string(),
    startsOn: day,
    endsOn: day,
    ownerName: z.string().nullable(),
  }),
});
export type SummaryView = Omit<z.infer<typeof summaryView>, 'figures'> & { figures: SummaryFigures };
export const summaryPatch = z.object({
  sections: z.object({
    overview: optText(4000),
    practices: optText(4000),
    problems: optText(4000),
    improvements: optText(4000),
  }),
  version: z.number().int(),
});
export const summaryFile = z.object({ version: z.number().int() });

export const WRAPUP_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  inspection_not_found: { status: 404, zh: '尚未安排会前检查', en: 'No inspection is scheduled' },
  inspection_stale: { status: 409, zh: '检查记录已被他人修改，请刷新', en: 'The inspection was changed meanwhile; reload' },
  inspection_not_finding: { status: 422, zh: '该项不是待整改问题', en: 'This item is not a finding' },
  inspection_group_unknown: { status: 422, zh: '责任小组不属于本次会务', en: 'The group is not one of the event' },
  inspection_not_your_group: { status: 403, zh: '只有责任小组可以确认整改', en: 'Only the responsible group marks it fixed' },
  record_not_found: { status: 404, zh: '会议记录资料不存在', en: 'No such record item' },
  survey_not_open: { status: 422, zh: '会议开始后才能填写评价', en: 'The survey opens when the event starts' },
  survey_answered: { status: 409, zh: '您已提交过评价，感谢参与', en: 'You have answered already; thank you' },
  survey_not_found: { status: 404, zh: '评价链接无效', en: 'No such survey link' },
  summary_not_drawn: { status: 404, zh: '尚未生成会务工作总结', en: 'The work summary is not drawn up yet' },
  summary_filed: { status: 409, zh: '会务工作总结已归档，不能修改', en: 'The work summary is filed and read-only' },
  summary_stale: { status: 409, zh: '总结已被他人修改，请刷新', en: 'The summary was changed meanwhile; reload' },
};
