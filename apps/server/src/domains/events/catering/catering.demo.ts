/**
 * Demo of the events' catering, continuing ../event/event.demo.ts: 黄丽娟 (后勤保障组 leader) generates each
 * conference's meals with 深圳市鹏城餐饮服务有限公司 at 五洲宾馆, adds two or three menu options per lunch and dinner
 * (标准桌餐 ¥80/位, 商务自助 ¥120/位, 清真套餐) and chooses one, and staff meals. The past conference's counts went
 * to the caterer the day before and every meal was served with its real count (a little under the registrations)
 * signed by the caterer; the coming one's meals are chosen and follow the registrations live.
 */
import type { FastifyInstance } from 'fastify';
import type { CateringView, EventMeal } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const LUNCH = [
  { name: '商务自助', priceFen: 12000, dishes: ['冷盘八款', '白切鸡', '清蒸鲈鱼', '蒜蓉西兰花', '扬州炒饭', '老火靓汤', '时令水果'] },
  { name: '标准桌餐', priceFen: 8000, dishes: ['烧鹅拼盘', '豉汁蒸排骨', '白灼基围虾', '清炒时蔬', '例汤', '米饭'] },
  { name: '清真套餐', priceFen: 9000, dishes: ['孜然羊肉', '清炖牛腩', '香菇菜心', '清真点心'] },
];
const DINNER = [
  { name: '标准桌餐', priceFen: 15000, dishes: ['潮汕卤水拼盘', '清蒸石斑鱼', '脆皮烧鸡', '上汤娃娃菜', '瑶柱蛋白炒饭', '老火汤'] },
  { name: '商务自助', priceFen: 12000, dishes: ['刺身拼盘', '烤牛排', '椒盐虾', '时蔬', '甜品水果'] },
];
const TEA = [{ name: '标准茶歇', priceFen: 3500, dishes: ['红茶', '咖啡', '时令水果', '中式点心', '矿泉水'] }];

export async function demoCatering(app: FastifyInstance, events: DemoEvent[]) {
  const api = demoApi(app, 'events catering demo');
  const tz = 'Asia/Shanghai';
  try {
    for (const e of events) {
      const start = dayjs.tz(`${e.startsOn} 10:00`, tz);
      api.at(start.subtract(e.past ? 14 : 8, 'day').toDate());
      const made = await api.call('meeting_staff', 'POST', `/events/${e.id}/catering/defaults`, {
        place: '五洲宾馆二楼宴会厅',
        catererName: '深圳市鹏城餐饮服务有限公司',
        catererContact: '刘志明',
        catererPhone: '0755-83265588',
      });
      if (!made.ok) continue;
      let meals = (made.data as CateringView).meals;
      for (const [i, m] of meals.entries()) {
        const base = `/events/${e.id}/catering/meals/${m.id}`;
        if (m.kind === 'tea') await api.call('meeting_staff', 'PATCH', base, { place: '会议大厦三楼主会场外休息区', staffCount: 8 });
        else await api.call('meeting_staff', 'PATCH', base, { staffCount: m.kind === 'lunch' ? 12 : 6 });
        const options = m.kind === 'lunch' ? LUNCH : m.kind === 'dinner' ? DINNER : TEA;
        let after: EventMeal | undefined;
        for (const o of options) {
          const r = await api.call('meeting_staff', 'POST', `${base}/menus`, o);
          if (r.ok) after = (r.data as CateringView).meals.find((x) => x.id === m.id);
        }
        // Day one's lunch is a buffet, the other lunches are served at tables.
        const pick = m.kind === 'lunch' && i > 4 ? 1 : 0;
        const menu = after?.menus[pick];
        if (menu) await api.call('meeting_staff', 'POST', `${base}/menus/${menu.id}/choose`, {});
        if (m.kind === 'lunch' && pick === 1) await api.call('meeting_staff', 'PATCH', base, { style: 'table' });
      }
      if (!e.past) continue;
      // The day before: the counts went to the caterer (what the job does, here as the logistics leader did it by hand).
      api.at(start.subtract(1, 'day').hour(11).toDate());
      for (const m of meals) await api.call('meeting_staff', 'POST', `/events/${e.id}/catering/meals/${m.id}/confirm`, {});
      const now = await api.call('meeting_staff', 'GET', `/events/${e.id}/catering`);
      if (now.ok) meals = (now.data as CateringView).meals;
      // After each meal the caterer's 刘志明 signs the real count on 黄丽娟's phone.
      for (const [i, m] of meals.entries()) {
        api.at(dayjs(m.startsAt).add(75, 'minute').toDate());
        const sig = await api.call('meeting_staff', 'POST', '/signatures', { propertyId: e.propertyId, signerName: '刘志明', image: PNG });
        if (!sig.ok) continue;
        const ordered = m.orderedCount ?? m.planned;
        await api.call('meeting_staff', 'POST', `/events/${e.id}/catering/meals/${m.id}/sign`, {
          actualCount: Math.max(0, ordered - 1 - (i % 4)),
          signerName: '刘志明',
          signatureFileId: sig.data.id,
        });
      }
    }
  } finally {
    await api.finish();
  }
}
