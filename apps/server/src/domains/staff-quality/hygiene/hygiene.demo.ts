/**
 * Demo history of the hygiene inspections: two months of sheets at the three levels — 许秀英 (内务主管) walks
 * the team sheets every week and the area sheets every half month, 马红梅 (客服部主管) the department's
 * sheets every month — mostly in the 90s, with the odd cigarette butt or wet floor; this week's team sheets
 * are half done, so the due view has work in it.
 */
import { HYGIENE_AREA_CODES, HYGIENE_ITEMS, type HygieneLevel } from '@hy/contracts';
import type { QualityDemo } from '../staff-quality.demo.ts';
import { periodOf } from './hygiene.rules.ts';

const NOTES: Record<string, string[]> = {
  butts: ['消防通道有烟头', '车库出口烟头未清', '吸烟区外有烟头'],
  paper: ['电梯厅角落有纸屑', '楼梯间有纸屑'],
  peel: ['垃圾桶旁有果皮'],
  spit: ['楼梯扶手旁有痰迹'],
  clutter: ['消防通道堆放纸箱', '杂物间门口堆放清洁工具'],
  surfaces: ['大堂玻璃门有手印', '卫生间地面有积水', '墙角有污渍'],
  fixtures: ['消火栓箱顶有积尘', '电梯按钮面板有指印'],
  odour: ['卫生间有异味', '垃圾房异味较重'],
};
const REMARKS = ['已通知保洁领班当场整改', '整改后复查合格', '请保洁公司加强巡回保洁', null, null, null];

export async function demoHygiene(demo: QualityDemo) {
  const { api, propertyId, rand, today } = demo;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const start = today.subtract(62, 'day');
  const record = async (
    role: 'housekeeping_supervisor' | 'cs_supervisor',
    level: HygieneLevel,
    area: string,
    day: typeof today,
    hour: number,
  ) => {
    const at = day
      .hour(hour)
      .minute(Math.floor(rand() * 50))
      .toDate();
    if (at > demo.now) return;
    api.at(at);
    const n = rand() < 0.2 ? 0 : rand() < 0.55 ? 1 : rand() < 0.8 ? 2 : 3;
    const items = Array.from({ length: n }, () => pick(HYGIENE_ITEMS))
      .filter((it, i, a) => a.findIndex((x) => x.code === it.code) === i)
      .map((it) => ({ code: it.code, deduction: 2 + Math.floor(rand() * Math.min(8, it.points - 1)), note: pick(NOTES[it.code]!) }));
    await api.call(role, 'POST', '/quality/hygiene-inspections', {
      propertyId,
      level,
      area,
      inspectedOn: day.format('YYYY-MM-DD'),
      items,
      remarks: items.length ? pick(REMARKS) : null,
    });
  };
  const thisWeek = periodOf('team', today.format('YYYY-MM-DD')).start;
  for (let d = start; !d.isAfter(today); d = d.add(1, 'day')) {
    const ymd = d.format('YYYY-MM-DD');
    // Team sheets on Tuesdays (this week: three areas only).
    if (d.day() === 2)
      for (const [i, area] of HYGIENE_AREA_CODES.entries())
        if (periodOf('team', ymd).start !== thisWeek || i < 3) await record('housekeeping_supervisor', 'team', area, d, 9 + i);
    // Area sheets on the 8th and the 23rd.
    if (d.date() === 8 || d.date() === 23)
      for (const [i, area] of HYGIENE_AREA_CODES.entries()) await record('housekeeping_supervisor', 'area', area, d, 14 + (i % 3));
    // The department's sheets on the 26th.
    if (d.date() === 26)
      for (const [i, area] of HYGIENE_AREA_CODES.entries()) await record('cs_supervisor', 'department', area, d, 9 + (i % 4));
  }
}
