/** S10 measures: monthly complaint statistics, complaint rate (5% line), three equalities with drill-down, SLA attainment. */
import { useState } from 'react';
import { Button, DatePicker, Skeleton, Space, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { PrinterOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { reportDefaults } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { qs } from '../../lib/api';
import { REPORT_PATH, reportOpeningQuery, type ReportTab } from './api';
import { ReportBody } from './reports/ReportBody';
import { ComplaintsMonthlyView } from './reports/ComplaintsMonthlyView';
import { ComplaintRateView } from './reports/ComplaintRateView';
import { EqualitiesView } from './reports/EqualitiesView';
import { SlaView } from './reports/SlaView';

const TABS: ReportTab[] = ['complaints', 'rate', 'equalities', 'sla'];

export default function ReportsPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, property } = useSession();
  const [tab, setTab] = useState<ReportTab>('complaints');
  // no empty first page: the server names the month (and its quarter) to open on — this one once a case
  // came in, else the last complete one; without its answer, the calendar's guess
  const opening = useQuery(reportOpeningQuery(propertyId));
  const [picked, setMonth] = useState<Dayjs | null>(null);
  const fallback = reportDefaults(
    dayjs()
      .tz(property?.timeZone ?? 'Asia/Shanghai')
      .format('YYYY-MM-DD'),
  ).month;
  const month = picked ?? dayjs(`${opening.data?.month ?? fallback}-01`);
  if (!picked && opening.isPending && !!propertyId) return <Skeleton active />;
  const quarter = `${month.year()}Q${Math.floor(month.month() / 3) + 1}`;
  const params = tab === 'rate' ? { propertyId, quarter } : { propertyId, month: month.format('YYYY-MM') };
  return (
    <>
      <PageHeader
        title={t('rep.title')}
        extra={
          <Space className="no-print">
            <DatePicker picker={tab === 'rate' ? 'quarter' : 'month'} value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/v1${REPORT_PATH[tab]}${qs({ ...params, format: 'xlsx' })}`}
              data-testid="report-xlsx"
            >
              {t('rep.xlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs activeKey={tab} onChange={(k) => setTab(k as ReportTab)} items={TABS.map((k) => ({ key: k, label: t(`rep.tab.${k}`) }))} />
      {tab === 'complaints' && (
        <ReportBody tab="complaints" params={params}>
          {(r) => <ComplaintsMonthlyView r={r} />}
        </ReportBody>
      )}
      {tab === 'rate' && (
        <ReportBody tab="rate" params={params}>
          {(r) => <ComplaintRateView r={r} />}
        </ReportBody>
      )}
      {tab === 'equalities' && (
        <ReportBody tab="equalities" params={params}>
          {(r) => <EqualitiesView r={r} />}
        </ReportBody>
      )}
      {tab === 'sla' && (
        <ReportBody tab="sla" params={params}>
          {(r) => <SlaView r={r} />}
        </ReportBody>
      )}
    </>
  );
}
