/** 巡检问题报修统计单: the patrol findings sent to repair in a period, with case, work order and verification; print and .xlsx. */
import { Button, DatePicker, Empty, Space } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { DEFAULT_TZ, useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { repairStatsQuery, repairsXlsxUrl } from './api';
import './reviews-print.css';

export default function RepairsPage() {
  const { t } = useTranslation('patrolReviews');
  const { t: tf } = useTranslation('patrolFindings');
  const { propertyId, property } = useSession();
  const fmt = useDateTime();
  const tz = property?.timeZone ?? DEFAULT_TZ;
  const [params, setParams] = useSearchParams();
  const today = dayjs(dayjs().tz(tz).format('YYYY-MM-DD'));
  const from = params.get('from') ?? today.startOf('month').format('YYYY-MM-DD');
  const to = params.get('to') ?? today.format('YYYY-MM-DD');
  const q = useQuery(repairStatsQuery(propertyId, from, to));
  const s = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print pr-toolbar">
        <Space wrap>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setParams({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
          <Button icon={<DownloadOutlined />} href={repairsXlsxUrl(propertyId, from, to)}>
            {t('xlsx')}
          </Button>
        </Space>
      </div>
      {s && (
        <section className="pr-sheet" data-testid="repairs-sheet">
          <div className="pr-head">
            <div>{property?.name ?? ''}</div>
            <h1>{t('repairs.title')}</h1>
            <div>{t('repairs.period', { from: s.from, to: s.to })}</div>
          </div>
          {s.rows.length === 0 ? (
            <Empty description={t('repairs.none')} />
          ) : (
            <table className="pr-table">
              <thead>
                <tr>
                  <th>{t('repairs.n')}</th>
                  <th>{t('repairs.foundAt')}</th>
                  <th>{t('repairs.by')}</th>
                  <th>{t('repairs.checkpoint')}</th>
                  <th>{t('repairs.item')}</th>
                  <th>{t('repairs.case')}</th>
                  <th>{t('repairs.wo')}</th>
                  <th>{t('repairs.woStatus')}</th>
                  <th>{t('repairs.verified')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={r.findingId} data-testid="repairs-row">
                    <td>{i + 1}</td>
                    <td>{fmt(r.foundAt)}</td>
                    <td>{r.foundByName}</td>
                    <td>{r.checkpointName}</td>
                    <td>
                      <Link to={`/inspections/findings/${r.findingId}`}>{r.title}</Link>
                      {r.note ? `（${r.note}）` : ''}
                    </td>
                    <td>{r.caseNumber ?? '—'}</td>
                    <td>{r.workOrderNumber ?? '—'}</td>
                    <td>{r.workOrderStatus ? tf(`wo.${r.workOrderStatus}`) : '—'}</td>
                    <td>{r.verifiedAt ? fmt(r.verifiedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="pr-foot">{t('repairs.total', { n: s.rows.length })}</div>
        </section>
      )}
    </div>
  );
}
