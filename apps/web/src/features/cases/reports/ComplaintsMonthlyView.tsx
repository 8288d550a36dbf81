/** 《客户投诉月统计表》: the month's totals, the counts by nature, category, severity and channel, the analysis. */
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintsMonthly } from '@hy/contracts';
import { useCaseLabels } from '../labels';
import { AnalysisCard } from './AnalysisCard';
import { Breakdown } from './Breakdown';
import { StatRow } from './StatRow';
import { pct } from './format';

export function ComplaintsMonthlyView({ r }: { r: ComplaintsMonthly }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  return (
    <>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('rep.complaintsTitle', { month: r.month })}
      </Typography.Title>
      <StatRow
        width={180}
        items={[
          { key: 'total', title: t('rep.totalComplaints'), value: r.total },
          { key: 'onTime', title: t('rep.onTimePct'), value: pct(r.handling.onTimePct) },
          { key: 'open', title: t('rep.open'), value: r.handling.open },
          { key: 'satisfied', title: t('rep.satisfiedPct'), value: pct(r.satisfaction.satisfiedPct) },
        ]}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12} xl={6}>
          <Breakdown
            title={t('field.nature')}
            data={r.byNature}
            label={(k) => (k === 'unclassified' ? t('rep.unclassified') : L.nature(k))}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown title={t('field.category')} data={r.byCategory} label={L.category} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown title={t('field.severity')} data={r.bySeverity} label={L.severity} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown
            title={t('field.channel')}
            data={Object.fromEntries(Object.entries(r.byChannel).filter(([, v]) => v > 0))}
            label={L.channel}
          />
        </Col>
      </Row>
      <AnalysisCard r={r} />
    </>
  );
}
