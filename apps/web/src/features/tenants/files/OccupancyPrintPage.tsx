/** /tenants/occupancy/print — the occupancy table 《用户入住情况表》 as the paper form (A4 landscape). */
import { Button, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { tenantListQuery } from './api';
import './occupancy-print.css';

export default function OccupancyPrintPage() {
  const { t } = useTranslation('tenantFiles');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const q = useQuery(tenantListQuery(propertyId));
  const rows = q.data?.data ?? [];
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print tf-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/tenants/files')}>
            {t('back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <div style={{ padding: 80, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : (
        <section className="tf-sheet" data-testid="occupancy-sheet">
          <div className="tf-head">
            <div className="tf-org">{property?.name ?? ''}</div>
            <h1>{t('sheet.title')}</h1>
            <div className="tf-sub">
              {t('sheet.total', { count: rows.length })} · {t('sheet.printed', { date: dayjs().format('YYYY-MM-DD') })}
            </div>
          </div>
          <table className="tf-table">
            <thead>
              <tr>
                <th>{t('sheet.seq')}</th>
                <th>{t('col.units')}</th>
                <th>{t('col.name')}</th>
                <th>{t('col.area')}</th>
                <th>{t('col.moveIn')}</th>
                <th>{t('col.staff')}</th>
                <th>{t('col.contact')}</th>
                <th>{t('col.phone')}</th>
                <th>{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.organizationId}>
                  <td>{i + 1}</td>
                  <td>{r.units.map((u) => `${u.building} ${u.code}`).join('、')}</td>
                  <td>{r.name}</td>
                  <td>{r.areaSqm ?? ''}</td>
                  <td>{r.moveInDate ?? ''}</td>
                  <td>{r.staffCount ?? ''}</td>
                  <td>{r.contact ? [r.contact.nameZh, r.contact.nameEn].filter(Boolean).join(' / ') : ''}</td>
                  <td>{r.contact?.phone ?? ''}</td>
                  <td>{r.hasFile ? t(`status.${r.status}`) : t('noFile')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
