/**
 * Demo history of the contractor's evaluation: the month before last drafted by 许秀英 and confirmed by
 * 马红梅; last month drafted and waiting for the manager's confirmation.
 */
import type { QualityDemo } from '../staff-quality.demo.ts';

const TERMS = { contractorName: '洁美保洁服务有限公司', contractAmountFen: 6_800_000, fullPayScore: 90, deductBpPerPoint: 100 };

export async function demoContractor(demo: QualityDemo) {
  const { api, propertyId, today } = demo;
  const first = today.startOf('month');
  const older = first.subtract(2, 'month');
  const last = first.subtract(1, 'month');
  api.at(first.subtract(1, 'month').date(2).hour(10).toDate());
  const a = await api.call('housekeeping_supervisor', 'POST', '/quality/contractor-evaluations', {
    propertyId,
    month: older.format('YYYY-MM'),
    ...TERMS,
    remarks: '本月保洁质量总体良好，车库地面清洁需加强',
  });
  api.at(first.subtract(1, 'month').date(3).hour(15).toDate());
  if (a.ok) await api.call('cs_supervisor', 'POST', `/quality/contractor-evaluations/${a.data.id}/confirm`, {});
  const at = first.date(2).hour(10).toDate();
  api.at(at > demo.now ? demo.now : at);
  await api.call('housekeeping_supervisor', 'POST', '/quality/contractor-evaluations', {
    propertyId,
    month: last.format('YYYY-MM'),
    ...TERMS,
    remarks: '卫生间异味问题已多次整改',
  });
}
