/**
 * Demo history of the executive floor: every working morning the thermos round (made by the job, done by
 * the meeting staff before work), and a few requests a day from the executives' offices — tea for guests,
 * cleaning and repairs while the executive is out — accepted and completed by the departments. Today's
 * round is partly done; a cleaning for this afternoon is still open.
 */
import type { FrontDeskDemo } from '../front-desk.demo.ts';
import { runThermosRound } from './executive-floor.jobs.ts';

const ASKS = [
  { kind: 'tea', detail: '来客 4 位，绿茶', dept: 'meeting_staff' },
  { kind: 'cleaning', detail: '会见结束后整理会客区', dept: 'cleaner', whenOut: true },
  { kind: 'repair', detail: '办公室台灯不亮', dept: 'engineer', whenOut: true },
  { kind: 'meeting_prep', detail: '下午小会议室座谈，准备 8 人茶歇', dept: 'meeting_staff' },
  { kind: 'tea', detail: '续水', dept: 'meeting_staff' },
  { kind: 'repair', detail: '空调出风口异响', dept: 'engineer', whenOut: true },
] as const;

export async function demoExecutiveFloor(demo: FrontDeskDemo) {
  const { api, propertyId, rand, today } = demo;
  const executives = [...demo.directory.values()].filter((e) => e.executive);
  if (!executives.length) return;
  const realNow = demo.now.getTime();
  for (let d = 21; d >= 0; d--) {
    const day = today.subtract(d, 'day');
    if (day.day() === 0 || day.day() === 6) continue;
    // 07:00: the job makes the round; 08:05–08:25 the meeting staff change the thermoses.
    const seven = day.hour(7).minute(0).toDate();
    if (seven.getTime() > realNow) break;
    await runThermosRound(demo.db, seven);
    const round = await api.call(
      'meeting_staff',
      'GET',
      `/front-desk/executive-requests?propertyId=${propertyId}&date=${day.format('YYYY-MM-DD')}`,
    );
    for (const [i, r] of ((round.ok ? round.data.data : []) as { id: string; kind: string; status: string }[]).entries()) {
      if (r.kind !== 'hot_water' || r.status !== 'open') continue;
      const at = day
        .hour(8)
        .minute(5 + i * 5)
        .toDate();
      if (at.getTime() > realNow || (d === 0 && i === executives.length - 1)) continue; // today: the last office still to do
      api.at(at);
      await api.call('meeting_staff', 'POST', `/front-desk/executive-requests/${r.id}/complete`, {});
    }
    // One to three requests from the offices during the day.
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
      const ask = ASKS[Math.floor(rand() * ASKS.length)]!;
      const exec = executives[Math.floor(rand() * executives.length)]!;
      const at = day.hour(9 + Math.floor(rand() * 6)).minute(Math.floor(rand() * 60));
      if (at.valueOf() > realNow) continue;
      api.at(at.toDate());
      const out = 'whenOut' in ask;
      const r = await api.call('front_desk', 'POST', '/front-desk/executive-requests', {
        propertyId,
        executiveId: exec.id,
        kind: ask.kind,
        detail: ask.detail,
        whenOut: out,
        ...(out ? { windowFrom: at.add(2, 'hour').toISOString(), windowTo: at.add(4, 'hour').toISOString() } : {}),
        via: rand() < 0.8 ? 'phone' : 'in_person',
      });
      if (!r.ok) continue;
      const finish = at.add(out ? 150 : 20, 'minute');
      if (finish.valueOf() > realNow) continue; // still to do today
      api.at(at.add(5, 'minute').toDate());
      await api.call(ask.dept, 'POST', `/front-desk/executive-requests/${r.data.id}/accept`, {});
      api.at(finish.toDate());
      await api.call(ask.dept, 'POST', `/front-desk/executive-requests/${r.data.id}/complete`, { note: '已完成' });
    }
  }
}
