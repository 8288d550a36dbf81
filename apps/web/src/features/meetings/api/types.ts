/**
 * Record shapes of the meetings API (service notices, tasks, templates, the notice services — fees,
 * purchases, after-meeting records, attendees, staffing, warehouse — and the reports and survey).
 * Hand-written from apps/server/src/domains/meetings/* presenters until the contracts export the
 * response schemas; then this file is replaced by `@hy/contracts` types in one place. Money is fen.
 */
import type {
  BookingServiceItem,
  CheckStatus,
  Department,
  FeeLineKind,
  FeeStatus,
  Importance,
  IncidentKind,
  LiveStatus,
  LostItemStatus,
  NoticePolicies,
  NoticeStatus,
  PaymentStatus,
  QuantityRule,
  Role,
  TaskStatus,
} from '@hy/contracts';

export interface MeetingTask {
  id: string;
  noticeId: string;
  department: Department;
  key: string;
  title: string;
  instructions: string | null;
  dueAt: string;
  quantity: number | null;
  unit: string | null;
  status: TaskStatus;
  doneBy: string | null;
  doneByName: string | null;
  doneAt: string | null;
  note: string | null;
  photoUrl: string | null;
  overdueAlertedAt: string | null;
  policies: { complete: boolean };
}
export interface NoticeDepartment {
  department: Department;
  label: string;
  total: number;
  done: number;
  openBeforeStart: number;
  readyAt: string | null;
  readyBy: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  readyLate: boolean;
  tasks: MeetingTask[];
}
export interface NoticeCheck {
  level: number;
  label: string;
  dueAt: string;
  status: CheckStatus;
  finding: string | null;
  checkedBy: string | null;
  checkedByName: string | null;
  checkedAt: string | null;
  missedAt: string | null;
}
export interface Incident {
  id: string;
  noticeId: string;
  kind: IncidentKind;
  severity: 'normal' | 'serious';
  description: string;
  handledBy: string | null;
  handling: string | null;
  escalated: boolean;
  reportedBy: string | null;
  reportedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  emergencyPlan: string | null;
}
export interface NoticeContent {
  bookingNumber: string;
  meetingName: string | null;
  startAt: string;
  endAt: string;
  venue: { id: string; name: string; type: string; class: string; building: string | null; buildingCode: string | null };
  linkedVenues: string[];
  organizerUnit: string;
  contactName: string;
  contactPhone: string;
  attendeeCount: number;
  layout: string | null;
  services: BookingServiceItem[];
  notes: string | null;
  importance: Importance;
  cupType: 'own_cups' | 'porcelain' | 'paper';
  cupTypeText: string;
  servingOrder: string[];
  confidentiality: string;
}
export interface Notice {
  id: string;
  propertyId: string;
  bookingId: string;
  number: string;
  version: number;
  status: NoticeStatus;
  liveStatus: LiveStatus;
  startAt: string;
  endAt: string;
  content: NoticeContent;
  conferenceBuilding: boolean;
  noticeDeadline: string | null;
  readyDeadline: string | null;
  issuedLate: boolean;
  issuedBy: string | null;
  issuedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  departments: NoticeDepartment[];
  checks: NoticeCheck[];
  incidents: Incident[];
  policies: NoticePolicies;
}
export interface NoticeRow {
  id: string;
  number: string;
  version: number;
  status: NoticeStatus;
  bookingId: string;
  startAt: string;
  endAt: string;
  meetingName: string | null;
  venue: string;
  attendeeCount: number;
  issuedLate: boolean;
  tasks: number;
  done: number;
  liveStatus: LiveStatus;
}
export interface PrintData {
  form: string;
  number: string;
  version: number;
  status: NoticeStatus;
  fields: { label: string; value: string }[];
  servingOrder: string[];
  issuedBy: string | null;
  issuedAt: string;
  noticeDeadline: string | null;
  readyDeadline: string | null;
  issuedLate: boolean;
  sheets: {
    department: Department;
    label: string;
    cupType?: string;
    servingOrder?: string[];
    rows: { due: string; title: string; quantity: string; instructions: string; done: string }[];
  }[];
}
export interface BoardMeeting {
  number: string;
  status: NoticeStatus;
  name: string | null;
  confidentiality: string;
  venue: string;
  startAt: string;
  endAt: string;
  attendeeCount: number;
}
export interface BoardTask extends MeetingTask {
  meeting: BoardMeeting;
  overdue: boolean;
}
/** GET /tasks: the tasks in due order and each meeting once, by notice id. */
export interface BoardResponse {
  from: string;
  to: string;
  meetings: Record<string, BoardMeeting>;
  data: Omit<BoardTask, 'meeting'>[];
}
export interface TaskTemplate {
  id: string;
  propertyId: string;
  code: string;
  department: Department;
  title: string;
  instructions: string | null;
  venueTypes: string[];
  venueClasses: string[];
  excludeVenueTypes: string[];
  services: string[];
  offsetMinutes: number | null;
  dayBeforeAt: string | null;
  quantity: QuantityRule;
  repeatMinutes: number | null;
  sort: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FeeLineRow {
  kind: FeeLineKind;
  code: string | null;
  name: string;
  qty: number;
  unit: string;
  unitFen: number;
  amountFen: number;
  invoiceRef: string | null;
  sourceId?: string | null;
  kindLabel: string;
  amount: string;
  unitPrice: string;
}
export interface FeeStatement {
  id: string;
  propertyId: string;
  noticeId: string;
  noticeNumber: string;
  number: string;
  status: FeeStatus;
  paymentStatus: PaymentStatus;
  meeting: { name: string | null; organizerUnit: string; venue: string; startAt: string; endAt: string };
  lines: FeeLineRow[];
  totalFen: number;
  total: string;
  paidFen: number;
  dueFen: number;
  currency: string;
  invoiceRefs: string[];
  note: string | null;
  version: number;
  issuedAt: string | null;
  confirmedVia: 'online' | 'paper' | null;
  signerName: string | null;
  confirmedAt: string | null;
  reminders: number;
  lastRemindedAt: string | null;
  payments: { id: string; amountFen: number; amount: string; paidAt: string; method: string | null; reference: string | null }[];
  policies: { recompute: boolean; issue: boolean; confirm: boolean; pay: boolean };
}
export interface FeeStatementRow {
  id: string;
  number: string;
  noticeId: string;
  noticeNumber: string;
  organizerUnit: string;
  startAt: string;
  status: FeeStatus;
  paymentStatus: PaymentStatus;
  totalFen: number;
  paidFen: number;
  total: string;
  reminders: number;
  issuedAt: string | null;
}
export interface PriceList {
  venue: { venueClass: string; venueType?: string | null; bands: { upToHours: number; fen: number }[]; extraHourFen: number }[];
  items: { code: string; name: string; unit: string; fen: number; kind: 'consumable' | 'technical' | 'service' }[];
}
export interface Purchase {
  id: string;
  noticeId: string;
  number: string;
  items: { kind: string; name: string; qty: number; unit: string; unitFen: number }[];
  totalFen: number;
  total: string;
  purchaser: string | null;
  status: 'requested' | 'purchased' | 'cancelled';
  invoiceRef: string | null;
  note: string | null;
  requestedAt: string;
  purchasedAt: string | null;
}
export interface AfterCheck {
  cleanup: { item: string; done: boolean; note: string | null }[];
  equipment: { name: string; expected: number; counted: number; note: string | null; shortage: number }[];
  shortages: number;
  version: number;
  recordedBy: string | null;
  recordedAt: string | null;
}
export interface Handover {
  id: string;
  kind: 'recording' | 'document' | 'photo' | 'other';
  description: string;
  quantity: number;
  recipientKind: 'organizer' | 'bureau';
  recipientName: string;
  handedAt: string;
  note: string | null;
}
export interface LostItem {
  id: string;
  propertyId: string;
  noticeId: string | null;
  number: string;
  item: string;
  description: string | null;
  foundPlace: string;
  foundAt: string;
  foundBy: string;
  status: LostItemStatus;
  storedPlace: string | null;
  storedAt: string | null;
  handedTo: string | null;
  ownerSignature: string | null;
  returnedAt: string | null;
  note: string | null;
}
export interface AfterData {
  noticeId: string;
  ended: boolean;
  check: AfterCheck;
  handovers: Handover[];
  lostItems: LostItem[];
}
export interface Attendee {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  phone: string | null;
  seat: string | null;
  note: string | null;
  signedInAt: string | null;
  signedInVia: 'qr' | 'desk' | null;
}
export interface SignInCount {
  total: number;
  signedIn: number;
}
export interface MeetingPage {
  noticeId: string;
  number: string;
  meetingName: string | null;
  venue: string;
  startAt: string;
  endAt: string;
  agenda: string | null;
  handbook: string | null;
  count: SignInCount;
}
export interface SignInCode {
  token: string;
  url: string;
  svgDataUrl: string;
  pngDataUrl: string;
}
/** A confidential meeting's public page names no meeting, venue, agenda or handbook (M12). */
export interface PublicPage {
  meetingName: string | null;
  venue: string | null;
  startAt: string;
  endAt: string;
  agenda: string | null;
  handbook: string | null;
  attendee: { name: string; seat: string | null; signedInAt: string | null } | null;
  needs: ('name' | 'phone')[];
  count: SignInCount;
}
/** POST /public/meeting-sign-in/:token: who was signed in and the count now. */
export interface SignedIn {
  attendee: { id: string; name: string; seat: string | null };
  signedInAt: string | null;
  alreadySignedIn: boolean;
  count: { total: number; signedIn: number };
}
export interface StaffProfile {
  post: string | null;
  trainings: { name: string; date: string }[];
  backgroundCheckNo: string | null;
  backgroundCheckUntil: string | null;
  sensitivePost: boolean;
  confidentialAuthorised: boolean;
  departmentHead: boolean;
  authorisedAt: string | null;
  updatedAt: string;
}
export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
  profile: StaffProfile | null;
}
export interface Shift {
  id: string;
  userId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  overtime: boolean;
  hours: number;
  note: string | null;
}
export interface Assignment {
  taskId: string;
  userId: string;
  name: string;
  warnings: string[];
  assignedAt: string;
}
export interface WarehouseItem {
  id: string;
  propertyId: string;
  code: string;
  name: string;
  unit: string;
  stock: number;
  lossFen: number;
  lossPrice: string;
  technical: boolean;
}
export interface MaterialRow {
  itemId: string;
  code: string;
  name: string;
  unit: string;
  technical: boolean;
  checkedOut: number;
  returned: number;
  lost: number;
  outstanding: number;
  lossFen: number;
}

export type ReportTab = 'daily' | 'weekly' | 'monthly';

export interface DailyDepartment {
  department: Department;
  label: string;
  total: number;
  done: number;
  readyAt: string | null;
  verifiedAt: string | null;
  readyBy: string;
  readyLate: boolean;
}
export interface DailyRow {
  id: string;
  number: string;
  version: number;
  status: NoticeStatus;
  liveStatus: LiveStatus;
  liveStatusLabel: string;
  startAt: string;
  endAt: string;
  time: string;
  meetingName: string | null;
  venue: string;
  venueClass: string;
  organizerUnit: string;
  contact: string;
  attendeeCount: number;
  cupType: string;
  confidentiality: string;
  issuedLate: boolean;
  readyDeadline: string | null;
  tasks: { total: number; done: number; overdue: number };
  departments: DailyDepartment[];
  allVerified: boolean;
  readyOnTime: boolean | null;
  checks: { level: number; status: 'pending' | 'ok' | 'problem' | 'missed'; dueAt: string; checkedAt: string | null }[];
  incidents: number;
  openIncidents: number;
}
export interface DailyReport {
  report: 'daily';
  date: string;
  from: string;
  to: string;
  summary: {
    meetings: number;
    active: number;
    cancelled: number;
    onHold: number;
    verified: number;
    attendees: number;
    tasks: number;
    tasksDone: number;
    tasksOverdue: number;
    incidents: number;
    issuedLate: number;
  };
  data: DailyRow[];
}

export interface Fees {
  statements: number;
  confirmed: number;
  paidInFull: number;
  billedFen: number;
  paidFen: number;
  dueFen: number;
  withoutStatement: number;
  received: { count: number; fen: number; amount: string };
}
export interface Satisfaction {
  invited: number;
  answered: number;
  responseRate: number | null;
  averageRating: number | null;
  satisfiedRate: number | null;
  distribution: { rating: number; label: string; count: number }[];
}
export interface SurveyComment {
  noticeId: string;
  number: string;
  meetingName: string | null;
  organizerUnit: string;
  rating: number;
  comment: string;
  answeredAt: string;
}
export interface WeeklyReport {
  report: 'weekly';
  week: string;
  from: string;
  to: string;
  days: string[];
  summary: {
    meetings: number;
    held: number;
    upcoming: number;
    cancelled: number;
    attendees: number;
    hours: number;
    issuedLate: number;
    incidents: number;
  };
  byClass: { venueClass: string; label: string; meetings: number; hours: number; attendees: number }[];
  byVenue: { venue: string; venueClass: string; meetings: number; hours: number; attendees: number }[];
  byDay: { date: string; meetings: number }[];
  incidents: {
    total: number;
    serious: number;
    unresolved: number;
    byKind: { kind: string; label: string; count: number }[];
    list: {
      id: string;
      noticeId: string;
      number: string;
      meetingName: string | null;
      venue: string;
      kind: string;
      kindLabel: string;
      severity: 'normal' | 'serious';
      description: string;
      handling: string | null;
      reportedAt: string;
      resolvedAt: string | null;
    }[];
  };
  readiness: {
    meetings: number;
    onTime: number;
    onTimeRate: number | null;
    byDepartment: {
      department: Department;
      label: string;
      meetings: number;
      onTime: number;
      onTimeRate: number | null;
      verified: number;
    }[];
    tasks: { total: number; done: number; onTime: number; onTimeRate: number | null };
    checks: { level: number; label: string; total: number; pending?: number; ok?: number; problem?: number; missed?: number }[];
  };
  satisfaction: Satisfaction & { comments: SurveyComment[] };
  fees: Fees;
}
export interface MonthlyReport {
  report: 'monthly';
  month: string;
  from: string;
  to: string;
  summary: Fees & {
    bookings: number;
    hoursBooked: number;
    meetingsHeld: number;
    hoursUsed: number;
    utilisation: number | null;
    cancelled: number;
    satisfaction: Satisfaction;
    tasksDone: number;
    asOf: string;
  };
  venues: {
    venueId: string;
    code: string;
    venue: string;
    venueClass: string;
    bookings: number;
    hoursBooked: number;
    meetingsHeld: number;
    hoursUsed: number;
    utilisation: number | null;
    attendees: number;
    statements: number;
    billedFen: number;
    paidFen: number;
  }[];
  organizations: (Fees & { organizerUnit: string; meetings: number })[];
  staff: {
    userId: string;
    name: string;
    roles: string;
    tasksDone: number;
    tasksOnTime: number;
    tasksAssigned: number;
    meetings: number;
    meetingHours: number;
    shiftHours: number;
    overtimeHours: number;
    onTimeRate: number | null;
  }[];
}

export interface SurveyAnswer {
  noticeId: string;
  rating: number | null;
  ratingLabel: string | null;
  comment: string | null;
  answeredAt: string | null;
  invitedAt: string | null;
}
export interface SurveyView {
  noticeId: string;
  number: string;
  meetingName: string;
  venue: string;
  startAt: string;
  endAt: string;
  open: boolean;
  survey: SurveyAnswer | null;
  policies: { answer: boolean };
}
