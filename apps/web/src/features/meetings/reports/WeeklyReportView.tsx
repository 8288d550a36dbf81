/** 每周业务简报 — the weekly briefing: meetings by class, venue and day, incidents, readiness, satisfaction, fees. */
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type WeeklyReport } from '../api';
import { ReportTitle } from './ReportTitle';
import { FeesBlock } from './FeesBlock';
import { WeeklyStats } from './weekly/WeeklyStats';
import { ByDayChart } from './weekly/ByDayChart';
import { ByClassChart } from './weekly/ByClassChart';
import { SatisfactionChart } from './weekly/SatisfactionChart';
import { VenueUseCard } from './weekly/VenueUseCard';
import { ReadinessCard } from './weekly/ReadinessCard';
import { IncidentsCard } from './weekly/IncidentsCard';
import { CommentsCard } from './weekly/CommentsCard';
import '../meetings.css';
import './reports.css';

export function WeeklyReportView({ r, tz }: { r: WeeklyReport; tz: string }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      <ReportTitle>{t('mrep.weeklyTitle', { week: r.week, from: r.days[0], to: r.days[r.days.length - 1] })}</ReportTitle>
      <WeeklyStats r={r} />
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={10}>
          <Card size="small" title={t('mrep.byDay')} className="mr-card">
            <ByDayChart byDay={r.byDay} />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.byClass')} className="mr-card">
            {r.byClass.length ? <ByClassChart byClass={r.byClass} /> : <Empty className="mr-empty" description={t('mrep.noMeetings')} />}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.satisfaction')} className="mr-card">
            <SatisfactionChart distribution={r.satisfaction.distribution} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <VenueUseCard byVenue={r.byVenue} />
        </Col>
        <Col xs={24} xl={12}>
          <ReadinessCard readiness={r.readiness} />
        </Col>
      </Row>
      <IncidentsCard incidents={r.incidents} tz={tz} />
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={14}>
          <CommentsCard sat={r.satisfaction} tz={tz} />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" className="mr-card" title={t('mrep.fees')}>
            <FeesBlock f={r.fees} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
