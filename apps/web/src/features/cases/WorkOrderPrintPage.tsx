/** 《工程维修派工单》 in three copies (customer service, engineering, customer), one printed page each (S5, X4). */
import { useState } from 'react';
import { Button, Radio, Result, Space, Spin, Typography } from 'antd';
import { PrinterOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../lib/session';
import { caseQuery, useOrgs, useUnits, workOrderQuery } from './api';
import './print.css';

const COPIES = ['cs', 'engineering', 'customer'] as const;

export default function WorkOrderPrintPage() {
  const { id } = useParams();
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const [paper, setPaper] = useState<'A4' | 'A5'>('A5');
  const wo = useQuery(workOrderQuery(id));
  const c = useQuery({ ...caseQuery(wo.data?.caseId), retry: false });
  const units = useUnits(propertyId).data ?? [];
  const orgs = useOrgs(propertyId).data ?? [];
  if (wo.isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (!wo.data) return <Result status="404" title={t('detail.notFound')} />;
  const w = wo.data;
  const issuer = c.data?.timeline.find((e) => e.kind === 'work_order_issued' && e.data?.workOrderId === w.id)?.actorName ?? '';
  const unit = units.find((u) => u.id === c.data?.unitId);
  const org = orgs.find((o) => o.id === c.data?.organizationId);
  const dept = w.reportingDepartment ?? org?.name ?? '';
  const place = [unit ? `${unit.buildingName} ${unit.code}` : null, w.location ?? c.data?.location].filter(Boolean).join(' · ');
  const urg = t(`urgency.${w.urgency}`);

  return (
    <div className={`wo-print-root wo-paper-${paper}`}>
      <style>{`@media print { @page { size: ${paper === 'A5' ? 'A5 landscape' : 'A4 portrait'}; margin: 8mm; } }`}</style>
      <div className="no-print wo-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => (c.data ? navigate(`/cases/${c.data.id}`) : navigate(-1))}>
            {t('print.backToCase')}
          </Button>
          <Radio.Group
            optionType="button"
            value={paper}
            onChange={(e) => setPaper(e.target.value)}
            options={[
              { value: 'A5', label: t('print.a5') },
              { value: 'A4', label: t('print.a4') },
            ]}
          />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="wo-print-button">
            {t('print.print')}
          </Button>
          {w.status === 'voided' && (
            <Typography.Text type="danger" strong>
              {t('print.voided')}
            </Typography.Text>
          )}
        </Space>
      </div>
      {COPIES.map((copy, i) => (
        <section key={copy} className="wo-sheet" data-testid="wo-sheet">
          {w.status === 'voided' && <div className="wo-void-stamp">{t('print.voidStamp')}</div>}
          <div className="wo-head">
            <div className="wo-org">{property?.name ?? ''}</div>
            <h1>{t('print.title')}</h1>
            <div className="wo-meta">
              <span>
                {t('print.no')}：<b data-testid="wo-print-number">{w.number}</b>
              </span>
              <span className="wo-copy">
                {t('print.copyN', { n: i + 1 })} · {t(`print.copy.${copy}`)}
              </span>
            </div>
          </div>
          <table className="wo-table">
            <tbody>
              <tr>
                <th>{t('print.paidFree')}</th>
                <td>
                  <span className="box">{w.paid ? '☑' : '☐'}</span>
                  {t('wo.paid')} <span className="box">{w.paid ? '☐' : '☑'}</span>
                  {t('wo.free')}
                </td>
                <th>{t('print.urgency')}</th>
                <td>
                  {(['urgent', 'normal', 'low'] as const).map((u) => (
                    <span key={u} style={{ marginRight: 8 }}>
                      <span className="box">{w.urgency === u ? '☑' : '☐'}</span>
                      {t(`urgency.${u}`)}
                    </span>
                  ))}
                </td>
              </tr>
              <tr>
                <th>{t('print.customer')}</th>
                <td>{w.customerName ?? ''}</td>
                <th>{t('print.phone')}</th>
                <td>{w.contactPhone ?? ''}</td>
              </tr>
              <tr>
                <th>{t('print.reportingDepartment')}</th>
                <td>{dept}</td>
                <th>{t('print.reporter')}</th>
                <td>{w.reporterName ?? ''}</td>
              </tr>
              <tr>
                <th>{t('print.place')}</th>
                <td colSpan={3}>{place}</td>
              </tr>
              <tr>
                <th>{t('print.content')}</th>
                <td colSpan={3} className="tall">
                  {c.data?.content ?? ''}
                </td>
              </tr>
              <tr>
                <th>{t('print.workContent')}</th>
                <td colSpan={3} className="tall">
                  {w.content}
                </td>
              </tr>
              <tr>
                <th>{t('print.workDone')}</th>
                <td colSpan={3} className="tall">
                  {w.workDone ?? ''}
                  {w.materials.length > 0 && (
                    <div className="mat">
                      {t('print.materials')}：{w.materials.map((m) => `${m.name}×${m.qty}${m.unit ?? ''}`).join('，')}
                    </div>
                  )}
                </td>
              </tr>
              <tr>
                <th>{t('print.issuer')}</th>
                <td>{issuer}</td>
                <th>{t('print.issuedAt')}</th>
                <td>{dayjs(w.issuedAt).format('YYYY年MM月DD日 HH:mm')}</td>
              </tr>
              <tr>
                <th>{t('print.case')}</th>
                <td>{w.caseNumber ?? c.data?.number ?? ''}</td>
                <th>{t('print.urgencyLevel')}</th>
                <td>{urg}</td>
              </tr>
            </tbody>
          </table>
          <div className="wo-signs">
            <div>
              {t('print.signEngineer')}：<span className="line" />
              {t('print.date')}：<span className="line short" />
            </div>
            <div>
              {t('print.signCustomer')}：<span className="line">{w.signedByName ?? ''}</span>
              {t('print.date')}：<span className="line short">{w.signedAt ? dayjs(w.signedAt).format('YYYY-MM-DD') : ''}</span>
            </div>
            <div>
              {t('print.signReturn')}：<span className="line">{w.returnedAt ? ' ' : ''}</span>
              {t('print.date')}：<span className="line short">{w.returnedAt ? dayjs(w.returnedAt).format('YYYY-MM-DD') : ''}</span>
            </div>
          </div>
          <div className="wo-foot">{t('print.footer')}</div>
        </section>
      ))}
    </div>
  );
}
