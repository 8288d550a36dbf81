/**
 * Demo history of the mail room (three weeks, through the API on the simulated clock): each working day the
 * titles due counted at 08:40 (dailies, a weekly on Mondays; a few copies short or extra, held against the
 * carrier; one title stopped last week), parcels and letters logged through the day and most of them collected
 * (recipients and proxies), outgoing mail handed to the courier; a damaged parcel refused, a few unknown
 * recipients, a misdelivery, a parcel damaged in the desk's keeping; this morning a 机要 document and the
 * parcels still waiting — a real Monday.
 */
import type { DirectoryEntry, MailSubscription } from '@hy/contracts';
import { issueDue } from './mail.rules.ts';
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const CARRIERS = ['顺丰速运', '中国邮政', 'EMS', '京东物流', '中通快递', '圆通速递'];
const KINDS = ['express', 'express', 'parcel', 'parcel', 'registered_letter', 'remittance'] as const;
const PROXIES = ['李秘书', '王文书', '张干事', '刘助理', '赵科员'];
const UNKNOWN = ['陈晓东', '市档案局 收', '何建新'];
const PAPERS = [
  { title: '人民日报', publisher: '人民日报社', carrier: '中国邮政', recipientName: '市人民政府办公厅', perDay: 6 },
  { title: '深圳特区报', publisher: '深圳报业集团', carrier: '深圳报业发行站', recipientName: '市财政局', perDay: 4 },
  { title: '经济日报', publisher: '经济日报社', carrier: '中国邮政', recipientName: '市发展和改革委员会', perDay: 3 },
  { title: '中国财经报', publisher: '中国财经报社', carrier: '中国邮政', recipientName: '市财政局', perDay: 2 },
  {
    title: '瞭望',
    publisher: '新华通讯社',
    carrier: '中国邮政',
    recipientName: '市人民政府办公厅',
    perDay: 2,
    frequency: 'weekly',
    issueDay: 1,
  },
];

const tracking = (carrier: string, r: () => number) =>
  (carrier === '顺丰速运' ? 'SF' : carrier === 'EMS' || carrier === '中国邮政' ? 'EA' : carrier === '京东物流' ? 'JD' : 'YT') +
  String(Math.floor(r() * 9e11) + 1e11);

export async function demoMail(demo: FrontDeskDemo) {
  const { api, propertyId, rand } = demo;
  const people = [...demo.directory.values()].filter((e) => e.kind === 'person' && e.parentName);
  if (!people.length) return;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const realNow = Date.now();
  const inPast = (d: Date) => d.getTime() < realNow - 60_000;

  // The tenant user 陈静 (市财政局) gets her parcels in the portal: link her directory entry to her account.
  api.at(demo.start);
  const me = await api.call('tenant', 'GET', '/auth/me');
  const chen = demo.directory.get('陈静');
  if (me.ok && chen) await api.call('front_desk', 'PATCH', `/front-desk/directory/${chen.id}`, { userId: me.data.id });

  const subs: MailSubscription[] = [];
  for (const { recipientName, ...p } of PAPERS) {
    const entry = demo.directory.get(recipientName);
    const r = await api.call('mail_clerk', 'POST', '/front-desk/mail/subscriptions', {
      propertyId,
      ...p,
      ...(entry ? { recipientEntryId: entry.id } : { recipientName }),
    });
    if (r.ok) subs.push(r.data);
  }
  // The newspapers' counts of the days: a copy short now and then, once two, once one extra (held against the carrier).
  const count = (s: MailSubscription, age: number) => {
    if (age === 7 && s.title === '深圳特区报') return { received: s.perDay - 2, note: '发行站漏送两份，已电话催补' };
    if (age === 12 && s.title === '经济日报') return { received: s.perDay + 1, note: '多送一份，已交还投递员' };
    if (age === 3 && s.title === '人民日报') return { received: s.perDay - 1, note: '投递员少送一份，已电话联系邮局补送' };
    if (rand() < 0.04) return { received: s.perDay - 1, note: '少送一份，已联系投递单位' };
    return { received: s.perDay, note: null };
  };
  let stopped = false;

  const log = async (at: Date, body: Record<string, unknown>, role: 'mail_clerk' | 'front_desk' = 'mail_clerk') => {
    api.at(at);
    const r = await api.call(role, 'POST', '/front-desk/mail', { propertyId, ...body });
    return r.ok ? (r.data as { id: string; version: number; recipientName: string; policies: { proxyAllowed: boolean } }) : null;
  };
  const handOver = async (at: Date, item: { id: string; version: number; recipientName: string; policies: { proxyAllowed: boolean } }) => {
    if (!inPast(at)) return;
    api.at(at);
    const proxy = item.policies.proxyAllowed && rand() < 0.4;
    await api.call(rand() < 0.5 ? 'mail_clerk' : 'front_desk', 'POST', `/front-desk/mail/${item.id}/hand-over`, {
      version: item.version,
      signer: proxy ? 'proxy' : 'recipient',
      name: proxy ? pick(PROXIES) : item.recipientName,
      method: 'paper',
    });
  };
  const recipient = (): DirectoryEntry => (rand() < 0.15 && chen ? chen : pick(people));

  let misdelivery = false;
  let damaged = false;
  let spoiled = false;
  const days = [];
  for (let d = demo.today.subtract(21, 'day'); !d.isAfter(demo.today); d = d.add(1, 'day'))
    if (d.day() !== 0 && d.day() !== 6) days.push(d);
  for (const [k, d] of days.entries()) {
    /** Working days ago (0 today): the last working day's parcels are partly still waiting. */
    const age = days.length - 1 - k;
    const isToday = d.isSame(demo.today, 'day');
    const at = (h: number, m = 0) => d.hour(h).minute(m).toDate();

    // 08:40 the titles due counted against the subscriptions (a copy short now and then, held against the carrier).
    if (inPast(at(8, 40)))
      for (const s of subs) {
        if (stopped && s.title === '中国财经报') continue;
        if (!issueDue(s, d.format('YYYY-MM-DD'))) continue;
        api.at(at(8, 40));
        await api.call('mail_clerk', 'POST', '/front-desk/mail/newspaper-checks', {
          propertyId,
          subscriptionId: s.id,
          day: d.format('YYYY-MM-DD'),
          ...count(s, age),
        });
      }
    // Last week the finance bureau stopped its second paper (its counts stay).
    const paper = subs.find((s) => s.title === '中国财经报');
    if (!stopped && age === 4 && paper && inPast(at(17))) {
      stopped = true;
      api.at(at(17));
      await api.call('mail_clerk', 'PATCH', `/front-desk/mail/subscriptions/${paper.id}`, { active: false });
    }

    // Incoming items through the day; most collected within hours, the last days' ones still waiting.
    const n = 4 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const when = at(9 + Math.floor((i * 7) / n), Math.floor(rand() * 50));
      if (!inPast(when)) continue;
      const carrier = pick(CARRIERS);
      const who = recipient();
      const item = await log(when, {
        kind: pick(KINDS),
        carrier,
        trackingNo: tracking(carrier, rand),
        pieces: rand() < 0.15 ? 2 : 1,
        recipientEntryId: who.id,
        handling: rand() < 0.06 ? 'warehouse' : 'none',
        important: rand() < 0.1,
      });
      if (!item) continue;
      if (age >= 2 || (age === 1 && rand() < 0.6)) {
        await handOver(new Date(when.getTime() + (1 + rand() * 5) * 3600_000), item);
        if (!misdelivery && age > 5 && rand() < 0.3) {
          misdelivery = true;
          api.at(new Date(when.getTime() + 7 * 3600_000));
          await api.call('mail_clerk', 'POST', `/front-desk/mail/${item.id}/incidents`, {
            kind: 'misdelivery',
            note: '与同姓收件人混放，误交他人，当日追回并重新交接',
          });
        } else if (!spoiled && age > 1 && age <= 5 && rand() < 0.3) {
          spoiled = true;
          api.at(new Date(when.getTime() + 7 * 3600_000));
          await api.call('mail_clerk', 'POST', `/front-desk/mail/${item.id}/incidents`, {
            kind: 'damaged',
            note: '收件人反映外箱在格口存放时被重物压坏，核实属实，已致歉',
          });
        }
      }
    }

    // Now and then: an unknown recipient, a damaged parcel, outgoing mail.
    if (rand() < 0.25 && inPast(at(10, 20)))
      await log(at(10, 20), {
        kind: 'registered_letter',
        carrier: '中国邮政',
        trackingNo: tracking('中国邮政', rand),
        recipientName: pick(UNKNOWN),
      });
    if (!damaged && age === 3 && inPast(at(11, 5))) {
      damaged = true;
      const carrier = '京东物流';
      await log(at(11, 5), {
        kind: 'parcel',
        carrier,
        trackingNo: tracking(carrier, rand),
        recipientEntryId: pick(people).id,
        condition: 'damaged',
        note: '外箱一角压破，内物外露，未签收，已电话告知收件人',
      });
    }
    if (rand() < 0.6 && inPast(at(15, 30))) {
      const out = await log(at(15, 30), {
        direction: 'out',
        kind: 'express',
        carrier: 'EMS',
        recipientEntryId: pick(people).id,
        destination: pick(['北京市西城区', '广州市天河区', '上海市黄浦区', '省政府办公厅']),
      });
      if (out && inPast(at(16, 10))) {
        api.at(at(16, 10));
        await api.call('mail_clerk', 'POST', `/front-desk/mail/${out.id}/hand-over`, {
          signer: 'proxy',
          name: pick(['王师傅', '陈师傅']),
          method: 'paper',
          courierReceiptNo: tracking('EMS', rand),
        });
      }
    }
    if (isToday && inPast(at(8, 5))) {
      // This morning's 机要 document (the first delivery at 08:00), waiting for the recipient in person.
      const exec = demo.directory.get('刘芳华') ?? pick(people);
      await log(at(8, 5), {
        kind: 'confidential',
        carrier: '机要通信',
        trackingNo: tracking('中国邮政', rand),
        recipientEntryId: exec.id,
      });
    }
  }
}
