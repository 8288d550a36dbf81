/** /events/:id/materials/print — the 会务物资清单 on A4: grouped by placement, quantities, ready/placed/returned ticks, signatures. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { EventMaterialLine } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { eventQuery } from '../api';
import { materialsExportUrl, materialsQuery } from './api';
import { matchText } from './labels';
import './print.css';

const tick = (on: boolean) => (on ? '☑' : '☐');

export default function MaterialsPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('eventMaterials');
  const navigate = useNavigate();
  const { property } = useSession();
  const eq = useQuery(eventQuery(id));
  const mq = useQuery(materialsQuery(id));
  if (eq.isLoading || mq.isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (!eq.data || !mq.data) return <Result status="404" />;
  const e = eq.data;
  const groups = new Map<string, EventMaterialLine[]>();
  for (const l of mq.data.data) {
    const k = l.placement ?? t('noPlacement');
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  let n = 0;
  return (
    <div className="mm-root">
      <style>
        {
          '@media print { @page { size: A4 portrait; margin: 10mm; } } .mm-t td, .mm-t th { text-align: center; } .mm-t td.l { text-align: left; }'
        }
      </style>
      <div className="no-print mm-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/events/${id}?tab=materials`)}>
            {t('back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print')}
          </Button>
          <Button icon={<FileExcelOutlined />} style={{ minHeight: 40 }} href={materialsExportUrl(id)}>
            {t('xlsx')}
          </Button>
        </Space>
      </div>
      <section className="mm-sheet" data-testid="materials-print-sheet">
        <div className="mm-head">
          <div className="org">{property?.name ?? ''}</div>
          <h1>{t('printTitle')}</h1>
          <div className="sub">{t('printSub', { name: e.name, number: e.number, from: e.startsOn, to: e.endsOn })}</div>
        </div>
        <table className="mm-t">
          <thead>
            <tr>
              <th style={{ width: 28 }}>#</th>
              <th>{t('col.name')}</th>
              <th style={{ width: 90 }}>{t('col.quantity')}</th>
              <th style={{ width: 80 }}>{t('col.source')}</th>
              <th style={{ width: 80 }}>{t('col.group')}</th>
              <th style={{ width: 36 }}>{t('colReady')}</th>
              <th style={{ width: 36 }}>{t('colPlaced')}</th>
              <th style={{ width: 36 }}>{t('colReturned')}</th>
            </tr>
          </thead>
          <tbody>
            {[...groups.entries()].map(([placement, lines]) => [
              <tr key={placement}>
                <td colSpan={8} className="l place">
                  {placement}
                </td>
              </tr>,
              ...lines.map((l) => (
                <tr key={l.id} data-testid="materials-print-row">
                  <td>{++n}</td>
                  <td className="l">
                    {l.name}
                    {matchText(t, l) && <div className="small">{matchText(t, l)}</div>}
                  </td>
                  <td>
                    {l.quantity} {l.unit}
                  </td>
                  <td>{t(`source.${l.source}`)}</td>
                  <td>{l.groupName ?? ''}</td>
                  <td>{tick(l.status !== 'needed')}</td>
                  <td>{tick(l.status === 'placed' || l.status === 'returned')}</td>
                  <td>{tick(l.status === 'returned')}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
        <div className="mm-sign">
          <span>{t('sign.prepared')}________</span>
          <span>{t('sign.placed')}________</span>
          <span>{t('sign.checked')}________</span>
          <span>{t('sign.date')}________</span>
        </div>
      </section>
    </div>
  );
}
