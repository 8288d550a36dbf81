/** /paid-services/statement/print?kind=&month= — the month's 确定单 list per tenant and the supplier settlement (A4). */
import { Button, Result, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PrintToolbar } from '../../../components/print/PrintToolbar';
import dayjs from 'dayjs';
import { yuan } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { statementExportUrl, statementQuery } from './api';
import '../../../components/print/print-sheet.css';

export default function StatementPrintPage() {
  const { t } = useTranslation('laundry');
  const { property, propertyId } = useSession();
  const [params] = useSearchParams();
  const kind = params.get('kind') === 'meals' ? 'meals' : 'laundry';
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const q = useQuery(statementQuery(propertyId, kind, month));
  const s = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <PrintToolbar
        back={t('statement.back')}
        print={t('statement.print')}
        extra={
          <Button icon={<DownloadOutlined />} style={{ minHeight: 40 }} href={statementExportUrl(propertyId, kind, month)}>
            {t('statement.export')}
          </Button>
        }
      />
      {q.isLoading ? (
        <Spin />
      ) : !s ? (
        <Result status="warning" title={t('statement.failed')} />
      ) : (
        <section className="ps-sheet" data-testid="statement-print">
          <div className="ps-head">
            <div className="ps-org">{property?.name ?? ''}</div>
            <h1>{t(`statement.title.${kind}`)}</h1>
            <div className="ps-sub">{month}</div>
          </div>
          <table className="ps-table">
            <colgroup>
              <col style={{ width: '26%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '40%' }} />
              <col style={{ width: '18%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('field.organization')}</th>
                <th>{t('statement.day')}</th>
                <th>{t('statement.items')}</th>
                <th>{t('field.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {s.tenants.flatMap((tn) => [
                ...tn.items.map((i, k) => (
                  <tr key={i.id}>
                    <td>{k === 0 ? tn.organizationName : ''}</td>
                    <td>{i.day}</td>
                    <td>{i.description}</td>
                    <td className="ps-num">{yuan(i.amountFen)}</td>
                  </tr>
                )),
                <tr key={`${tn.organizationId}-sum`}>
                  <td />
                  <td />
                  <td>
                    <b>{t('statement.subtotal')}</b>
                  </td>
                  <td className="ps-num">
                    <b>{yuan(tn.totalFen)}</b>
                  </td>
                </tr>,
              ])}
              <tr>
                <td colSpan={3}>
                  <b>{t('statement.total')}</b>
                </td>
                <td className="ps-num">
                  <b>{yuan(s.totalFen)}</b>
                </td>
              </tr>
            </tbody>
          </table>
          <h3 style={{ fontSize: 15 }}>{t('statement.settlement')}</h3>
          <table className="ps-table">
            <thead>
              <tr>
                <th>{t('evaluation.supplier')}</th>
                <th>{t('statement.count')}</th>
                <th>{t('field.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {s.suppliers.map((x) => (
                <tr key={x.supplierId}>
                  <td>{x.supplierName}</td>
                  <td className="ps-num">{x.count}</td>
                  <td className="ps-num">{yuan(x.totalFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
