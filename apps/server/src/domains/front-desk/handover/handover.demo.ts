/**
 * Demo history of the shift handover: three weeks of handovers, two a day — the day shift (刘婷婷, front_desk)
 * hands over at 16:50 to the evening shift (杨晓峰, mail_clerk), who hands back at 07:50 — each drawn up from
 * the other sub-features' demo records at that moment, acknowledged item by item and accepted; this morning's
 * handover of the night shift is submitted and waits for the day shift to take it over.
 */
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const DAY_NOTES = [
  '今日工作正常，来访登记、邮件收发均已交接清楚。',
  '3 号电梯下午停梯检修，已通知工程部，明早复查运行情况。',
  '市财政局来电：明天上午有上级检查，访客较多，请提前准备访客单。',
  '大堂东侧地面有积水，已通知保洁处理，请夜班留意。',
  '会务服务部通知：明早 8:30 第一会议室布场，请早班配合开门。',
  '今日快递较多，未领件已按格口放好，明早请继续提醒收件人领取。',
  '下午雷阵雨，借出雨伞较多，归还时请清点数量。',
  null,
];
const NIGHT_NOTES = [
  '夜间无异常，总机话务正常。',
  '22:40 秩序维护部巡查发现 5 楼茶水间灯未关，已处理。',
  '凌晨 1:15 市应急管理局来电找值班领导，已按通讯录转接。',
  '夜间收到加急文件一份，已登记放入机要柜，待收件人本人领取。',
  '消防控制室 3:20 报一次误报，已复位，已记录。',
  null,
];
const EXTRAS = [
  ['601 室钥匙暂存总台', '市财政局陈静明早来取'],
  ['大堂 LED 屏显示不全', '已报工程部，待维修'],
  ['遗失物品：黑色雨伞一把', '放在总台柜内，等待失主认领'],
  ['明早 8:00 送水公司送桶装水 20 桶', '请核对数量后签收'],
] as const;
const REMARKS = ['已核对', '已电话通知本人', '已知悉', '已提醒领取', '已清点'];

type Handover = { id: string; items: { id: string }[] };

export async function demoHandover(demo: FrontDeskDemo) {
  const { api, propertyId, rand } = demo;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const limit = demo.now.getTime() - 5 * 60_000;
  const write = async (role: 'front_desk' | 'mail_clerk', at: Date, notes: string | null) => {
    if (at.getTime() > limit) return null;
    api.at(at);
    const extra = rand() < 0.25 ? [pick(EXTRAS)] : [];
    const r = await api.call(role, 'POST', '/front-desk/handovers', {
      propertyId,
      notes,
      extraItems: extra.map(([title, detail]) => ({ title, detail })),
    });
    return r.ok ? (r.data as Handover) : null;
  };
  const takeOver = async (role: 'front_desk' | 'mail_clerk', h: Handover | null, at: Date) => {
    if (!h || at.getTime() > limit) return;
    for (const [n, item] of h.items.entries()) {
      api.at(new Date(at.getTime() + n * 20_000));
      await api.call(
        role,
        'POST',
        `/front-desk/handovers/${h.id}/items/${item.id}/acknowledge`,
        rand() < 0.2 ? { remark: pick(REMARKS) } : {},
      );
    }
    api.at(new Date(at.getTime() + h.items.length * 20_000 + 60_000));
    await api.call(role, 'POST', `/front-desk/handovers/${h.id}/accept`, { remark: rand() < 0.3 ? '已接班，情况清楚' : null });
  };
  for (let d = 21; d >= 1; d--) {
    const day = demo.today.subtract(d, 'day');
    // The day shift hands over to the evening shift …
    const dayHandover = await write('front_desk', day.hour(16).minute(50).toDate(), pick(DAY_NOTES));
    await takeOver('mail_clerk', dayHandover, day.hour(17).minute(3).toDate());
    // … which hands back the next morning.
    const morning = day.add(1, 'day');
    const night = await write('mail_clerk', morning.hour(7).minute(50).toDate(), pick(NIGHT_NOTES));
    if (d > 1) await takeOver('front_desk', night, morning.hour(8).minute(4).toDate());
  }
}
