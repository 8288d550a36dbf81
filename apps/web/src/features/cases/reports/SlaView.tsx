/** SLA attainment (S10): the month's figures, then respond and resolve on time by kind and severity. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaReport } from '@hy/contracts';
import { useCaseLabels } from '../labels';
import { StatRow } from './StatRow';
import { pct } from './format';

export function SlaView({ r }: { r: SlaReport }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const o = r.overall;
  return (
    <>
      <StatRow
        width={180}
        items={[
          { key: 'cases', title: t('rep.cases'), value: o.total },
          { key: 'respond', title: t('rep.respondPct'), value: pct(o.respondPct) },
          { key: 'resolve', title: t('rep.resolvePct'), value: pct(o.resolvePct) },
          { key: 'satisfied', title: t('rep.satisfiedPct'), value: pct(r.satisfaction.satisfiedPct) },
        ]}
      />
      <Card size="small" title={t('rep.slaTitle', { month: r.month })}>
        <Table
          size="small"
          pagination={false}
          rowKey={(x) => `${x.kind}:${x.severity}`}
          dataSource={r.rows}
          columns={[
            { title: t('field.kind'), dataIndex: 'kind', render: (v: string) => L.kind(v) },
            { title: t('field.severity'), dataIndex: 'severity', render: (v: string) => L.severity(v) },
            { title: t('rep.cases'), dataIndex: 'total', align: 'right' },
            {
              title: t('rep.respondOnTime'),
              key: 'r',
              align: 'right',
              render: (_: unknown, x) => `${x.respondOnTime} / ${x.respondMeasured}`,
            },
            { title: t('rep.respondPct'), dataIndex: 'respondPct', align: 'right', render: (v: number | null) => pct(v) },
            {
              title: t('rep.resolveOnTime'),
              key: 's',
              align: 'right',
              render: (_: unknown, x) => `${x.resolveOnTime} / ${x.resolveMeasured}`,
            },
            {
              title: t('rep.resolvePct'),
              dataIndex: 'resolvePct',
              align: 'right',
              render: (v: number | null) => <Typography.Text type={v !== null && v < 90 ? 'danger' : undefined}>{pct(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </>
  );
}
