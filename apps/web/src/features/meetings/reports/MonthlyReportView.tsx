/** 月度报表 — the monthly report: venue use, fees by organization, staff workload. */
import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type MonthlyReport } from '../api';
import { ReportTitle } from './ReportTitle';
import { MonthlyStats } from './monthly/MonthlyStats';
import { VenueHoursChart } from './monthly/VenueHoursChart';
import { OrgFeesChart } from './monthly/OrgFeesChart';
import { WorkloadChart } from './monthly/WorkloadChart';
import { VenuesTable } from './monthly/VenuesTable';
import { OrganizationsTable } from './monthly/OrganizationsTable';
import { StaffTable } from './monthly/StaffTable';
import '../meetings.css';
import './reports.css';

/** A horizontal bar chart's height for `n` bars. */
const hbar = (n: number) => Math.max(240, n * 30 + 60);

export function MonthlyReportView({ r }: { r: MonthlyReport }) {
  const { t } = useTranslation('meetings');
  const usedVenues = useMemo(
    () =>
      r.venues
        .filter((v) => v.hoursBooked > 0 || v.hoursUsed > 0)
        .sort((a, b) => b.hoursBooked - a.hoursBooked || b.hoursUsed - a.hoursUsed)
        .slice(0, 16),
    [r],
  );
  const orgs = useMemo(() => r.organizations.filter((o) => o.billedFen > 0).slice(0, 12), [r]);
  const staff = useMemo(() => r.staff.filter((x) => x.tasksDone || x.meetings).slice(0, 15), [r]);
  const topHeight = hbar(Math.max(usedVenues.length, orgs.length));
  return (
    <>
      <ReportTitle>{t('mrep.monthlyTitle', { month: r.month })}</ReportTitle>
      <MonthlyStats s={r.summary} />
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.venueHours')}>
            {usedVenues.length ? <VenueHoursChart venues={usedVenues} height={topHeight} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.orgFees')}>
            {orgs.length ? <OrgFeesChart orgs={orgs} height={topHeight} /> : <Empty className="mr-empty" description={t('mrep.noFees')} />}
          </Card>
        </Col>
      </Row>
      <VenuesTable venues={r.venues} s={r.summary} />
      <OrganizationsTable organizations={r.organizations} />
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={8}>
          <Card size="small" className="mr-card" title={t('mrep.workload')}>
            {staff.length ? <WorkloadChart staff={staff} height={hbar(staff.length)} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <StaffTable staff={r.staff} />
        </Col>
      </Row>
    </>
  );
}
