import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { summaryQuery } from './api';

/** The year in numbers: holidays, make-up days, working days, overrides; whether built-in data covers it. */
export function YearSummaryCard({ year }: { year: number }) {
  const { t } = useTranslation('calendar');
  const { propertyId } = useSession();
  const summary = useQuery(summaryQuery(propertyId, year));
  const s = summary.data;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      loading={summary.isLoading}
      data-testid="calendar-summary"
      title={t('summary.title', { year })}
      extra={s && (s.builtin ? <Tag color="green">{t('summary.builtin')}</Tag> : <Tag color="warning">{t('summary.noBuiltin')}</Tag>)}
    >
      {s && (
        <>
          <Row gutter={[8, 8]}>
            <Col span={12}>
              <Statistic title={t('summary.holidays')} value={s.holidays} valueStyle={{ color: '#cf1322', fontSize: 20 }} />
            </Col>
            <Col span={12}>
              <Statistic title={t('summary.makeupWorkdays')} value={s.makeupWorkdays} valueStyle={{ color: '#d46b08', fontSize: 20 }} />
            </Col>
            <Col span={12}>
              <Statistic title={t('summary.workingDays')} value={s.workingDays} valueStyle={{ fontSize: 20 }} />
            </Col>
            <Col span={12}>
              <Statistic title={t('summary.overrides')} value={s.overrides} valueStyle={{ color: '#1677ff', fontSize: 20 }} />
            </Col>
          </Row>
          {!s.builtin && !s.needsData && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              {t('summary.noBuiltinButEntered', { year })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
