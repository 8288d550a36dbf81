/**
 * Demo history of evaluations: the project manager keeps four criteria; 马红梅 evaluates 刘婷婷 (总台) and
 * 杨晓峰 (收发员) for last month, and spot-checks the front desk about every ten days (a slow answer once).
 */
import type { QualityDemo } from '../staff-quality.demo.ts';

const CRITERIA = [
  ['工作态度', 25],
  ['业务技能', 30],
  ['仪容仪表', 20],
  ['服务规范与纪律', 25],
] as const;
const NOTES = {
  three_rings: '电话响第四声才接听',
  standard_phrases: '未使用“您好，请问有什么可以帮您”',
  appearance: '未佩戴工牌',
} as Record<string, string>;

export async function demoEvaluations(demo: QualityDemo) {
  const { api, propertyId, rand, today } = demo;
  api.at(today.subtract(62, 'day').hour(9).toDate());
  const ids: { id: string; max: number }[] = [];
  for (const [name, maxScore] of CRITERIA) {
    const r = await api.call('project_manager', 'POST', '/quality/evaluation-criteria', { propertyId, name, maxScore });
    if (r.ok) ids.push({ id: r.data.id, max: maxScore });
  }
  const last = today.startOf('month').subtract(1, 'month');
  for (const [n, person] of (['刘婷婷', '杨晓峰'] as const).entries()) {
    const staffId = demo.staff.get(person);
    if (!staffId || !ids.length) continue;
    const at = today
      .startOf('month')
      .add(1 + n, 'day')
      .hour(16)
      .toDate();
    api.at(at > demo.now ? demo.now : at);
    await api.call('cs_supervisor', 'POST', '/quality/evaluations', {
      propertyId,
      staffId,
      month: last.format('YYYY-MM'),
      scores: ids.map((c) => ({ criterionId: c.id, score: c.max - Math.floor(rand() * 5) })),
      remarks: n === 0 ? '接待热情，业务熟练，继续保持' : '收发登记规范，个别邮件通知不及时',
    });
  }
  const checks = ['appearance', 'three_rings', 'standard_phrases', 'complaint_follow_up'];
  for (let d = 60; d >= 2; d -= 10) {
    for (const person of ['刘婷婷', '杨晓峰']) {
      const staffId = demo.staff.get(person);
      if (!staffId) continue;
      api.at(
        today
          .subtract(d, 'day')
          .hour(person === '刘婷婷' ? 10 : 18)
          .minute(20)
          .toDate(),
      );
      const miss = rand() < 0.3 ? checks[Math.floor(rand() * 3)] : null;
      await api.call('cs_supervisor', 'POST', '/quality/spot-checks', {
        propertyId,
        staffId,
        points: checks.map((code) => ({ code, passed: code !== miss, note: code === miss ? NOTES[code] : null })),
        remarks: miss ? '已当面指出并要求改正' : null,
      });
    }
  }
}
