/** 《周报修项目统计分析表》: each inspector's repair findings of the week ending on a Friday, long-open items with their fix-by dates; print and .xlsx. */
import { Button, DatePicker, Empty, Space } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { DEFAULT_TZ, useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { reviewKeys, setFixBy, weeklyQuery, weeklyXlsxUrl } from './api';
import './reviews-print.css';

/** The latest Friday on or before `day`. */
const lastFriday = (day: dayjs.Dayjs) => day.subtract((day.day() + 2) % 7, 'day');

export default function WeeklyPage() {
  const { t } = useTranslation('patrolReviews');
  const { propertyId, property } = useSession();
  const fmt = useDateTime();
  const tz = property?.timeZone ?? DEFAULT_TZ;
  const [params, setParams] = useSearchParams();
  const friday = params.get('friday') ?? lastFriday(dayjs(dayjs().tz(tz).format('YYYY-MM-DD'))).format('YYYY-MM-DD');
  const q = useQuery(weeklyQuery(propertyId, friday));
  const fixBy = useApiMutation({ mutationFn: setFixBy, invalidate: [reviewKeys.all], success: t('weekly.saved') });
  const w = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print pr-toolbar">
        <Space wrap>
          <DatePicker
            value={dayjs(friday)}
            allowClear={false}
            disabledDate={(d) => d.day() !== 5}
            onChange={(v) => v && setParams({ friday: v.format('YYYY-MM-DD') })}
            data-testid="weekly-friday"
          />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
          <Button icon={<DownloadOutlined />} href={weeklyXlsxUrl(propertyId, friday)}>
            {t('xlsx')}
          </Button>
        </Space>
      </div>
      {w && (
        <section className="pr-sheet" data-testid="weekly-sheet">
          <div className="pr-head">
            <div>{property?.name ?? ''}</div>
            <h1>{t('weekly.title')}</h1>
            <div>{t('weekly.period', { from: w.from, to: w.friday })}</div>
          </div>
          {w.inspectors.length === 0 ? (
            <Empty description={t('weekly.none')} />
          ) : (
            <>
              <table className="pr-table">
                <thead>
                  <tr>
                    <th>{t('weekly.inspector')}</th>
                    <th>{t('weekly.found')}</th>
                    <th>{t('weekly.done')}</th>
                    <th>{t('weekly.open')}</th>
                    <th>{t('weekly.longOpen', { n: w.longOpenDays })}</th>
                  </tr>
                </thead>
                <tbody>
                  {w.inspectors.map((i) => (
                    <tr key={i.inspectorId} data-testid="weekly-line">
                      <td>{i.inspectorName}</td>
                      <td>{i.found}</td>
                      <td>{i.done}</td>
                      <td>{i.open}</td>
                      <td>{i.longOpen.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('weekly.longOpen', { n: w.longOpenDays })}</h3>
              <table className="pr-table">
                <thead>
                  <tr>
                    <th>{t('weekly.inspector')}</th>
                    <th>{t('weekly.checkpoint')}</th>
                    <th>{t('weekly.item')}</th>
                    <th>{t('weekly.foundAt')}</th>
                    <th>{t('weekly.case')}</th>
                    <th>{t('weekly.days')}</th>
                    <th>{t('weekly.fixBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {w.inspectors.flatMap((i) =>
                    i.longOpen.map((f) => (
                      <tr key={f.findingId} data-testid="weekly-long">
                        <td>{i.inspectorName}</td>
                        <td>{f.checkpointName}</td>
                        <td>
                          <Link to={`/inspections/findings/${f.findingId}`}>{f.title}</Link>
                        </td>
                        <td>{fmt(f.foundAt)}</td>
                        <td>{f.caseNumber ?? '—'}</td>
                        <td>{f.daysOpen}</td>
                        <td>
                          <span className="pr-print-only">{f.fixBy ?? ''}</span>
                          <DatePicker
                            className="no-print"
                            size="small"
                            placeholder={t('weekly.setFixBy')}
                            value={f.fixBy ? dayjs(f.fixBy) : null}
                            onChange={(v) => v && fixBy.mutate({ id: f.findingId, fixBy: v.format('YYYY-MM-DD') })}
                          />
                        </td>
                      </tr>
                    )),
                  )}
                  {w.inspectors.every((i) => i.longOpen.length === 0) && (
                    <tr>
                      <td colSpan={7}>{t('weekly.noLong')}</td>
                    </tr>
                  )}
                </tbody>
              </table>
              <div className="pr-foot">{t('signer')}</div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
