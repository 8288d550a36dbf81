/**
 * Demo history of the training plan: last month's and this month's sessions for the front desk, the mail
 * room and the housekeeping side; the sessions already held have their attendance (one absence on leave).
 */
import type { Role } from '@hy/contracts';
import type { QualityDemo } from '../staff-quality.demo.ts';

const SESSIONS: { day: number; hour: number; topic: string; trainer: string; place: string; roles: Role[]; people: string[] }[] = [
  {
    day: 6,
    hour: 14,
    topic: '前台礼貌用语与接待规范',
    trainer: '马红梅',
    place: '三楼培训室',
    roles: ['front_desk', 'mail_clerk'],
    people: ['刘婷婷', '杨晓峰'],
  },
  {
    day: 13,
    hour: 15,
    topic: '卫生知识与保洁标准',
    trainer: '许秀英',
    place: '三楼培训室',
    roles: ['front_desk', 'mail_clerk', 'housekeeping_supervisor'],
    people: ['刘婷婷', '杨晓峰'],
  },
  {
    day: 20,
    hour: 14,
    topic: '投诉处理与回访技巧',
    trainer: '马红梅',
    place: '客服部会议室',
    roles: ['front_desk', 'tenant_rep'],
    people: ['刘婷婷', '宋文博'],
  },
  {
    day: 27,
    hour: 10,
    topic: '消防安全与应急疏散',
    trainer: '梁振华',
    place: '一楼多功能厅',
    roles: ['front_desk', 'mail_clerk', 'tenant_rep'],
    people: ['刘婷婷', '杨晓峰', '宋文博'],
  },
];

export async function demoTraining(demo: QualityDemo) {
  const { api, propertyId, rand, today } = demo;
  for (const monthStart of [today.startOf('month').subtract(1, 'month'), today.startOf('month')]) {
    for (const s of SESSIONS) {
      const startsAt = monthStart.date(s.day).hour(s.hour);
      api.at(monthStart.subtract(3, 'day').hour(9).toDate() > demo.now ? demo.now : monthStart.subtract(3, 'day').hour(9).toDate());
      const r = await api.call('cs_supervisor', 'POST', '/quality/training-sessions', {
        propertyId,
        topic: s.topic,
        trainer: s.trainer,
        startsAt: startsAt.format(),
        minutes: 90,
        place: s.place,
        audienceRoles: s.roles,
      });
      const after = startsAt.add(2, 'hour').toDate();
      if (!r.ok || after > demo.now) continue;
      api.at(after);
      const entries = s.people
        .filter((p) => demo.staff.has(p))
        .map((p) => {
          const absent = rand() < 0.15;
          const score = 70 + Math.floor(rand() * 30);
          return absent
            ? { userId: demo.staff.get(p)!, attended: false, absenceReason: rand() < 0.5 ? '病假' : '当班无法离岗' }
            : { userId: demo.staff.get(p)!, attended: true, score, passed: score >= 80 };
        });
      if (entries.length) await api.call('cs_supervisor', 'PUT', `/quality/training-sessions/${r.data.id}/attendance`, { entries });
    }
  }
}
