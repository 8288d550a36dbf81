/** One review (daily, weekly, monthly): its counts, its sign-off, and its lists of cases. */
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseBrief } from '@hy/contracts';
import type { Review, ReviewTab } from '../api';
import { StatRow } from '../reports/StatRow';
import { CaseBriefTable } from './CaseBriefTable';
import { ReviewSignoff } from './ReviewSignoff';

const COUNT_KEYS = [
  'total',
  'new',
  'closed',
  'open',
  'overdue',
  'escalated',
  'repairs',
  'complaints',
  'validComplaints',
  'major',
  'emergencies',
  'unresolvable',
];
const LIST_KEYS = ['new', 'closed', 'overdue', 'escalated', 'cases', 'cannotProceed'] as const;

export function ReviewView({ kind, period, canSign, data }: { kind: ReviewTab; period: string; canSign: boolean; data?: Review }) {
  const { t } = useTranslation('cases');
  if (!data) return <Empty />;
  const counts: Record<string, number> = data.counts;
  const lists: Partial<Record<(typeof LIST_KEYS)[number], CaseBrief[]>> = data;
  return (
    <>
      <StatRow
        width={120}
        items={COUNT_KEYS.filter((k) => typeof counts[k] === 'number').map((k) => ({
          key: k,
          title: t(`sup.count.${k}`),
          value: counts[k]!,
          danger: (k === 'overdue' || k === 'escalated') && !!counts[k],
        }))}
      />
      <ReviewSignoff kind={kind} period={period} signoff={data.signoff} late={'late' in data && data.late} canSign={canSign} />
      {LIST_KEYS.map((k) => {
        const rows = lists[k];
        return rows ? (
          <Card key={k} size="small" title={`${t(`sup.list.${k}`)}（${rows.length}）`} style={{ marginBottom: 12 }}>
            <CaseBriefTable rows={rows} />
          </Card>
        ) : null;
      })}
    </>
  );
}
