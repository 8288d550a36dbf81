/** Texts of the notifications of incidents during a meeting (SPEC M8): an equipment failure to AV, a serious incident escalated. */
import { AV_EMERGENCY_PLAN_ZH } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingLine } from '../meeting/meeting.format.ts';

export const equipmentFailureText = (n: { number: string }, description: string) => ({
  title: `会中设备故障 ${n.number}，请启动应急预案`,
  body: `${description}\n${AV_EMERGENCY_PLAN_ZH}`,
});

export const escalatedText = (n: { number: string; content: NoticeContent }, description: string, f: (d: Date | string) => string) => ({
  title: `会议重大事件上报 ${n.number}`,
  body: `${meetingLine(n, f)}：${description}`,
});
