/**
 * /reports/meetings — the meeting reports of SPEC M10 (seed 003 信息处理中心: 每日服务通知, 每周业务简报)
 * and the monthly venue usage, fees and staff workload. Tab and period live in the URL
 * (?tab=weekly&week=2026-W48) so a link opens a given report; each report exports to .xlsx and prints.
 */
import { Alert, Card, DatePicker, Skeleton, Space, Tabs, Button } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import enUSPicker from 'antd/es/date-picker/locale/en_US';
import { qs } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { REPORT_PARAM, REPORT_PATH, meetingReportOpeningQuery, meetingReportQuery } from '../api';
import { REPORT_TABS, mondayOfWeek, periodAsked, reportPeriod, weekOfDay } from './periods';
import { DailyReportView } from './DailyReportView';
import { WeeklyReportView } from './WeeklyReportView';
import { MonthlyReportView } from './MonthlyReportView';
import '../meetings.css';
import './reports.css';

/** ISO weeks start on Monday: the week picker in English uses the en-GB calendar (zh-CN already starts on Monday: i18n/index.ts loads dayjs' zh-cn). */
const EN_WEEK_PICKER = { ...enUSPicker, lang: { ...enUSPicker.lang, locale: 'en_GB' } };

export default function MeetingReportsPage() {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const session = useSession();
  const pid = session.propertyId;
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [sp, setSp] = useSearchParams();
  const today = dayjs().tz(tz).format('YYYY-MM-DD');
  const opening = useQuery(meetingReportOpeningQuery(pid));
  const { tab, date, week, month, period } = reportPeriod(sp, today, opening.data);
  const set = (patch: Record<string, string>) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) next.set(k, v);
        return next;
      },
      { replace: true },
    );
  const params = { propertyId: pid, [REPORT_PARAM[tab]]: period };
  const q = useQuery({ ...meetingReportQuery(tab, pid, period), enabled: !!pid && (periodAsked(sp) || !opening.isPending) });
  const data = q.data?.report === tab ? q.data : undefined;
  const en = i18n.language === 'en-US';
  return (
    <div data-testid="meeting-reports-page" data-tab={tab} className="mr-page">
      <PageHeader
        title={t('mrep.title')}
        extra={
          <Space className="no-print" wrap>
            {tab === 'daily' && (
              <DatePicker
                value={dayjs(date)}
                onChange={(d) => d && set({ date: d.format('YYYY-MM-DD') })}
                allowClear={false}
                data-testid="report-date"
              />
            )}
            {tab === 'weekly' && (
              <DatePicker
                picker="week"
                value={mondayOfWeek(week)}
                format={(d) => weekOfDay(d)}
                onChange={(d) => d && set({ week: weekOfDay(d) })}
                allowClear={false}
                locale={en ? EN_WEEK_PICKER : undefined}
                data-testid="report-week"
              />
            )}
            {tab === 'monthly' && (
              <DatePicker
                picker="month"
                value={dayjs(`${month}-01`)}
                onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
                allowClear={false}
                data-testid="report-month"
              />
            )}
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/v1${REPORT_PATH[tab]}${qs({ ...params, format: 'xlsx' })}`}
              data-testid="report-xlsx"
            >
              {t('mrep.xlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs
        className="mr-tabs"
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={REPORT_TABS.map((k) => ({ key: k, label: <span data-testid={`report-tab-${k}`}>{t(`mrep.tab.${k}`)}</span> }))}
      />
      {q.error ? (
        <Alert type="error" showIcon message={applyProblem(q.error, undefined, t('common:error.generic'))} />
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data.report === 'daily' ? (
        <DailyReportView r={data} tz={tz} />
      ) : data.report === 'weekly' ? (
        <WeeklyReportView r={data} tz={tz} />
      ) : (
        <MonthlyReportView r={data} />
      )}
    </div>
  );
}
