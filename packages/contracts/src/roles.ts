/** Roles of SPEC §0. A user holds roles per property. */
export const ROLES = [
  'admin',
  'dispatcher',
  'cs_assistant',
  'lobby_manager',
  'meeting_staff',
  'av_tech',
  'engineer',
  'security',
  'cleaner',
  'front_desk',
  'mail_clerk',
  'affairs_admin',
  'housekeeping_supervisor',
  'tenant_rep',
  'cs_supervisor',
  'project_manager',
  'general_manager',
  'finance_manager',
  'event_lead',
  'bureau_approver',
  'organizer',
  'tenant',
] as const;
export type Role = (typeof ROLES)[number];

/** Outside users see only their own records. */
export const OUTSIDE_ROLES: readonly Role[] = ['bureau_approver', 'organizer', 'tenant'];
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !OUTSIDE_ROLES.includes(r));
export const MANAGER_ROLES: readonly Role[] = ['admin', 'cs_supervisor', 'project_manager', 'general_manager'];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  dispatcher: { zh: '客服中心值班员', en: 'Service-center dispatcher' },
  cs_assistant: { zh: '客服助理', en: 'Customer-service assistant' },
  lobby_manager: { zh: '大堂经理', en: 'Lobby manager' },
  meeting_staff: { zh: '会务人员', en: 'Meeting staff' },
  av_tech: { zh: '音控师', en: 'AV technician' },
  engineer: { zh: '工程部', en: 'Engineer' },
  security: { zh: '安全部', en: 'Security' },
  cleaner: { zh: '保洁', en: 'Cleaner' },
  front_desk: { zh: '总台', en: 'Front desk' },
  mail_clerk: { zh: '收发员', en: 'Mail clerk' },
  affairs_admin: { zh: '事务管理员', en: 'Affairs administrator' },
  housekeeping_supervisor: { zh: '内务主管', en: 'Housekeeping supervisor' },
  tenant_rep: { zh: '客务代表', en: 'Tenant representative' },
  cs_supervisor: { zh: '客服部主管', en: 'Customer-service supervisor' },
  project_manager: { zh: '项目经理', en: 'Project manager' },
  general_manager: { zh: '总经理', en: 'General manager' },
  finance_manager: { zh: '财务经理', en: 'Finance manager' },
  event_lead: { zh: '常务副总', en: 'Executive deputy GM (events)' },
  bureau_approver: { zh: '机关事务管理局', en: 'Bureau approver' },
  organizer: { zh: '会议组织方', en: 'Meeting organizer' },
  tenant: { zh: '业户', en: 'Tenant' },
};

/**
 * Permissions: what a role may do within a property. The server checks them; the web uses the
 * same table to build navigation, and the server also sends per-record policies.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'places.manage': ['admin'],
  'places.read': [...STAFF_ROLES, 'organizer', 'bureau_approver', 'tenant'],
  'calendar.manage': ['admin'],
  'audit.read': ['admin', 'cs_supervisor', 'project_manager', 'general_manager', 'dispatcher'],
  'settings.manage': ['admin'],
  /** Service desk (S1–S8): any staff member who hears of a problem records it; tenants report their own. */
  'cases.read': [
    'admin',
    'dispatcher',
    'cs_assistant',
    'lobby_manager',
    'engineer',
    'front_desk',
    'affairs_admin',
    'cs_supervisor',
    'project_manager',
    'general_manager',
  ],
  'cases.intake': [...STAFF_ROLES],
  'cases.report': ['tenant'],
  'cases.handle': ['dispatcher', 'cs_assistant', 'front_desk', 'affairs_admin', 'cs_supervisor', 'project_manager', 'general_manager'],
  'cases.supervise': ['cs_supervisor', 'project_manager', 'general_manager'],
  'workorders.work': ['engineer'],
  /** S9/S10 supervision and reports (dispatchers read the daily lists); S6 billing list also for affairs admins. */
  'cases.reports': ['admin', 'cs_supervisor', 'project_manager', 'general_manager'],
  'cases.review.read': ['admin', 'cs_supervisor', 'project_manager', 'general_manager', 'dispatcher'],
  'cases.review.sign_daily': ['cs_supervisor'],
  'cases.review.sign_monthly': ['project_manager'],
  'cases.billing': ['admin', 'affairs_admin', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** S11: run the archive by hand, change retention. */
  'cases.archive': ['admin'],
  /** S12 knowledge base: staff read it while answering; affairs and customer-service staff keep it current. */
  'kb.read': [...STAFF_ROLES],
  'kb.manage': ['admin', 'affairs_admin', 'dispatcher', 'cs_assistant', 'front_desk', 'cs_supervisor'],
  'kb.faq': [...STAFF_ROLES, 'tenant', 'organizer'],
  'bookings.read': [...STAFF_ROLES, 'organizer', 'bureau_approver'],
  /** Book for their own organization (organizer) or for any, by any channel (staff). */
  'bookings.create': ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'organizer'],
  /** Change and cancel any booking of the property; book for any organization. */
  'bookings.manage': ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'event_lead'],
  'bookings.approve': ['bureau_approver'],
  'bookings.override_lead_time': ['dispatcher'],
  /** Meeting services (M4, M5, M8): staff read notices and boards; templates are the admin's. */
  'meetings.read': [...STAFF_ROLES],
  'meetings.templates.manage': ['admin'],
  'meetings.issue': ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'event_lead'],
  'meetings.verify': ['dispatcher', 'cs_assistant'],
  'meetings.tasks.work': ['meeting_staff', 'av_tech', 'engineer', 'security', 'cleaner'],
  'meetings.run': ['meeting_staff', 'dispatcher', 'cs_assistant', 'lobby_manager'],
  'meetings.incidents': [...STAFF_ROLES],
  /** M9 fees: the price list is the admin's; conference-building assistants draw up, issue and chase statements; organizers confirm their own. */
  'meetings.prices.manage': ['admin'],
  'meetings.fees.read': [
    'admin',
    'dispatcher',
    'cs_assistant',
    'affairs_admin',
    'cs_supervisor',
    'project_manager',
    'general_manager',
    'event_lead',
  ],
  'meetings.fees.manage': ['admin', 'dispatcher', 'cs_assistant', 'affairs_admin', 'event_lead'],
  'meetings.fees.confirm': ['organizer'],
  /** M9 after the meeting: cleanup and equipment checks, hand-over of recordings and documents; any staff member logs lost property. */
  'meetings.after': ['meeting_staff', 'av_tech', 'engineer', 'cleaner', 'dispatcher', 'cs_assistant', 'lobby_manager'],
  'meetings.lost_property': [...STAFF_ROLES],
  /** M11 attendees, agenda and handbook: the service center and meeting staff, and the organizer for their own meetings. */
  'meetings.attendees': ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'meeting_staff', 'organizer', 'event_lead'],
  /** M6 staffing: staff records and 授权上岗 are the managers'; the service center rosters and assigns people to tasks. */
  'meetings.staff.records': ['admin', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** M7 materials: meeting staff and AV draw and return materials; the warehouse is kept by affairs admins and assistants. */
  'meetings.materials': ['admin', 'meeting_staff', 'av_tech', 'engineer', 'dispatcher', 'cs_assistant', 'lobby_manager', 'event_lead'],
  'meetings.warehouse': ['admin', 'affairs_admin', 'cs_assistant'],
  'meetings.staffing': ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'cs_supervisor', 'project_manager'],
  /** Front desk (F1–F6): the directory every staff member reads; visitors, mail, messages, lending, handover, executive floor. */
  'frontdesk.directory.read': [...STAFF_ROLES],
  'frontdesk.directory.manage': ['admin', 'front_desk', 'cs_assistant', 'cs_supervisor'],
  'frontdesk.visitors': [
    'admin',
    'front_desk',
    'dispatcher',
    'cs_assistant',
    'lobby_manager',
    'security',
    'cs_supervisor',
    'project_manager',
    'general_manager',
  ],
  /** Pre-register a visitor (staff for their department or the executive floor, tenants for themselves). */
  'frontdesk.visitors.invite': [...STAFF_ROLES, 'tenant'],
  /** Decide on a visitor held by the watch list; keep the watch list. */
  'frontdesk.visitors.decide': ['cs_supervisor', 'project_manager', 'general_manager'],
  'frontdesk.watchlist.manage': ['admin', 'security', 'cs_supervisor', 'project_manager', 'general_manager'],
  'frontdesk.mail': ['admin', 'mail_clerk', 'front_desk', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** 机要 items: the mail clerk and managers (and the recipient, checked per item). */
  'frontdesk.mail.confidential': ['mail_clerk', 'cs_supervisor', 'project_manager', 'general_manager'],
  'frontdesk.messages': [
    'admin',
    'front_desk',
    'dispatcher',
    'cs_assistant',
    'mail_clerk',
    'cs_supervisor',
    'project_manager',
    'general_manager',
  ],
  'frontdesk.lending': ['admin', 'front_desk', 'mail_clerk', 'cs_assistant', 'cs_supervisor', 'project_manager', 'general_manager'],
  'frontdesk.lending.manage': ['admin', 'cs_supervisor'],
  'frontdesk.handover': ['front_desk', 'mail_clerk', 'dispatcher', 'cs_assistant', 'cs_supervisor', 'project_manager', 'general_manager'],
  'frontdesk.executive': ['admin', 'front_desk', 'dispatcher', 'cs_assistant', 'lobby_manager', 'cs_supervisor'],
  /** Patrols (T2): staff read plans and rounds; managers keep the plans; inspectors walk; housekeeping fixes its findings. */
  'inspections.read': [...STAFF_ROLES],
  'inspections.plans.manage': ['admin', 'cs_supervisor', 'project_manager'],
  'inspections.walk': [
    'cs_supervisor',
    'tenant_rep',
    'housekeeping_supervisor',
    'lobby_manager',
    'cs_assistant',
    'security',
    'project_manager',
  ],
  'inspections.findings.fix': ['housekeeping_supervisor', 'cleaner'],
  'inspections.review': ['cs_supervisor', 'project_manager', 'general_manager'],
  /** Tenant records (T1): files, move-in/out and fit-out applications, the archive (kept by the secretary). */
  'tenants.read': [...STAFF_ROLES],
  'tenants.manage': ['admin', 'tenant_rep', 'cs_assistant', 'cs_supervisor', 'project_manager'],
  'tenants.applications.decide': ['cs_supervisor', 'project_manager'],
  'tenants.applications.own': ['tenant'],
  'tenants.archive': ['admin', 'cs_assistant', 'tenant_rep', 'cs_supervisor'],
  /** Tenant visits and holiday greetings (T3). */
  'tenants.visits': ['tenant_rep', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** Staff quality: hygiene inspections, training, evaluations, spot checks, the contractor's monthly evaluation. */
  'quality.read': ['admin', 'housekeeping_supervisor', 'tenant_rep', 'cs_supervisor', 'project_manager', 'general_manager'],
  'quality.manage': ['housekeeping_supervisor', 'cs_supervisor', 'project_manager', 'general_manager'],
  'quality.criteria': ['admin', 'project_manager'],
  /** The contractor's month decides its pay: confirmed by a manager, not by the supervisor of the contractor's work. */
  'quality.contractor.confirm': ['cs_supervisor', 'project_manager', 'general_manager'],
  /** Fees (T4): the fee tables are drawn up by customer service; the receivables are signed by the CS manager, the general manager and the finance manager in that order; the finance department takes payments. */
  'billing.read': [
    'admin',
    'affairs_admin',
    'cs_assistant',
    'tenant_rep',
    'cs_supervisor',
    'project_manager',
    'general_manager',
    'finance_manager',
  ],
  'billing.items.manage': ['admin', 'finance_manager'],
  'billing.manage': ['affairs_admin', 'cs_assistant', 'tenant_rep', 'cs_supervisor', 'finance_manager'],
  'billing.sign': ['cs_supervisor', 'general_manager', 'finance_manager'],
  'billing.payments': ['finance_manager', 'affairs_admin'],
  /** A voided receipt keeps its number and needs a supervisor's signature. */
  'billing.receipts.void': ['cs_supervisor', 'finance_manager'],
  'billing.dunning': ['tenant_rep', 'affairs_admin', 'cs_assistant', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** A tenant reads their own company's bills and notices. */
  'billing.own': ['tenant'],
  /** Paid services (T5): the business center, laundry and meals at the desk; supervisors agree menus, prices and suppliers. */
  'paidservices.read': [
    'admin',
    'front_desk',
    'affairs_admin',
    'cs_assistant',
    'tenant_rep',
    'housekeeping_supervisor',
    'cs_supervisor',
    'project_manager',
    'general_manager',
    'finance_manager',
  ],
  'paidservices.desk': ['front_desk', 'affairs_admin', 'cs_assistant', 'tenant_rep'],
  'paidservices.manage': ['admin', 'housekeeping_supervisor', 'cs_supervisor', 'project_manager'],
  /** A tenant orders meals and laundry and signs for them in the portal. */
  'paidservices.own': ['tenant'],
  /** Guest rooms and apartments (T6). */
  'guestrooms.read': [
    'admin',
    'front_desk',
    'affairs_admin',
    'cs_assistant',
    'housekeeping_supervisor',
    'cleaner',
    'security',
    'cs_supervisor',
    'project_manager',
    'general_manager',
  ],
  'guestrooms.manage': ['front_desk', 'affairs_admin', 'cs_assistant', 'housekeeping_supervisor', 'cs_supervisor'],
  /** Any staff member may report a stranger loitering on a guest floor (T6). */
  'guestrooms.report': [
    'admin',
    'dispatcher',
    'cs_assistant',
    'lobby_manager',
    'meeting_staff',
    'av_tech',
    'engineer',
    'security',
    'cleaner',
    'front_desk',
    'mail_clerk',
    'affairs_admin',
    'housekeeping_supervisor',
    'tenant_rep',
    'cs_supervisor',
    'project_manager',
    'general_manager',
    'finance_manager',
    'event_lead',
  ],
  /**
   * Large events (M13): the 常务副总 arranges a conference the company runs end to end and the general manager
   * supervises; the event's own team (会务组 members) works on it whatever their role; the host unit's organizer
   * reads its own event. Confidential documents: the team, the owner, the supervisors and the host's organizer only.
   */
  'events.read': [
    'admin',
    'dispatcher',
    'cs_assistant',
    'lobby_manager',
    'meeting_staff',
    'affairs_admin',
    'cs_supervisor',
    'project_manager',
    'general_manager',
    'finance_manager',
    'event_lead',
  ],
  'events.manage': ['event_lead', 'cs_supervisor', 'project_manager', 'general_manager'],
  /** Approves the 会务服务预算表 (each approval signed) and the work summary. */
  'events.approve': ['general_manager', 'project_manager'],
  /** The host unit's organizer: its own events only. */
  'events.own': ['organizer'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function rolesAllow(roles: Iterable<string>, permission: Permission): boolean {
  const allowed = PERMISSIONS[permission] as readonly string[];
  for (const r of roles) if (allowed.includes(r)) return true;
  return false;
}
