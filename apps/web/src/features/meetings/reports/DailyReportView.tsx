/** 每日服务通知 — the daily report: each meeting of the day with readiness, checks, incidents. */
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { type DailyReport } from '../api';
import { ReportTitle } from './ReportTitle';
import { DailyStats } from './daily/DailyStats';
import { DailyTable } from './daily/DailyTable';
import '../meetings.css';
import './reports.css';

export function DailyReportView({ r, tz }: { r: DailyReport; tz: string }) {
  const { t } = useTranslation('meetings');
  const s = r.summary;
  const weekday = t(`mrep.wd.${dayjs(r.date).day()}`);
  return (
    <>
      <ReportTitle>{t('mrep.dailyTitle', { date: r.date, weekday })}</ReportTitle>
      <DailyStats s={s} />
      <DailyTable rows={r.data} tz={tz} />
    </>
  );
}
