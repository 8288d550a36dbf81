/**
 * Demo history of the guest floor, told day by day through the real API (one story across the sub-features, as
 * the attendant lives it): 北楼 8F, rooms 801–812 (标准间, 大床房, 套房, 公寓); three weeks of stays for guests
 * of 市财政局, 市发改委, 市教育局 and others — keys issued and returned (one lost and charged), linen counted out
 * and back; the 房态核对表 signed every morning (one discrepancy, one room found out of order and repaired);
 * every vacated room inspected and cleaned (a 充电器 and a 眼镜盒 left behind, the charger handed in); the dirty
 * linen sent to the laundry every three days (one batch came back two pillowcases short); one stranger reported
 * on the floor and dealt with by security. Today: guests in house, a room vacated yesterday waiting for its
 * inspection, one out of order, today's check sheet still to sign.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { CheckLine, GuestRoom, RoomType } from '@hy/contracts';
import { properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
const body = (r: DemoResult): any => (r.ok ? r.data : null);

const ROOMS: [string, RoomType, number][] = [
  ['801', 'standard', 2],
  ['802', 'standard', 2],
  ['803', 'standard', 2],
  ['804', 'standard', 2],
  ['805', 'king', 1],
  ['806', 'king', 1],
  ['807', 'king', 1],
  ['808', 'suite', 1],
  ['809', 'suite', 1],
  ['810', 'apartment', 2],
  ['811', 'apartment', 2],
  ['812', 'apartment', 2],
];
/** [day offset in, nights, host unit, guests, room type, rooms] */
const STAYS: [number, number, string, string[], RoomType, number][] = [
  [-21, 3, '市财政局', ['王建国', '李卫东'], 'standard', 1],
  [-20, 4, '市发改委', ['陈志强'], 'king', 1],
  [-19, 2, '市教育局', ['刘秀英', '张丽华', '赵敏', '孙桂芳'], 'standard', 2],
  [-17, 5, '市财政局', ['周文斌'], 'suite', 1],
  [-16, 7, '市发改委', ['吴海涛'], 'apartment', 1],
  [-14, 3, '市教育局', ['郑晓明', '黄志刚'], 'standard', 1],
  [-12, 2, '市卫健委', ['何秀兰'], 'king', 1],
  [-11, 4, '市财政局', ['林振华', '徐国庆', '曹文军', '彭建华'], 'standard', 2],
  [-9, 3, '市发改委', ['马丽娟'], 'king', 1],
  [-8, 6, '市教育局', ['高建军'], 'apartment', 1],
  [-6, 3, '市住建局', ['罗志远', '梁晓东'], 'standard', 1],
  [-4, 4, '市财政局', ['宋建平'], 'suite', 1],
  [-3, 2, '市审计局', ['许振东'], 'standard', 1],
  [-3, 5, '市发改委', ['谢明辉', '韩冬梅'], 'standard', 1],
  [-2, 3, '市教育局', ['唐国华'], 'apartment', 1],
  [-1, 2, '市财政局', ['冯志勇'], 'king', 1],
];
const LOST_KEY_STAY = 4;
/** Stays whose inspection finds something left behind: [stay index, item, valuable, handed in]. */
const LEFT: [number, string, boolean, boolean][] = [
  [6, '手机充电器（白色）', false, true],
  [10, '眼镜盒（内有老花镜）', false, false],
];
const linenFor = (beds: number) => ({ sheet: beds, duvet_cover: beds, pillowcase: beds * 2, bath_towel: 2, face_towel: 2, glass: 2 });

export async function demoGuestRooms(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const api = demoApi(app, 'guest rooms demo');
  const today = dayjs(api.now()).tz('Asia/Shanghai').startOf('day');
  const at = (d: number, hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return today.add(d, 'day').hour(h!).minute(m!).toDate();
  };
  const dayOf = (d: number) => today.add(d, 'day').format('YYYY-MM-DD');
  try {
    api.at(at(-23, '10:00'));
    for (const [number, roomType, beds] of ROOMS)
      await api.call('housekeeping_supervisor', 'POST', '/guest-rooms', {
        propertyId: pid,
        building: '北楼',
        floor: 8,
        number,
        roomType,
        beds,
      });
    await api.call('housekeeping_supervisor', 'POST', '/guest-linen/receive', {
      propertyId: pid,
      counts: { sheet: 40, duvet_cover: 36, pillowcase: 64, bath_towel: 48, face_towel: 48, glass: 48 },
      note: '新领用布草、杯具入库',
    });
    const board = async () =>
      (body(await api.call('housekeeping_supervisor', 'GET', `/guest-rooms?propertyId=${pid}`))?.data ?? []) as GuestRoom[];
    const stayIds = new Map<number, string>();
    const outs: { stay: number; inspectionId?: string }[] = [];
    let lastBatch: string | null = null;
    for (let d = -21; d <= 0; d++) {
      // The morning round: the 房态核对表 of the day (today's is left to walk).
      if (d < 0) {
        api.at(at(d, '09:10'));
        const sheet = await api.call('housekeeping_supervisor', 'GET', `/guest-room-checks/sheet?propertyId=${pid}&day=${dayOf(d)}`);
        if (sheet.ok) {
          const lines = (sheet.data.lines as CheckLine[]).map((l) => {
            if (d === -10 && l.number === '802' && l.recorded === 'vacant_clean')
              return { roomId: l.roomId, observed: 'vacant_dirty', note: '床单有污渍，已安排重新清洁' };
            if (d === -5 && l.number === '807' && l.recorded === 'vacant_clean')
              return { roomId: l.roomId, observed: 'out_of_order', note: '卫生间马桶漏水' };
            return { roomId: l.roomId, observed: l.recorded, note: null };
          });
          await api.call('housekeeping_supervisor', 'POST', '/guest-room-checks', { propertyId: pid, day: dayOf(d), lines });
        }
        if (d === -10) {
          const r802 = (await board()).find((r) => r.number === '802');
          if (r802?.status === 'vacant_clean') {
            await api.call('housekeeping_supervisor', 'POST', `/guest-rooms/${r802.id}/status`, {
              status: 'vacant_dirty',
              reason: '床单有污渍',
            });
            api.at(at(d, '10:30'));
            await api.call('housekeeping_supervisor', 'POST', `/guest-rooms/${r802.id}/status`, { status: 'vacant_clean' });
          }
        }
      }
      // Laundry back from yesterday's batch (one batch two pillowcases short).
      if (lastBatch && d < 0) {
        api.at(at(d, '10:00'));
        const b = body(await api.call('housekeeping_supervisor', 'GET', `/guest-laundry?propertyId=${pid}`))?.data?.find(
          (x: { id: string }) => x.id === lastBatch,
        );
        if (b) {
          const counts = { ...b.sent } as Record<string, number>;
          if (d === -9 && counts.pillowcase) counts.pillowcase = Math.max(0, counts.pillowcase - 2);
          await api.call('housekeeping_supervisor', 'POST', `/guest-laundry/${lastBatch}/return`, {
            counts,
            note: d === -9 ? '洗衣房送回时清点少枕套 2 只，已通知洗衣房查找' : null,
          });
        }
        lastBatch = null;
      }
      // Check-outs due (before today): keys and linen counted back, the rooms vacant dirty.
      for (const [i, s] of STAYS.entries()) {
        const id = stayIds.get(i);
        if (!id || s[0] + s[1] !== d || d >= 0) continue;
        api.at(at(d, '11:00'));
        const stay = body(await api.call('front_desk', 'GET', `/guest-stays/${id}`));
        if (!stay) continue;
        const lost = i === LOST_KEY_STAY;
        await api.call('front_desk', 'POST', `/guest-stays/${id}/check-out`, {
          rooms: stay.rooms.map((r: { roomId: string; keysIssued: number; linenOut: Record<string, number> }) => ({
            roomId: r.roomId,
            keysReturned: lost ? r.keysIssued - 1 : r.keysIssued,
            ...(lost ? { keyOutcome: 'lost_charged', keyNote: '客人遗失门卡 1 张，按 50 元赔偿，已补制' } : {}),
            linenBack: r.linenOut,
          })),
          note: lost ? '门卡遗失已赔偿' : null,
        });
        outs.push({ stay: i });
      }
      // The vacated rooms inspected and cleaned (yesterday's last one waits for today).
      for (const o of outs.filter((x) => !x.inspectionId)) {
        const s = STAYS[o.stay]!;
        if (s[0] + s[1] !== d || d === -1) continue;
        const stay = body(await api.call('front_desk', 'GET', `/guest-stays/${stayIds.get(o.stay)}`));
        for (const r of stay?.rooms ?? []) {
          api.at(at(d, '11:40'));
          const left = LEFT.find((x) => x[0] === o.stay);
          const ins = await api.call('housekeeping_supervisor', 'POST', '/guest-inspections', {
            roomId: r.roomId,
            consumables: '矿泉水 2 瓶已补',
            damage: null,
            leftItems: left ? [{ description: left[1], valuable: left[2] }] : [],
          });
          if (!ins.ok) continue;
          o.inspectionId = ins.data.id;
          if (left?.[3])
            for (const item of ins.data.leftItems) {
              api.at(at(d, '12:10'));
              await api.call('housekeeping_supervisor', 'POST', `/guest-left-items/${item.id}/hand-in`, { handedToName: '前台 林晓燕' });
            }
          api.at(at(d, '13:30'));
          await api.call('housekeeping_supervisor', 'POST', `/guest-inspections/${ins.data.id}/cleaned`);
        }
      }
      if (d === -2) {
        const r807 = (await board()).find((r) => r.number === '807');
        if (r807?.status === 'out_of_order') {
          api.at(at(d, '10:20'));
          await api.call('housekeeping_supervisor', 'POST', `/guest-rooms/${r807.id}/status`, {
            status: 'vacant_dirty',
            reason: '工程部已修复马桶',
          });
          api.at(at(d, '11:10'));
          await api.call('housekeeping_supervisor', 'POST', `/guest-rooms/${r807.id}/status`, { status: 'vacant_clean' });
        }
      }
      // Check-ins of the day: the first vacant-clean rooms of the type, a key each, linen counted out.
      for (const [i, [din, nights, unit, guests, type, count]] of STAYS.entries()) {
        if (din !== d) continue;
        api.at(at(d, i % 2 ? '15:20' : '14:30'));
        const free = (await board()).filter((r) => r.status === 'vacant_clean' && r.roomType === type).slice(0, count);
        if (free.length < count) continue;
        const r = await api.call('front_desk', 'POST', '/guest-stays', {
          propertyId: pid,
          hostUnit: unit,
          guests,
          contactPhone: `1390571${String(2000 + i * 73).padStart(4, '0')}`,
          roomType: type,
          roomIds: free.map((x) => x.id),
          plannedCheckOutOn: dayOf(d + nights),
          keysPerRoom: 1,
          linenPerRoom: linenFor(type === 'standard' || type === 'apartment' ? 2 : 1),
          handoverNote: i % 3 === 0 ? `${unit}客人${guests[0]}次日 7:00 叫早` : null,
        });
        if (r.ok) stayIds.set(i, r.data.id);
      }
      if (d === -6) {
        api.at(at(d, '21:40'));
        const rep = await api.call('cleaner', 'POST', '/guest-strangers', {
          propertyId: pid,
          building: '北楼',
          floor: '8F',
          place: '电梯厅至 806 走廊',
          seenAt: at(d, '21:25').toISOString(),
          description: '男性，约 40 岁，灰色夹克，背黑色双肩包，在走廊来回走动并逐间查看房号，询问未答',
        });
        if (rep.ok) {
          api.at(at(d, '22:05'));
          await api.call('security', 'POST', `/guest-strangers/${rep.data.id}/close`, {
            followUp: '保安到场核实：为外卖配送员走错楼层，已登记身份证并引导离开',
          });
        }
      }
      if (d === -1) {
        const r811 = (await board()).find((r) => r.number === '811');
        if (r811?.status === 'vacant_clean') {
          api.at(at(d, '16:00'));
          await api.call('housekeeping_supervisor', 'POST', `/guest-rooms/${r811.id}/status`, {
            status: 'out_of_order',
            reason: '空调不制冷，已报工程部',
          });
        }
      }
      // Every third evening the dirty linen goes to the laundry.
      if (d < 0 && (d + 21) % 3 === 2) {
        api.at(at(d, '17:00'));
        const stock = body(await api.call('housekeeping_supervisor', 'GET', `/guest-linen?propertyId=${pid}`))?.data ?? [];
        const counts = Object.fromEntries(
          (stock as { item: string; dirty: number }[]).filter((x) => x.dirty > 0).map((x) => [x.item, x.dirty]),
        );
        if (Object.keys(counts).length) {
          const b = await api.call('housekeeping_supervisor', 'POST', '/guest-laundry', { propertyId: pid, counts, note: null });
          if (b.ok) lastBatch = b.data.id;
        }
      }
    }
  } finally {
    await api.finish();
  }
}
