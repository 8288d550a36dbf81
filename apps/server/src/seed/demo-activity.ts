/**
 * A few weeks of life for the demo property, produced through the real API with a simulated clock:
 * bookings taken days ahead (C-class ones requested and approved by the bureau, a few cancelled),
 * repairs and complaints with work orders, signatures, callbacks and closing, so that every page
 * shows something true on the first start. Meetings of the last two weeks and the coming ones get
 * their service notices at confirmation; past ones are then prepared (department tasks around their
 * due times, readiness reported and verified, the three-level checks), started and ended, some with
 * an incident, a fee statement, a lost-property item and the organizer's survey — so nothing of the
 * past is left for the timers to report as missed or overdue. Deterministic (seeded random), run
 * once on an empty database together with the demo property.
 */
import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import dayjs from '../lib/dayjs-fast-tz.ts';
import { venues, organizations, units, properties, sessions } from '../db/schema/index.ts';
import { isWorkingDay, loadWorkCalendar } from '../domains/calendar/index.ts';
import { inviteSurveys, loadDefaultTemplates, syncBooking } from '../domains/meetings/index.ts';
import { DEMO_PASSWORD, DEMO_ORGANIZATIONS } from './demo-data.ts';

const TZ = 'Asia/Shanghai';

/** Small deterministic PRNG (mulberry32) so the demo is the same on every machine. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<'A' | 'B' | 'C', string[]> = {
  A: ['处室工作例会', '来访企业座谈', '项目对接洽谈', '信访接待协调会', '课题研讨会', '专家咨询座谈会', '部门周例会'],
  B: ['业务骨干培训班', '政策解读培训会', '年度考核工作布置会', '政务服务专题培训', '统计业务培训', '安全生产专题学习'],
  C: [
    '全市安全生产工作会议',
    '第四季度经济形势分析会',
    '党组理论学习中心组（扩大）学习会',
    '全市教育工作会议',
    '优化营商环境推进大会',
    '市直机关干部大会',
    '全市卫生健康工作会议',
  ],
};
const REPAIRS = [
  { content: '办公室空调不制冷，温度降不下来', sub: 'ac', loc: '室内空调' },
  { content: '走廊灯管闪烁，两支灯管不亮', sub: 'lighting', loc: '楼层走廊' },
  { content: '卫生间洗手盆下水管漏水', sub: 'plumbing', loc: '卫生间' },
  { content: '办公室门锁损坏，钥匙无法转动', sub: 'door_lock', loc: '办公室门' },
  { content: '会议室插座无电', sub: 'power', loc: '会议室' },
  { content: '电梯运行时有异响', sub: 'elevator', loc: '2号电梯' },
  { content: '茶水间饮水机不出热水', sub: 'water', loc: '茶水间' },
  { content: '办公区网络端口不通', sub: 'network', loc: '办公区' },
];
const COMPLAINTS = [
  { content: '卫生间清洁不及时，纸巾长时间未补充', category: 'quality', sub: 'cleaning', severity: 'general' },
  { content: '前台人员接听电话态度生硬', category: 'attitude', sub: 'other', severity: 'general' },
  { content: '地下车库指引不清，访客车辆找不到车位', category: 'quality', sub: 'other', severity: 'general' },
  { content: '空调报修三天仍未处理完毕', category: 'quality', sub: 'ac', severity: 'important' },
  { content: '会议期间外场施工噪音影响会议进行', category: 'quality', sub: 'other', severity: 'important' },
] as const;
const ENGINEER_WORK = [
  '更换压缩机电容，制冷恢复正常',
  '更换灯管两支，已测试正常',
  '更换下水管密封圈，无渗漏',
  '更换锁芯，交付新钥匙两把',
  '修复插座接线，通电正常',
  '调整导靴并加注润滑油，异响消除',
  '更换加热管，出水正常',
  '重新压接网线水晶头，网络畅通',
];

type Role =
  | 'dispatcher'
  | 'cs_assistant'
  | 'organizer'
  | 'bureau_approver'
  | 'front_desk'
  | 'engineer'
  | 'tenant'
  | 'cs_supervisor'
  | 'admin'
  | 'lobby_manager'
  | 'meeting_staff'
  | 'av_tech'
  | 'security'
  | 'cleaner'
  | 'project_manager';
const DEPARTMENT_ROLE: Record<string, Role> = {
  engineering_av: 'av_tech',
  security: 'security',
  meeting_staff: 'meeting_staff',
  cleaning: 'cleaner',
};
const CHECK_ROLE: Record<number, Role> = { 1: 'meeting_staff', 2: 'lobby_manager', 3: 'dispatcher' };
/** Demo price list 会议收费标准 (fen). */
const PRICES = {
  venue: [
    {
      venueClass: 'A',
      bands: [
        { upToHours: 4, fen: 60_000 },
        { upToHours: 8, fen: 100_000 },
      ],
      extraHourFen: 15_000,
    },
    {
      venueClass: 'B',
      bands: [
        { upToHours: 4, fen: 150_000 },
        { upToHours: 8, fen: 260_000 },
      ],
      extraHourFen: 30_000,
    },
    {
      venueClass: 'C',
      bands: [
        { upToHours: 4, fen: 800_000 },
        { upToHours: 8, fen: 1_500_000 },
      ],
      extraHourFen: 200_000,
    },
  ],
  items: [
    { code: 'water.bottled', name: '瓶装矿泉水', unit: '瓶', fen: 300, kind: 'consumable' },
    { code: 'tea.cup', name: '茶叶', unit: '份', fen: 200, kind: 'consumable' },
    { code: 'paper.pad', name: '信笺纸', unit: '本', fen: 500, kind: 'consumable' },
    { code: 'flowers.desk', name: '台花租摆', unit: '盆', fen: 8_000, kind: 'service' },
    { code: 'banner.make', name: '会标制作', unit: '条', fen: 45_000, kind: 'service' },
    { code: 'tech.battery', name: '话筒电池', unit: '节', fen: 550, kind: 'technical' },
  ],
};
const LOST = [
  ['黑色雨伞', '座位下'],
  ['保温杯', '主席台'],
  ['笔记本一本', '第三排座位'],
  ['U盘', '发言席'],
  ['眼镜盒', '休息室'],
] as const;
const SURVEY_COMMENTS = [
  '会场布置整洁，茶水服务及时',
  '音响效果好，服务人员热情周到',
  '会前准备充分，签到有序',
  '空调温度略低，其他满意',
  null,
] as const;

export async function loadDemoActivity(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const realNow = app.clock.now;
  const today = dayjs(realNow()).tz(TZ).startOf('day');
  let simNow = today.subtract(28, 'day').hour(9).toDate();
  app.clock.now = () => new Date(simNow.getTime());
  const rand = rng(20261124);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;

  const failures = new Map<string, number>();
  const firstBodies = new Map<string, string>();
  const cookies = new Map<Role, { cookie: string; csrf: string }>();
  async function as(role: Role) {
    let s = cookies.get(role);
    if (!s) {
      // From an address of its own: the seeding sign-ins do not use up the login rate limit of localhost.
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.255.255.1',
        payload: { username: role, password: DEMO_PASSWORD },
      });
      if (r.statusCode !== 200) throw new Error(`demo login ${role}: ${r.body}`);
      s = { cookie: r.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: r.json().csrfToken };
      cookies.set(role, s);
    }
    return s;
  }
  async function call(role: Role, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: object, okStatuses = [200, 201, 204]) {
    const s = await as(role);
    const r = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(body ? { payload: body } : {}),
    });
    if (!okStatuses.includes(r.statusCode)) {
      const key = `${role} ${method} ${url.replace(/[0-9a-f-]{36}/g, ':id')} ${r.statusCode} ${r.json()?.code ?? ''}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
      if (!firstBodies.has(key)) firstBodies.set(key, r.body.slice(0, 300));
      return { ok: false as const, status: r.statusCode, body: r.body };
    }
    return { ok: true as const, status: r.statusCode, data: r.body ? r.json() : null };
  }
  /** The dispatcher issues a work order on the case: the new work order's id, or null when refused. */
  async function issueWorkOrder(caseId: string, body: object) {
    const wo = await call('dispatcher', 'POST', `/cases/${caseId}/work-orders`, body);
    if (!wo.ok) return null;
    // Issuing answers with the case; its newest work order is the one just issued.
    const orders = wo.data.workOrders as { id: string }[];
    return orders[orders.length - 1]!.id;
  }

  try {
    for (const role of [
      'dispatcher',
      'cs_assistant',
      'organizer',
      'bureau_approver',
      'front_desk',
      'engineer',
      'tenant',
      'cs_supervisor',
      'admin',
      'lobby_manager',
      'meeting_staff',
      'av_tech',
      'security',
      'cleaner',
      'project_manager',
    ] as Role[])
      await as(role);
    // The seeding sessions live as long as the simulation needs (and are not slid by simulated time).
    const later = new Date(realNow().getTime() + 60 * 86_400_000);
    await db.update(sessions).set({ expiresAt: later, lastSeenAt: later });

    const engineerId = (await call('engineer', 'GET', '/auth/me')).ok
      ? ((await call('engineer', 'GET', '/auth/me')) as { data: { id: string } }).data.id
      : undefined;
    const cal = await loadWorkCalendar(db, pid);
    const vs = (await db.select().from(venues).where(eq(venues.propertyId, pid))).filter(
      (v) => v.bookable && !['vip_room', 'lounge', 'secretary_room'].includes(v.venueType),
    );
    const orgs = await db.select().from(organizations).where(eq(organizations.propertyId, pid));
    const us = await db.select().from(units).where(eq(units.propertyId, pid));
    const govOrgs = orgs.filter((o) => o.kind === 'government' && !['市人大常委会办公厅', '市政协办公厅'].includes(o.name));
    const contactOf = (name: string) => DEMO_ORGANIZATIONS.find((o) => o.name === name);
    /** The unit's organization and its contact (the caller of a case). */
    const callerOf = (unit: (typeof us)[number]) => {
      const org = orgs.find((o) => o.id === unit.organizationId);
      return { org, contact: org ? contactOf(org.name) : undefined };
    };
    /** POST /cases for a unit's caller (or, without a unit, the fields alone): the new case's id, or null when refused. */
    async function fileCase(role: Role, unit: (typeof us)[number] | null, fields: Record<string, unknown>) {
      const contact = unit ? callerOf(unit).contact : undefined;
      const r = await call(role, 'POST', '/cases', {
        propertyId: pid,
        ...(unit
          ? { contactName: contact?.contactName, contactPhone: contact?.contactPhone, unitId: unit.id, organizationId: unit.organizationId }
          : {}),
        ...fields,
      });
      return r.ok ? (r.data.id as string) : null;
    }
    /** A repair's fields for a unit: where, what, and its subcategory. */
    const repairOf = (unit: (typeof us)[number], rep: (typeof REPAIRS)[number]) => ({
      kind: 'repair',
      location: `${unit.name ?? unit.code} ${rep.loc}`,
      content: rep.content,
      category: 'equipment',
      subcategory: rep.sub,
    });
    /** A complaint's fields: valid, classified, the apology already made at the desk. */
    const complaintOf = (c: (typeof COMPLAINTS)[number]) => ({
      kind: 'complaint',
      content: c.content,
      nature: 'valid',
      category: c.category,
      subcategory: c.sub,
      severity: c.severity,
      apologized: true,
    });
    const slots = [
      [8, 30, 90],
      [10, 0, 90],
      [14, 0, 90],
      [15, 30, 90],
    ] as const;
    // Meeting services: the seed-004 task templates and a price list.
    await loadDefaultTemplates(db, pid);
    await call('admin', 'PUT', `/meeting-price-lists/${pid}`, PRICES);
    // 5.5.3: after the meeting the cleaners clear the room (the demo's meetings last 90 minutes, 150 in the C halls).
    for (const [code, classes, offsetMinutes] of [
      ['cl.after', ['A', 'B'], 90],
      ['cl.after_c', ['C'], 150],
    ] as const)
      await call('admin', 'POST', '/task-templates', {
        propertyId: pid,
        code,
        department: 'cleaning',
        title: '会后清理会场',
        instructions: '清理垃圾袋、饮用水瓶、花草、废纸、废物；发现遗失物品或文件资料及时上报',
        venueClasses: classes,
        offsetMinutes,
        sort: 900,
      });
    // Staff records (training, 无犯罪记录证明, 授权上岗, department heads) and rosters at the seed-000 hours around today.
    const staffIds: string[] = [];
    const staffOf = new Map<Role, string>();
    for (const [i, [role, post, head]] of (
      [
        ['meeting_staff', '会务领班', true],
        ['av_tech', '音控师', true],
        ['security', '安保班长', true],
        ['cleaner', '保洁员', false],
        ['lobby_manager', '大堂经理', false],
      ] as const
    ).entries()) {
      const me = await call(role, 'GET', '/auth/me');
      if (!me.ok) continue;
      const id = (me.data as { id: string }).id;
      staffOf.set(role, id);
      if (role !== 'security' && role !== 'lobby_manager') staffIds.push(id); // seed 000 gives hours for meeting staff, AV and cleaners
      await call('admin', 'PUT', `/staff/${id}/profile`, {
        propertyId: pid,
        post,
        trainings: [
          { name: '岗前培训', date: today.subtract(200, 'day').format('YYYY-MM-DD') },
          { name: '保密教育', date: today.subtract(40, 'day').format('YYYY-MM-DD') },
        ],
        backgroundCheckNo: `WF-${today.year()}-${String(2301 + i * 17).padStart(5, '0')}`,
        backgroundCheckUntil: today.add(300, 'day').format('YYYY-MM-DD'),
        sensitivePost: role !== 'cleaner',
        confidentialAuthorised: role !== 'cleaner',
        departmentHead: head,
      });
    }
    await call('admin', 'POST', '/staff-rosters/generate', {
      propertyId: pid,
      userIds: staffIds,
      from: today.subtract(14, 'day').format('YYYY-MM-DD'),
      to: today.add(14, 'day').format('YYYY-MM-DD'),
    });
    const noticesFrom = today.subtract(14, 'day').valueOf();

    // ---- a meeting's life after its notice: tasks, readiness, checks, start/end, then fees, lost property, survey ----
    type Meeting = { noticeId: string | null; organizerOwn: boolean; hy: boolean; cls: 'A' | 'B' | 'C'; contact: string };
    type Step = { at: Date; run: () => Promise<unknown> };
    const minutes = (d: Date | string, m: number) => new Date(new Date(d).getTime() + m * 60_000);
    async function runMeeting(m: Meeting) {
      if (!m.noticeId) return;
      const id = m.noticeId;
      const got = await call('dispatcher', 'GET', `/service-notices/${id}`);
      if (!got.ok || got.data.status !== 'active') return;
      const n = got.data as {
        issuedAt: string;
        startAt: string;
        endAt: string;
        readyDeadline: string | null;
        departments: { department: string; tasks: { id: string; dueAt: string; status: string }[] }[];
        checks: { level: number; dueAt: string; status: string }[];
      };
      const start = new Date(n.startAt);
      const end = new Date(n.endAt);
      const earliest = minutes(n.issuedAt, 3);
      const center: Role = m.hy ? 'cs_assistant' : 'dispatcher';
      const steps: Step[] = [];
      // The tasks due today are staffed by name: each department's go to its demo person.
      const dueToday = (t: { dueAt: string }) => dayjs(t.dueAt).tz(TZ).isSame(today, 'day');
      if (n.departments.some((d) => d.tasks.some(dueToday))) {
        simNow = minutes(n.issuedAt, 2);
        for (const d of n.departments)
          for (const t of d.tasks.filter(dueToday)) {
            const userId = staffOf.get(DEPARTMENT_ROLE[d.department]!);
            if (userId) await call(center, 'POST', `/tasks/${t.id}/assignments`, { userId });
          }
      }
      for (const d of n.departments) {
        const who = DEPARTMENT_ROLE[d.department]!;
        let lastBefore = earliest;
        for (const t of d.tasks.filter((x) => x.status === 'open')) {
          const late = rand() < 0.04;
          let at = minutes(t.dueAt, late ? 5 + Math.floor(rand() * 15) : -(3 + Math.floor(rand() * 20)));
          if (at < earliest) at = minutes(earliest, Math.floor(rand() * 10));
          if (new Date(t.dueAt) < start && at > lastBefore) lastBefore = at;
          steps.push({ at, run: () => call(who, 'POST', `/tasks/${t.id}/complete`, {}) });
        }
        const goal = minutes(
          n.readyDeadline && new Date(n.readyDeadline) < start ? n.readyDeadline : start,
          -(20 + Math.floor(rand() * 40)),
        );
        const ready = minutes(goal > lastBefore ? goal : lastBefore, 3);
        steps.push({ at: ready, run: () => call(who, 'POST', `/service-notices/${id}/readiness`, { department: d.department }) });
        steps.push({
          at: minutes(ready, 5 + Math.floor(rand() * 15)),
          run: () => call(center, 'POST', `/service-notices/${id}/verify`, { department: d.department }),
        });
      }
      for (const c of n.checks.filter((x) => x.status === 'pending')) {
        const problem = rand() < 0.05;
        const at = minutes(c.dueAt, -(3 + Math.floor(rand() * 12)));
        steps.push({
          at: at < earliest ? earliest : at,
          run: () =>
            call(
              c.level === 3 ? center : CHECK_ROLE[c.level]!,
              'POST',
              `/service-notices/${id}/checks/${c.level}`,
              problem ? { result: 'problem', finding: '桌签摆放与座次表不符，已通知会务组调整' } : { result: 'ok' },
            ),
        });
      }
      const endedAt = minutes(end, -5 + Math.floor(rand() * 15));
      steps.push({
        at: minutes(start, -2 + Math.floor(rand() * 5)),
        run: () => call('meeting_staff', 'POST', `/service-notices/${id}/start`),
      });
      if (rand() < 0.07) {
        const failure = rand() < 0.6;
        const at = minutes(start, 20 + Math.floor(rand() * 30));
        steps.push({
          at,
          run: async () => {
            const r = await call(
              'meeting_staff',
              'POST',
              `/service-notices/${id}/incidents`,
              failure
                ? {
                    kind: 'equipment_failure',
                    severity: 'normal',
                    description: '主席台2号话筒无声',
                    handledBy: '音控师',
                    handling: '立即切换备用话筒',
                  }
                : { kind: 'noise', severity: 'normal', description: '会场外走廊施工噪音', handledBy: '会务组' },
            );
            if (!r.ok) return;
            simNow = minutes(at, 8 + Math.floor(rand() * 10));
            await call('dispatcher', 'POST', `/meeting-incidents/${r.data.id}/resolve`, {
              handling: failure ? '已更换备用话筒，会后检修2号话筒' : '已联系施工方暂停作业',
            });
          },
        });
      }
      steps.push({ at: endedAt, run: () => call('meeting_staff', 'POST', `/service-notices/${id}/end`) });
      if (rand() < 0.08) {
        const [item, place] = pick(LOST);
        steps.push({
          at: minutes(endedAt, 15),
          run: () =>
            call('meeting_staff', 'POST', '/lost-items', {
              propertyId: pid,
              noticeId: id,
              item,
              foundPlace: place,
              foundAt: minutes(endedAt, 12).toISOString(),
              foundBy: '黄丽娟',
            }),
        });
      }
      // The survey job's pass half an hour after the end; the demo organizer answers for their own unit's meetings.
      steps.push({ at: minutes(endedAt, 31), run: () => inviteSurveys(db, simNow, pid) });
      if (m.organizerOwn && rand() < 0.85) {
        const rating = rand() < 0.7 ? 5 : rand() < 0.8 ? 4 : 3;
        steps.push({
          at: minutes(endedAt, 120 + Math.floor(rand() * 600)),
          run: () =>
            call('organizer', 'POST', `/service-notices/${id}/survey`, {
              rating,
              comment: rating === 3 ? '会场温度偏低，希望改进' : pick(SURVEY_COMMENTS),
            }),
        });
      }
      if (m.organizerOwn || (m.cls !== 'A' && rand() < 0.5)) {
        steps.push({
          at: minutes(endedAt, 40),
          run: async () => {
            const items = [
              { code: 'water.bottled', qty: 20 + Math.floor(rand() * 80) },
              { code: 'tea.cup', qty: 10 + Math.floor(rand() * 30) },
              ...(m.cls === 'C'
                ? [
                    { code: 'flowers.desk', qty: 6 },
                    { code: 'banner.make', qty: 1 },
                  ]
                : []),
            ];
            const st = await call('cs_assistant', 'POST', `/service-notices/${id}/fee-statement`, { items });
            if (!st.ok) return;
            simNow = minutes(simNow, 20);
            const issued = await call('cs_assistant', 'POST', `/fee-statements/${st.data.id}/issue`);
            if (!issued.ok) return;
            simNow = minutes(simNow, 60 * (2 + Math.floor(rand() * 20)));
            if (simNow.getTime() >= realNow().getTime()) return;
            await call(
              m.organizerOwn ? 'organizer' : 'cs_assistant',
              'POST',
              `/fee-statements/${st.data.id}/confirm`,
              m.organizerOwn ? {} : { signerName: m.contact },
            );
            simNow = minutes(simNow, 60 * 24 * (1 + Math.floor(rand() * 5)));
            if (simNow.getTime() < realNow().getTime() && rand() < 0.8)
              await call('cs_assistant', 'POST', `/fee-statements/${st.data.id}/payments`, {
                amountFen: issued.data.totalFen,
                method: '银行转账',
              });
          },
        });
      }
      steps.sort((a, b) => a.at.getTime() - b.at.getTime());
      for (const st of steps) {
        if (st.at.getTime() >= realNow().getTime()) break;
        simNow = st.at;
        await st.run();
      }
    }

    // ---- bookings: working days from four weeks ago to two weeks ahead ----
    type Planned = { start: Date; end: Date; make: () => Promise<void> };
    const planned: Planned[] = [];
    for (let d = -27; d <= 14; d++) {
      const day = today.add(d, 'day');
      // Today always has meetings: on a weekend or holiday, a couple of sessions worked overtime.
      const workingDay = isWorkingDay(cal, day.format('YYYY-MM-DD'));
      if (!workingDay && d !== 0) continue;
      const n = workingDay ? 3 + Math.floor(rand() * 4) : 3;
      const used = new Set<string>();
      for (let i = 0; i < n; i++) {
        const v = pick(vs);
        const [h, m, dur] = pick(slots);
        const key = `${v.id}:${h}`;
        if (used.has(key) || (v.venueType === 'main_hall' && rand() < 0.8)) continue;
        used.add(key);
        const start = day.hour(h).minute(m).toDate();
        const end = new Date(start.getTime() + (v.venueClass === 'C' ? 150 : dur) * 60_000);
        const presidium = v.venueType === 'presidium_hall';
        const presidiumOrg = rand() < 0.5 ? '市人大常委会办公厅' : '市政协办公厅';
        const org = presidium
          ? orgs.find((o) => o.name === presidiumOrg)!
          : rand() < 0.15
            ? orgs.find((o) => o.name === '市发展和改革委员会')!
            : pick(govOrgs);
        const contact = contactOf(org.name);
        const cls = v.venueClass as 'A' | 'B' | 'C';
        const capacity = (v.layouts.find((l) => l.layout === v.defaultLayout) ?? v.layouts[0]!).capacity;
        const attendees = Math.max(v.minAttendees ?? 1, Math.min(capacity, Math.round(capacity * (0.4 + rand() * 0.5))));
        const topic = presidium ? (org.name.includes('人大') ? '市人大常委会主任会议' : '市政协主席会议') : pick(TOPICS[cls]);
        const byOrganizer = !presidium && org.name === '市发展和改革委员会';
        const role: Role = byOrganizer ? 'organizer' : v.buildingId && v.code.startsWith('HY') ? 'cs_assistant' : 'dispatcher';
        const body = {
          propertyId: pid,
          venueId: v.id,
          startAt: start.toISOString(),
          endAt: end.toISOString(),
          attendeeCount: attendees,
          topic,
          organizationId: org.id,
          organizerUnit: org.name,
          contactName: contact?.contactName ?? '王伟',
          contactPhone: contact?.contactPhone ?? '0755-28300000',
          layout: v.defaultLayout ?? undefined,
          ...(byOrganizer
            ? {}
            : { channel: role === 'cs_assistant' ? 'building_assistant' : pick(['phone', 'phone', 'in_person', 'written']) }),
          services: [
            { code: 'water', kind: cls === 'A' ? 'filtered_tea' : pick(['bottled', 'filtered_tea']) },
            ...(cls !== 'A'
              ? [{ code: 'banner', text: topic }, { code: 'microphones', qty: cls === 'C' ? 6 : 2 }, { code: 'sign_in_desk' }]
              : []),
            ...(cls === 'C' ? [{ code: 'name_plates', qty: 12 }, { code: 'recording' }, { code: 'flowers' }] : []),
          ],
          confidentiality: rand() < 0.1 ? 'internal' : 'public',
          importance: cls === 'C' ? 'important' : rand() < 0.3 ? 'internal' : 'ordinary',
          ...(cls === 'C'
            ? {
                application: {
                  applicantUnit: org.name,
                  purpose: topic,
                  handlerName: contact?.contactName ?? null,
                  handlerPhone: contact?.contactPhone ?? null,
                  leadersAttending: '分管副市长出席',
                  attendeeScope: '各相关单位负责人',
                },
              }
            : {}),
        };
        // Requested a few days ahead; a meeting still to come was requested before today (no request is made in the future).
        const usual = dayjs(start)
          .tz(TZ)
          .subtract(cls === 'A' ? 2 : 4, 'day')
          .hour(9)
          .minute(Math.floor(rand() * 50))
          .toDate();
        const requestedAt =
          usual.getTime() < realNow().getTime()
            ? usual
            : new Date(
                today
                  .subtract(1 + Math.floor(rand() * 3), 'day')
                  .hour(9)
                  .toDate()
                  .getTime() +
                  Math.floor(rand() * 480) * 60_000,
              );
        const meeting: Meeting = {
          noticeId: null,
          organizerOwn: byOrganizer,
          hy: v.code.startsWith('HY'),
          cls,
          contact: contact?.contactName ?? '王伟',
        };
        const issuer: Role = meeting.hy ? 'cs_assistant' : 'dispatcher';
        // The notice is issued on confirmation (the scan job would do it within the minute).
        const issueNotice = async (bookingId: string, confirmedAt: Date) => {
          if (start.getTime() < noticesFrom) return;
          simNow = new Date(confirmedAt.getTime() + 2 * 60_000);
          const r = await call(issuer, 'POST', '/service-notices', { bookingId });
          if (r.ok) meeting.noticeId = r.data.id;
        };
        planned.push({
          start: requestedAt,
          end,
          make: async () => {
            simNow = requestedAt;
            const r = await call(role, 'POST', '/bookings', body);
            if (!r.ok) return;
            const b = r.data;
            if (b.status === 'requested') {
              simNow = new Date(requestedAt.getTime() + 26 * 3600_000);
              if (simNow.getTime() >= realNow().getTime()) return; // still waiting for the bureau
              const ok = await call(
                'bureau_approver',
                'POST',
                `/bookings/${b.id}/approve`,
                rand() < 0.2 ? { reason: '同意，请做好会场保障' } : {},
              );
              if (ok.ok) await issueNotice(b.id, simNow);
            } else {
              await issueNotice(b.id, requestedAt);
              if (rand() < 0.06) {
                simNow = new Date(requestedAt.getTime() + 20 * 3600_000);
                if (
                  simNow.getTime() < Math.min(start.getTime(), realNow().getTime()) &&
                  (await call(role, 'POST', `/bookings/${b.id}/cancel`, { reason: '会议延期，另行通知' })).ok
                ) {
                  if (meeting.noticeId) await syncBooking(db, b.id, simNow); // as the scan job: the notice is cancelled
                  meeting.noticeId = null;
                }
              }
            }
          },
        });
        if (start.getTime() >= noticesFrom)
          planned.push({ start: new Date(start.getTime() - 30 * 3600_000), end, make: () => runMeeting(meeting) });
      }
    }

    // ---- cases: repairs and complaints over the last four weeks ----
    const tenantUnit = us.find((u) => u.organizationId === orgs.find((o) => o.name === '市财政局')?.id);
    for (let d = -27; d <= 0; d++) {
      const day = today.add(d, 'day');
      if (!isWorkingDay(cal, day.format('YYYY-MM-DD'))) continue;
      const n = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const at = day
          .hour(8 + Math.floor(rand() * 8))
          .minute(Math.floor(rand() * 60))
          .toDate();
        if (at.getTime() > realNow().getTime()) continue;
        const complaint = rand() < 0.3;
        const fromTenant = !complaint && rand() < 0.2 && !!tenantUnit;
        const unit = fromTenant ? tenantUnit! : pick(us);
        const { org, contact } = callerOf(unit);
        planned.push({
          start: at,
          end: at,
          make: async () => {
            simNow = at;
            const age = (realNow().getTime() - at.getTime()) / 3600_000;
            if (complaint) {
              const id = await fileCase('front_desk', unit, {
                ...complaintOf(pick(COMPLAINTS)),
                channel: pick(['phone', 'hotline', 'visit']),
              });
              if (!id) return;
              simNow = new Date(at.getTime() + 8 * 60_000);
              await call('front_desk', 'POST', `/cases/${id}/follow-ups`, {
                kind: 'apology',
                note: '已代表被投诉部门向客户致歉，并承诺尽快处理',
              });
              await call('dispatcher', 'POST', `/cases/${id}/dispatch`, { note: '转环境管理部处理' });
              if (age < 30) return;
              simNow = new Date(at.getTime() + 5 * 3600_000);
              await call('dispatcher', 'POST', `/cases/${id}/resolve`, { note: '已安排专人整改，并向客户说明处理结果' });
              simNow = new Date(at.getTime() + 24 * 3600_000);
              await call('front_desk', 'POST', `/cases/${id}/callbacks`, {
                satisfied: rand() < 0.85,
                courtesyRating: 4 + Math.round(rand()),
                attitudeRating: 4 + Math.round(rand()),
                comment: '处理及时',
              });
              await call('cs_supervisor', 'POST', `/cases/${id}/close`, {
                result: 'resolved',
                proofChecked: true,
                proofNote: '现场核实已整改',
                note: '客户满意',
              });
              return;
            }
            const rep = pick(REPAIRS);
            const id = await fileCase(fromTenant ? 'tenant' : 'front_desk', fromTenant ? null : unit, {
              ...repairOf(unit, rep),
              channel: fromTenant ? 'tenant_portal' : pick(['phone', 'hotline', 'visit', 'patrol']),
              urgency: rand() < 0.2 ? 'urgent' : 'normal',
            });
            if (!id) return;
            simNow = new Date(at.getTime() + 6 * 60_000);
            const w = await issueWorkOrder(id, {
              assigneeId: engineerId,
              content: rep.content,
              reportingDepartment: org?.shortName ?? unit.name ?? undefined,
              reporterName: contact?.contactName ?? '陈静',
            });
            if (!w || age < 1) return;
            simNow = new Date(at.getTime() + 15 * 60_000);
            await call('engineer', 'POST', `/work-orders/${w}/accept`);
            simNow = new Date(at.getTime() + 35 * 60_000);
            await call('engineer', 'POST', `/work-orders/${w}/arrive`);
            if (age < 3) return;
            simNow = new Date(at.getTime() + 2 * 3600_000);
            await call('engineer', 'POST', `/work-orders/${w}/complete`, {
              workDone: ENGINEER_WORK[REPAIRS.indexOf(rep)]!,
              materials: [{ name: '配件', qty: 1, unit: '个' }],
            });
            simNow = new Date(at.getTime() + 2.2 * 3600_000);
            await call(fromTenant ? 'tenant' : 'engineer', 'POST', `/work-orders/${w}/sign`, {
              name: contact?.contactName ?? '陈静',
              method: fromTenant ? 'portal' : 'paper',
            });
            if (age < 26) return;
            simNow = new Date(at.getTime() + 20 * 3600_000);
            await call('front_desk', 'POST', `/work-orders/${w}/return`);
            simNow = new Date(at.getTime() + 24 * 3600_000);
            await call('front_desk', 'POST', `/cases/${id}/callbacks`, {
              satisfied: true,
              courtesyRating: 5,
              attitudeRating: 4 + Math.round(rand()),
              comment: '维修师傅很专业',
            });
            await call('front_desk', 'POST', `/cases/${id}/close`, { result: 'resolved', note: '派工单已签字返回，回访满意' });
          },
        });
      }
    }

    // ---- the cases open now, whatever the day (the 24-hour hotline takes repairs at weekends too), one in every
    // state: just reported, dispatched, accepted on the way, on site, done and waiting for the customer's signature,
    // on site for days waiting for a part (past its deadline), and a complaint reopened at the callback ----
    type Stage = 'new' | 'issued' | 'accepted' | 'on_site' | 'waiting' | 'overdue';
    const inHand: { ago: number; rep: (typeof REPAIRS)[number]; stage: Stage }[] = [
      { ago: 3 * 1440 + 200, rep: REPAIRS[5]!, stage: 'overdue' },
      { ago: 180, rep: REPAIRS[3]!, stage: 'waiting' },
      { ago: 100, rep: REPAIRS[6]!, stage: 'on_site' },
      { ago: 45, rep: REPAIRS[2]!, stage: 'accepted' },
      { ago: 12, rep: REPAIRS[0]!, stage: 'issued' },
      { ago: 5, rep: REPAIRS[1]!, stage: 'new' },
    ];
    for (const [k, x] of inHand.entries()) {
      const at = new Date(realNow().getTime() - x.ago * 60_000);
      const unit = us[(k * 7 + 3) % us.length]!;
      const { org, contact } = callerOf(unit);
      const step = (m: number) => (simNow = new Date(at.getTime() + m * 60_000));
      planned.push({
        start: at,
        end: at,
        make: async () => {
          simNow = at;
          const id = await fileCase('front_desk', unit, { ...repairOf(unit, x.rep), channel: 'hotline' });
          if (!id || x.stage === 'new') return;
          step(4);
          const w = await issueWorkOrder(id, {
            assigneeId: engineerId,
            content: x.rep.content,
            reportingDepartment: org?.shortName ?? unit.name ?? undefined,
            reporterName: contact?.contactName ?? undefined,
          });
          if (!w || x.stage === 'issued') return;
          step(9);
          await call('engineer', 'POST', `/work-orders/${w}/accept`);
          if (x.stage === 'accepted') return;
          step(30);
          await call('engineer', 'POST', `/work-orders/${w}/arrive`);
          if (x.stage === 'overdue') {
            step(75);
            await call('dispatcher', 'POST', `/cases/${id}/follow-ups`, {
              kind: 'note',
              note: '电梯控制板需更换，配件已订购，待到货后更换',
            });
            return;
          }
          if (x.stage === 'on_site') return;
          step(95);
          await call('engineer', 'POST', `/work-orders/${w}/complete`, {
            workDone: ENGINEER_WORK[REPAIRS.indexOf(x.rep)]!,
            materials: [{ name: '锁芯', qty: 1, unit: '个' }],
          });
          step(110);
          await call('dispatcher', 'POST', `/cases/${id}/pause`, { reason: '已完工，客户外出开会，待返回后签字确认' });
        },
      });
    }
    // A complaint of two days ago: handled, but the caller was not satisfied at the callback, so it is open again.
    {
      const at = new Date(realNow().getTime() - (2 * 1440 + 300) * 60_000);
      const unit = us[11 % us.length]!;
      planned.push({
        start: at,
        end: at,
        make: async () => {
          simNow = at;
          const id = await fileCase('front_desk', unit, { ...complaintOf(COMPLAINTS[0]), channel: 'phone' });
          if (!id) return;
          simNow = new Date(at.getTime() + 10 * 60_000);
          await call('dispatcher', 'POST', `/cases/${id}/dispatch`, { note: '转环境管理部处理' });
          simNow = new Date(at.getTime() + 4 * 3600_000);
          await call('dispatcher', 'POST', `/cases/${id}/resolve`, { note: '已安排保洁员每两小时巡查补充' });
          simNow = new Date(at.getTime() + 22 * 3600_000);
          await call('front_desk', 'POST', `/cases/${id}/callbacks`, {
            satisfied: false,
            courtesyRating: 4,
            attitudeRating: 3,
            comment: '今天上午纸巾仍未补充，希望彻底解决',
          });
        },
      });
    }

    // ---- two emergencies: one handled and signed off by the project manager, one from yesterday still pinned ----
    const workingDayBack = (n: number) => {
      let d = today;
      for (let k = 0; k < n;) {
        d = d.subtract(1, 'day');
        if (isWorkingDay(cal, d.format('YYYY-MM-DD'))) k++;
      }
      return d;
    };
    const emergencies = [
      {
        day: workingDayBack(8),
        hour: 10,
        location: '会议大厦 B1 配电室',
        content: '配电室有焦糊味并冒烟，值班保安已切断部分回路',
        sub: 'power',
        signOff: '项目经理已到场处置，更换烧损接触器，线路检测正常，已组织全面排查',
      },
      {
        day: workingDayBack(1),
        hour: 15,
        location: '东楼 3 号电梯',
        content: '3号电梯困人（2人），停在5至6楼之间',
        sub: 'elevator',
        signOff: null,
      },
    ];
    for (const x of emergencies) {
      const at = x.day.hour(x.hour).minute(12).toDate();
      if (at.getTime() > realNow().getTime()) continue;
      planned.push({
        start: at,
        end: at,
        make: async () => {
          simNow = at;
          const id = await fileCase('front_desk', null, {
            kind: 'repair',
            channel: 'phone',
            contactName: '刘婷婷',
            contactPhone: '0755-28300001',
            location: x.location,
            content: x.content,
            category: 'equipment',
            subcategory: x.sub,
            urgency: 'urgent',
            emergency: true,
          });
          if (!id) return;
          simNow = new Date(at.getTime() + 3 * 60_000);
          const w = await issueWorkOrder(id, { assigneeId: engineerId, content: x.content, reporterName: '刘婷婷' });
          if (!w) return;
          simNow = new Date(at.getTime() + 5 * 60_000);
          await call('engineer', 'POST', `/work-orders/${w}/accept`);
          simNow = new Date(at.getTime() + 12 * 60_000);
          await call('engineer', 'POST', `/work-orders/${w}/arrive`);
          simNow = new Date(at.getTime() + 70 * 60_000);
          await call('engineer', 'POST', `/work-orders/${w}/complete`, {
            workDone: x.sub === 'elevator' ? '松闸盘车放人，2人安全救出；检查门锁回路' : '更换烧损接触器，测量绝缘电阻正常',
            materials: [],
          });
          await call('engineer', 'POST', `/work-orders/${w}/sign`, { name: '刘婷婷', method: 'paper' });
          simNow = new Date(at.getTime() + 3 * 3600_000);
          await call('front_desk', 'POST', `/work-orders/${w}/return`);
          await call('front_desk', 'POST', `/cases/${id}/callbacks`, {
            satisfied: true,
            courtesyRating: 5,
            attitudeRating: 5,
            comment: '处置及时',
          });
          await call('front_desk', 'POST', `/cases/${id}/close`, { result: 'resolved', note: '紧急事件已处置，回访满意' });
          if (x.signOff) {
            simNow = new Date(at.getTime() + 5 * 3600_000);
            await call('project_manager', 'POST', `/cases/${id}/emergency-sign-off`, { note: x.signOff });
          }
        },
      });
    }

    // Replay everything in time order so each step sees the world as it was then.
    planned.sort((a, b) => a.start.getTime() - b.start.getTime());
    for (const p of planned) await p.make();
  } finally {
    // Refusals are expected now and then (a random slot taken); many of one kind mean the generator is stale.
    if (failures.size)
      app.log.info({ failures: Object.fromEntries(failures), examples: Object.fromEntries(firstBodies) }, 'demo activity: refused steps');
    app.clock.now = realNow;
    await db.execute(sql`delete from sessions`);
    // Weeks of history were read at the time: the bell starts with what is still open today.
    await db.execute(sql`update notifications set read_at = now() where read_at is null`);
  }
}
