/** The notification messages in Chinese (zh-CN): also what is stored in title/body as the fallback. */
import { CUP_TYPES, DEPARTMENT_LABELS, SURVEY_RATING_LABELS, AV_EMERGENCY_PLAN_ZH } from '../meetings.ts';
import { yuan } from '../money.ts';
import type { ExecRequestKind } from '../front-desk/executive.ts';
import type { BookingEventKind, MeetingRef, MessageFormat, NoticeChange, NotificationCatalog, SlaAlertType } from './messages.ts';
import { MAIL_KIND_LABELS } from '../front-desk/mail.ts';

const SLA: Record<SlaAlertType, string> = {
  respond_warning: '即将超过响应时限',
  respond_breach: '已超过响应时限',
  resolve_warning: '即将超过处理时限',
  resolve_breach: '已超过处理时限',
  follow_up: '派单两小时仍未销项，请跟进',
  follow_up_second: '下班前仍未销项，请第二次跟进',
};
const BOOKING: Record<BookingEventKind, string> = {
  requested: '会议室使用申请待审批',
  created: '新会议预订',
  updated: '会议预订已变更',
  approved: '会议室申请已批准',
  rejected: '会议室申请未获批准',
  cancelled: '会议预订已取消',
  expired: '会议室申请已过期',
};
const EXEC_KIND_ZH: Record<ExecRequestKind, string> = {
  hot_water: '更换暖壶热水',
  tea: '茶水服务',
  visitor: '访客预约',
  meeting_prep: '会议准备',
  cleaning: '办公室保洁',
  repair: '维修',
  other: '其他服务',
};
const CHECK_LEVEL = ['', '会务服务组长一级检查', '环境主管二级检查', '服务热线三级检查'];
const dept = (d: keyof typeof DEPARTMENT_LABELS) => DEPARTMENT_LABELS[d]?.zh ?? d;
const meeting = (m: MeetingRef, f: MessageFormat) => `${m.number} ${m.name ? `${m.name} ` : ''}${m.venue} ${f.time(m.startAt)}`;
const late = (deadline: string | null, f: MessageFormat) => (deadline ? `（晚于规定的提前2天发出，截止 ${f.time(deadline)}）` : '');
const hm = (iso: string, f: MessageFormat) => f.time(iso).slice(-5);
const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const text = (title: string, body: string | null = null) => ({ title, body: body || null });

function change(c: NoticeChange, f: MessageFormat): string {
  switch (c.field) {
    case 'time':
      return `时间：${f.time(c.from[0])}–${f.time(c.from[1])} → ${f.time(c.to[0])}–${f.time(c.to[1])}`;
    case 'venue':
      return `会场：${c.from} → ${c.to}`;
    case 'attendees':
      return `人数：${c.from} → ${c.to}`;
    case 'services':
      return '服务要求已变更';
    case 'importance':
      return `重要程度：${CUP_TYPES[c.from]?.zh ?? c.from} → ${CUP_TYPES[c.to]?.zh ?? c.to}`;
    case 'layout':
      return `布局：${c.from ?? '-'} → ${c.to ?? '-'}`;
    case 'name':
      return '会议名称已变更';
    case 'held':
      return '预订已改回待审批，暂停准备，待机关事务局批准后恢复';
    case 'task_added':
      return `新增：${c.title}${c.quantity !== null ? ` ×${c.quantity}` : ''}（${f.time(c.dueAt)}前）`;
    case 'task_removed':
      return `取消：${c.title}`;
    case 'task_moved':
      return `时间变更：${c.title} ${f.time(c.from)} → ${f.time(c.to)}`;
    case 'task_quantity':
      return `数量变更：${c.title} ${c.from ?? '-'} → ${c.to ?? '-'}`;
  }
}

export const messagesZh: NotificationCatalog = {
  'case_report.daily_review': (p) => text(`请审阅并签字：${p.period} 报修投诉日清（新 ${p.new}，销项 ${p.closed}，超时 ${p.overdue}）`),
  'case_report.weekly_summary': (p) => text(`上周报修投诉汇总 ${p.period}：共 ${p.total} 件，无法处理 ${p.cannotProceed} 件`),
  'case_report.monthly_review': (p) => text(`请于 5 日前审阅 ${p.period} 报修投诉立项、销项记录`),
  'case_report.complaints_monthly': (p) => text(`请于 30 日前填报 ${p.period}《客户投诉月统计表》及分析（本月投诉 ${p.total} 件）`),
  'repair_charge.quoted': (p) => text(`维修报价 ${p.number}：${yuan(p.amountFen)} 元，请确认`),
  'repair_charge.noticed': (p) => text(`缴费通知书 ${p.number}：${yuan(p.amountFen)} 元`),
  'case.reopened': (p) => text(`回访不满意，案件重新打开 ${p.number}`, p.comment),
  'case.tenant_dissatisfied': (p) => text(`业户评价不满意 ${p.number}`, p.comment),
  'case.dispatched': (p) => text(`请处理 ${p.number}`, p.content),
  'case.emergency': (p) => text(`紧急${p.caseKind === 'repair' ? '报修' : '投诉'} ${p.number}`, `${p.location ?? ''} ${p.content}`.trim()),
  'case.sla_alert': (p) => text(`${SLA[p.alert]} ${p.number}`, p.content),
  'case.escalated': (p) => text(`案件升级 ${p.number}：${SLA[p.alert]}`, p.content),
  'work_order.issued': (p) => text(`派工单 ${p.number}`, `${p.location ?? ''} ${p.content}`.trim()),
  'work_order.transferred': (p) => text(`派工单转派 ${p.number}`, p.reason),
  'work_order.handed_back': (p) => text(`派工单被退回 ${p.number}`, p.reason),
  'meetings.fee_statement_issued': (p) => text(`会议费用确认单 ${p.number}`, `${p.meetingName}：合计 ¥${yuan(p.totalFen)}，请确认`),
  'meetings.fee_statement_confirmed': (p) =>
    text(`费用确认单已确认 ${p.number}`, `${p.signerName ?? ''}（${p.online ? '在线确认' : '纸质签字'}）`),
  'meetings.fee_reminder': (p) => text(`会议费用催缴 ${p.number}`, `${p.meetingName}：未付 ¥${yuan(p.dueFen)}（第${p.round}次催缴）`),
  'meetings.purchase_requested': (p) =>
    text(`会议采购通知单 ${p.number}`, `${p.noticeNumber}：${p.items.map((i) => `${i.name}×${i.qty}${i.unit}`).join('、')}`),
  'meetings.assigned': (p) => text(`会议任务安排 ${p.noticeNumber}`, p.taskTitle),
  'meetings.department_ready': (p) => text(`${dept(p.department)}准备就绪 ${p.noticeNumber}`, '请检查核实'),
  'meetings.task_overdue': (p, f) =>
    text(
      `会议任务逾期 ${p.meeting.number}（${dept(p.department)}）`,
      `${meeting(p.meeting, f)}\n${p.tasks.map((t) => `${t.title}（应于 ${f.time(t.dueAt)} 完成）`).join('\n')}`,
    ),
  'meetings.check_problem': (p) => text(`第${p.level}级检查发现问题 ${p.noticeNumber}`, p.finding),
  'meetings.check_missed': (p, f) =>
    text(
      `第${p.level}级会前检查未按时确认 ${p.meeting.number}`,
      `${meeting(p.meeting, f)}：${CHECK_LEVEL[p.level] ?? `第${p.level}级检查`}应于 ${f.time(p.dueAt)} 前完成，请跟进`,
    ),
  'meetings.incident': (p) => text(`会中设备故障 ${p.noticeNumber}，请启动应急预案`, `${p.description}\n${AV_EMERGENCY_PLAN_ZH}`),
  'meetings.incident_escalated': (p, f) => text(`会议重大事件上报 ${p.meeting.number}`, `${meeting(p.meeting, f)}：${p.description}`),
  'meetings.survey_low': (p) =>
    text(
      `会议满意度偏低 ${p.noticeNumber}`,
      `${p.organizerUnit}：${SURVEY_RATING_LABELS[p.rating as 1] ?? p.rating}${p.comment ? `——${p.comment}` : ''}`,
    ),
  'meetings.survey_invite': (p, f) =>
    text(
      `会议满意度调查 ${p.meeting.number}`,
      `${p.meeting.name ? `${p.meeting.name} ` : ''}${p.meeting.venue} ${f.time(p.meeting.startAt)} 已结束，请对本次会务服务进行评价（1–5分）`,
    ),
  'meetings.notice_issued': (p, f) =>
    text(
      `会议服务通知单 ${p.meeting.number}`,
      `${meeting(p.meeting, f)}：${dept(p.department)}任务 ${p.taskCount} 项，首项 ${f.time(p.firstDueAt)}${late(p.lateDeadline, f)}`,
    ),
  'meetings.notice_late': (p, f) => text(`通知单发出过晚 ${p.meeting.number}`, `${meeting(p.meeting, f)}${late(p.lateDeadline, f)}`),
  'meetings.notice_changed': (p, f) =>
    text(
      `会议服务通知单${{ changed: '已变更', resumed: '已恢复', held: '已暂停' }[p.state]} ${p.meeting.number}（第${p.version}版）`,
      [meeting(p.meeting, f), ...p.changes.map((c) => change(c, f))].join('\n'),
    ),
  'meetings.notice_cancelled': (p, f) =>
    text(`会议取消 ${p.meeting.number}`, `${meeting(p.meeting, f)}：已取消本部门未完成任务 ${p.cancelledTasks} 项`),
  'meetings.equipment_shortage': (p) =>
    text(`会后设备清点短缺 ${p.noticeNumber}`, p.items.map((e) => `${e.name}：应有 ${e.expected}，清点 ${e.counted}`).join('\n')),
  'meetings.handover': (p) => text(`会议资料已移交 ${p.noticeNumber}`, `${p.description} ×${p.quantity} → ${p.recipientName}`),
  'meetings.lost_item': (p) =>
    text(`拾遗物品登记 ${p.number}`, `${p.item}（${p.foundPlace}）${p.noticeNumber ? ` — ${p.noticeNumber}` : ''}`),
  'report.bureau_daily': (p) =>
    text(
      `行政办事中心会议室预订情况（${md(p.from)}—${md(p.to)}）`,
      `${p.from} 至 ${p.to} 共 ${p.meetings} 场会议（待审批 ${p.requested} 场）`,
    ),
  'booking.event': (p, f) =>
    text(
      `${BOOKING[p.event]} ${p.number}`,
      `${p.number} ${p.venue} ${f.time(p.startAt)}–${hm(p.endAt, f)}${p.topic ? ` ${p.topic}` : ''}${p.reason ? `（${p.reason}）` : ''}`,
    ),
  'booking.closure': (p, f) =>
    text(
      `场地关闭：预订 ${p.number} ${{ moved: '已调整', cancelled: '已取消', kept: '保留' }[p.resolution]}`,
      `${f.time(p.startAt)}–${f.time(p.endAt)} ${p.reason}`,
    ),
  'front_desk.executive_request': (p, f) =>
    text(
      `领导层服务：${EXEC_KIND_ZH[p.kind]} — ${p.executive}`,
      `${p.location ?? ''} 请于 ${f.time(p.dueAt)} 前完成${p.whenOut ? '（须在领导外出时进行）' : ''}${p.detail ? `：${p.detail}` : ''}`,
    ),
  'front_desk.executive_done': (p) => text(`领导层服务已完成：${EXEC_KIND_ZH[p.kind]} — ${p.executive}`, `完成人：${p.by}`),
  'front_desk.thermos_round': (p, f) => text(`今日领导办公室暖壶更换 ${p.count} 处`, `请于 ${f.time(p.dueAt)} 前完成`),
  'frontdesk.message': (p, f) =>
    text(
      `${p.urgent ? '【急】' : ''}总台留言：${p.callerName}${p.callerCompany ? `（${p.callerCompany}）` : ''}`,
      `${p.content}\n${f.time(p.takenAt)} 留言，请在“我的留言”中确认已收到`,
    ),
  'frontdesk.messages_undelivered': (p, f) => text(`交班前尚有 ${p.count} 条留言未送达`, `最早一条：${f.time(p.oldestAt)}`),
  'frontdesk.loan_overdue': (p, f) => text(`借用物品逾期未还：${p.item} ×${p.quantity}`, `${p.borrower}，应还时间 ${f.time(p.dueAt)}`),
  'frontdesk.handover.unacknowledged': (p, f) =>
    text(
      `交接班未确认：${p.shift === 'day' ? '白班' : '夜班'}（${p.writtenBy}）`,
      `交班时间 ${f.time(p.shiftEnd)}，仍有 ${p.pending} 项未确认接收`,
    ),
  'frontdesk.handover.missing': (p, f) =>
    text(
      `未写交接班：${p.shift === 'day' ? '白班' : '夜班'}`,
      `${f.time(p.shiftStart)} 至 ${f.time(p.shiftEnd)} 的班次交班后一小时仍无交接班记录`,
    ),
  'inspections.round_missed': (p, f) =>
    text(`漏检：${p.plan}（${p.area}）`, `${p.assignee ?? '未指派'}，巡检时段至 ${f.time(p.windowEnd)} 结束仍未开始`),
  'inspections.round_late': (p, f) =>
    text(
      `巡检超时完成：${p.plan}（${p.area}）`,
      `${p.assignee ?? '未指派'}于 ${f.time(p.completedAt)} 完成，时段截止 ${f.time(p.windowEnd)}`,
    ),
  'tenants.application_decided': (p) =>
    text(
      `${{ move_in: '入住申请', move_out: '退租申请', fit_out: '装修申请' }[p.kind]} ${p.number}：${{ approved: '已批准', rejected: '未批准', accepted: '已验收通过', failed: '验收未通过' }[p.decision]}`,
      p.note,
    ),
  'billing.month_to_sign': (p) =>
    text(
      `${p.month} 物业管理费用应收表待您签字`,
      `请${p.step === 'cs_manager' ? '客服经理' : p.step === 'general_manager' ? '总经理' : '财务经理'}签字确认，应收合计 ${(p.totalFen / 100).toFixed(2)} 元`,
    ),
  'tenants.visit_reminder': (p, f) =>
    text(`明日走访：${p.company}`, `${f.time(p.plannedAt)} 约见 ${p.contact}；走访内容：${p.topics.join('、')}`),
  'quality.hygiene.due': (p) =>
    text(
      `卫生检验待做：${p.level === 'team' ? '班组检验' : p.level === 'area' ? '区域检验' : '部门检验'}`,
      `本期 ${p.periodStart} 至 ${p.periodEnd}，还有 ${p.areas} 个区域未检验`,
    ),
  'mail.arrived': (p) =>
    text(
      `${p.urgent ? '重要邮件到达' : '您有邮件待领取'}：${MAIL_KIND_LABELS[p.kind].zh} ${p.number}`,
      `共 ${p.pieces} 件，放在 ${p.pigeonhole} 格，请到收发室凭签字领取`,
    ),
  'mail.refused_damaged': (p) =>
    text(
      `邮件包装破损，收发室未签收：${MAIL_KIND_LABELS[p.kind].zh} ${p.number}`,
      `${p.carrier ? `${p.carrier}，` : ''}请与收发室联系处理`,
    ),
  'mail.reminder': (p, f) =>
    text(`提醒：邮件尚未领取 ${p.number}`, `${MAIL_KIND_LABELS[p.kind].zh}，${f.time(p.receivedAt)} 到达，放在 ${p.pigeonhole} 格`),
  'mail.unknown_daily': (p) => text(`无法投递邮件日报（${p.day}）`, `共 ${p.count} 件邮件查无收件人或信息不符，请核实处理`),
  'visitor.consent_request': (p) =>
    text(
      `访客请求拜访您：${p.visitorName}`,
      `${p.visitorName}${p.company ? `（${p.company}）` : ''}${p.partySize > 1 ? ` 共 ${p.partySize} 人` : ''} 在总台等候，请同意、拒绝或下楼迎接（${p.number}）`,
    ),
  'visitor.held': (p) => text(`关注名单拦截访客：${p.visitorName}`, `拜访 ${p.hostName}（${p.number}）：${p.reason}。请主管决定是否放行。`),
  'visitor.sign_out_overdue': (p) =>
    text(`${p.count} 位访客尚未签退`, `${p.names.slice(0, 10).join('、')}${p.count > 10 ? ' 等' : ''}：请核实是否已离开大楼。`),
  'inspection.finding_to_fix': (p) => text(`巡检问题待整改：${p.checkpoint}`, `${p.item}${p.note ? `：${p.note}` : ''}`),
  'inspection.finding_fixed': (p) => text(`巡检问题已整改，请复查：${p.checkpoint}`, `${p.item}${p.note ? `：${p.note}` : ''}`),
  'inspection.finding_failed_again': (p) => text(`复查不合格，请重新整改：${p.checkpoint}`, `${p.item}${p.note ? `：${p.note}` : ''}`),
  'guestrooms.stranger_reported': (p, f) =>
    text(
      `可疑人员：${p.building} ${p.floor}${p.place ? ` ${p.place}` : ''}`,
      `${f.time(p.seenAt)} 发现：${p.description}（报告人 ${p.reporter}），请保安前往查看。`,
    ),
  'guestrooms.out_of_order': (p) => text(`客房报修：${p.room}`, `房间设为维修房：${p.reason}。请工程部安排维修。`),
  'paidservices.suspicious_report': (p) =>
    text(`商务中心可疑${p.kind === 'fax' ? '传真' : p.kind === 'copy' ? '复印件' : '打印件'}`, `${p.reporter} 报告：${p.description}`),
  'paidservices.fax_unknown': (p) =>
    text(
      p.situation === 'moved_out' ? `已迁出单位的传真：${p.recipient || '无收件人'}` : `待查传真：${p.recipient || '无收件人'}`,
      `${p.unit ? `单元 ${p.unit}，` : ''}${p.pages} 页。请协助查找收件人。`,
    ),
  'paidservices.fax_guest_note': (p) => text(`待入住客人的传真：${p.recipient}`, `${p.pages} 页，客人到达时请告知其到商务中心领取。`),
  'paidservices.fax_filed': (p, f) =>
    text(
      `传真已归档：${p.recipient || '无收件人'}`,
      `${f.time(p.receivedAt)} 收到，${p.pages} 页${p.unit ? `（${p.unit}）` : ''}，无法找到收件人，已归档。`,
    ),
  'laundry.collect_overdue': (p, f) =>
    text(
      `洗衣单位超时未收衣：${p.company}${p.unit ? ` ${p.unit}` : ''}`,
      `${f.time(p.calledAt)} 已电话通知，${p.minutes} 分钟内未到场收衣，请催促洗衣单位。`,
    ),
  'meals.menu_published': (p) => text(`下周菜谱已发布（${p.weekStart} 起）`, `共 ${p.dishes} 道菜品，可在门户中查看并订餐。`),
  'meals.redo': (p) => text(`送餐检验不合格，已通知重做：${p.company}${p.unit ? ` ${p.unit}` : ''}`, p.note),
  'paidservices.reminder': (p) =>
    text({ evaluation: '请填写服务单位月考评', menu: '请与送餐单位制订下周菜谱', opinions: '请征求用户用餐意见' }[p.what], `截止 ${p.due}`),
  'billing.notice_issued': (p) => text(`物业管理缴费单 ${p.number}（${p.month}）`, `应缴 ¥${yuan(p.amountFen)}，请于 ${p.dueOn} 前缴纳`),
  'billing.notice_undelivered': (p) => text(`${p.count} 份缴费单尚未送达`, `应于 ${p.deliverBy} 前送达，请打印送达并登记`),
  'billing.dunning_reminder': (p) =>
    text(`缴费提醒：${p.number}（${p.month}）`, `尚欠 ¥${yuan(p.outstandingFen)}，缴费期限 ${p.dueOn} 已过，请尽快缴纳`),
  'billing.dunning_notice': (p) => text(`请打印送达催缴通知书：${p.company}`, `${p.number} 尚欠 ¥${yuan(p.outstandingFen)}`),
  'billing.dunning_visit': (p) => text(`催缴走访：${p.company}`, `${p.number} 尚欠 ¥${yuan(p.outstandingFen)}，请上门走访并登记结果`),
  'billing.dunning_escalation': (p) =>
    text(`欠费上报：${p.company}`, `${p.number} 逾期 ${p.daysPastDue} 天，尚欠 ¥${yuan(p.outstandingFen)}，请经理跟进`),
  'billing.reports_ready': (p) => text(`${p.month} 实收表、应欠表已生成`, `实收 ¥${yuan(p.receivedFen)}，欠费 ¥${yuan(p.outstandingFen)}`),
  'event.brief': (p, f) =>
    text(`会务通报：${p.event}`, `${p.fromGroup}：${p.subject}${p.dueAt ? `（请于 ${f.time(p.dueAt)} 前落实）` : ''}`),
  'event.assigned': (p) =>
    text(`您已加入会务组：${p.event}`, `${p.group}${p.leader ? '（组长）' : ''}，会议 ${p.startsOn} 开始，请查看本组职责。`),
  'event.invitation': (p) =>
    text(`会议邀请：${p.event}`, `${p.name}您好，诚邀您出席 ${p.event}（${p.startsOn} 至 ${p.endsOn}），请通过以下链接报名：${p.link}`),
  'event.invitation_reminder': (p) => text(`报名提醒：${p.event}`, `${p.name}您好，报名将于 ${p.closesOn} 截止，请尽快确认：${p.link}`),
  'event.pickup': (p, f) =>
    text(
      `接站安排：${p.event}`,
      `${p.name}您好，${f.time(p.at)} 在${p.place}接您，车辆 ${p.vehicle}，司机 ${p.driver}${p.driverPhone ? `（${p.driverPhone}）` : ''}。`,
    ),
  'event.dispatch': (p, f) => text(`派车单：${p.event}`, `${p.vehicle} ${f.time(p.at)} ${p.from} → ${p.to}，${p.guests} 人。`),
  'event.dispatch_changed': (p, f) =>
    text(`派车变更：${p.event}`, `已调整为 ${p.vehicle} ${f.time(p.at)} ${p.from} → ${p.to}，${p.guests} 人。`),
  'event.checkin_list': (p) =>
    text(
      `宾客入住名单（第 ${p.version} 版）：${p.event}`,
      `${p.hotel}：共 ${p.rooms} 间、${p.guests} 位宾客，${p.checkInOn} 起入住。名单（Excel）：${p.link}`,
    ),
  'event.block_release': (p) => text(`客房保留即将到期：${p.hotel}`, `${p.event} 尚有 ${p.nights} 间夜未安排，保留期至 ${p.releaseOn}。`),
  'event.catering_counts': (p) =>
    text(
      `餐饮人数：${p.event}`,
      `${p.day} ${{ tea: '茶歇', breakfast: '早餐', lunch: '午餐', dinner: '晚餐' }[p.meal] ?? p.meal} ${p.count} 人，请通知餐饮单位。`,
    ),
  'event.budget_submitted': (p) => text(`会务服务预算表待审批：${p.event}`, `第 ${p.version} 版，合计 ¥${yuan(p.totalFen)}`),
  'event.budget_approved': (p) => text(`会务服务预算表已批准：${p.event}`, `第 ${p.version} 版，合计 ¥${yuan(p.totalFen)}`),
  'event.inspection_findings': (p) => text(`会前检查发现问题：${p.event}`, `尚有 ${p.open} 项待整改，请查漏补缺。`),
  'event.record_handed_over': (p) => text(`会议记录已移交：${p.event}`, `共 ${p.files} 份会议纪要、照片、录音录像资料。`),
  'event.survey': (p) => text(`满意度调查：${p.event}`, `${p.name}您好，感谢参会，请花一分钟评价本次会务服务：${p.link}`),
  'event.summary_filed': (p) => text(`会务工作总结已归档：${p.event}`, '请查阅本次会务的报名、出席、预算执行与满意度情况。'),
};
