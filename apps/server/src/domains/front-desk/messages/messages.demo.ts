/**
 * Demo history of the message book and the call log: three weeks of messages left for tenants' people, the
 * executives' offices and the property's departments (almost all delivered: acknowledged in the app or told
 * by phone), business calls passed to departments, and a few messages still open this morning — so the
 * desk's Monday starts with a short undelivered list. 陈静 of 市财政局 gets the tenant account `tenant`.
 */
import type { DirectoryEntry } from '@hy/contracts';
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const CALLERS = [
  ['李明', '市审计局', '0755-28311234'],
  ['张海燕', '市政府采购中心', '0755-28325678'],
  ['王建国', '深圳市华信会计师事务所', '13923456781'],
  ['周静', '市档案馆', '0755-28330021'],
  ['刘志刚', '中国移动深圳分公司', '13800138123'],
  ['黄晓丽', '市委办公厅', '0755-28300321'],
  ['陈先生', null, '13612345678'],
  ['吴女士', '顺丰速运', '95338'],
] as const;
const CONTENTS = [
  '请尽快回电，关于下周三专题会议材料的报送时间',
  '已将会议通知传真至贵处，请查收后回复确认',
  '预算调整表需本人签字，明天上午十点前送回',
  '来电询问项目申报进度，请方便时回电',
  '所订资料已寄出，快递单号已短信发送，请注意查收',
  '下午三点来访改为四点，请知悉',
  '请转告：本周五的培训取消，另行通知',
  '有一份机要文件需当面交接，请约定时间',
];
const TOPICS = [
  ['询问停车卡办理手续', '秩序维护部'],
  ['咨询会议室预订及收费标准', '会务服务部'],
  ['询问大楼开放时间及周末加班登记', '客户服务中心'],
  ['咨询空调开放时间', '工程部'],
  ['快递公司询问收件地址', '收发室'],
  ['询问保洁临时服务', '环境服务部'],
  ['问询办事大厅位置', null],
] as const;

export async function demoMessages(demo: FrontDeskDemo) {
  const { api, propertyId, rand, directory } = demo;
  const limit = Date.now() - 5 * 60_000;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

  // 陈静 of 市财政局 is the demo tenant: her directory entry gets her account (in-app messages).
  const me = await api.call('tenant', 'GET', '/auth/me');
  const chen = [...directory.values()].find((e) => e.nameZh === '陈静' && e.parentName === '市财政局');
  if (me.ok && chen) await api.call('front_desk', 'PATCH', `/front-desk/directory/${chen.id}`, { userId: me.data.id });
  const people = [...directory.values()].filter((e) => e.kind === 'person');
  const depts = new Map([...directory.values()].filter((e) => e.kind === 'department').map((e) => [e.nameZh, e]));
  const recipients: DirectoryEntry[] = [...people.filter((e) => e.executive || e.parentName?.startsWith('市')), ...depts.values()];
  if (!recipients.length) return;

  for (let d = 21; d >= 0; d--) {
    const day = demo.today.subtract(d, 'day');
    if (day.day() === 0 || day.day() === 6) continue;
    const n = d === 0 ? 3 : 2 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const at = day.hour(8 + Math.floor(rand() * 9)).minute(Math.floor(rand() * 60));
      const when = d === 0 ? day.hour(7).minute(40 + i * 5) : at;
      if (when.valueOf() > limit) continue;
      api.at(when.toDate());
      const forChen = chen && (i === 0 || rand() < 0.15);
      const to = forChen ? chen : pick(recipients);
      const [callerName, callerCompany, callerPhone] = pick(CALLERS);
      const r = await api.call('front_desk', 'POST', '/front-desk/messages', {
        propertyId,
        recipientEntryId: to.id,
        callerName,
        callerCompany,
        callerPhone,
        content: pick(CONTENTS),
        urgent: rand() < 0.12,
      });
      if (!r.ok) continue;
      // Today's and a couple from Friday stay open: the morning's undelivered list.
      const open = d === 0 || (d <= 3 && i === n - 1);
      if (open) continue;
      api.at(when.add(20 + Math.floor(rand() * 90), 'minute').toDate());
      if (forChen) await api.call('tenant', 'POST', `/front-desk/messages/${r.data.id}/acknowledge`);
      else await api.call('front_desk', 'POST', `/front-desk/messages/${r.data.id}/deliver`, { how: rand() < 0.7 ? 'phone' : 'in_person' });
    }
    const calls = d === 0 ? 2 : 3 + Math.floor(rand() * 5);
    for (let i = 0; i < calls; i++) {
      const when = d === 0 ? day.hour(7).minute(30 + i * 7) : day.hour(8 + Math.floor(rand() * 10)).minute(Math.floor(rand() * 60));
      if (when.valueOf() > limit) continue;
      api.at(when.toDate());
      const [topic, dep] = pick(TOPICS);
      const [callerName, , callerPhone] = pick(CALLERS);
      await api.call('front_desk', 'POST', '/front-desk/calls', {
        propertyId,
        callerName,
        callerPhone,
        topic,
        departmentEntryId: dep ? (depts.get(dep)?.id ?? null) : null,
        durationMin: 1 + Math.floor(rand() * 5),
      });
    }
  }
}
