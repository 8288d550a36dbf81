/** /tenants/archive/print?month=YYYY-MM — the register 《年月档案存档记录表》 as the paper form. */
import { Button, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { registerQuery } from './api';
import '../files/occupancy-print.css';

export default function RegisterPrintPage() {
  const { t } = useTranslation('tenantArchive');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const [params] = useSearchParams();
  const month = params.get('month');
  const q = useQuery(registerQuery(propertyId, month));
  const title = month
    ? t('sheet.title', { month: t('sheet.monthTitle', { y: month.slice(0, 4), m: Number(month.slice(5)) }) })
    : t('sheet.all');
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print tf-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/tenants/archive')}>
            {t('backToList')}
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
        <section className="tf-sheet" data-testid="register-sheet">
          <div className="tf-head">
            <div className="tf-org">{property?.name ?? ''}</div>
            <h1>{title}</h1>
          </div>
          <table className="tf-table">
            <thead>
              <tr>
                <th>{t('sheet.seq')}</th>
                <th>{t('col.fileNo')}</th>
                <th>{t('col.title')}</th>
                <th>{t('col.pages')}</th>
                <th>{t('col.filedOn')}</th>
                <th>{t('col.filedBy')}</th>
                <th>{t('col.category')}</th>
                <th>{t('col.remark')}</th>
              </tr>
            </thead>
            <tbody>
              {(q.data?.data ?? []).map((e, i) => (
                <tr key={e.id}>
                  <td>{i + 1}</td>
                  <td>{e.fileNo}</td>
                  <td>{e.title}</td>
                  <td>{e.pages}</td>
                  <td>{e.filedOn}</td>
                  <td>{e.filedByName}</td>
                  <td>{t(`category.${e.category}`)}</td>
                  <td>{e.cancelledAt ? t('cancelled') : e.loan ? `${t('out')} ${e.loan.borrowerName}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
