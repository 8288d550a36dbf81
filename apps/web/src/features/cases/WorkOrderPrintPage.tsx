/** 《工程维修派工单》 in three copies (customer service, engineering, customer), one printed page each (S5, X4). */
import { useState } from 'react';
import { Button, Radio, Result, Space, Spin, Typography } from 'antd';
import { PrinterOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { caseQuery, useOrgs, useUnits, workOrderQuery } from './api';
import { COPIES, WorkOrderSheet } from './work-orders/WorkOrderSheet';
import './print.css';

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
  const facts = { propertyName: property?.name ?? '', c: c.data, issuer, dept, place };

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
        <WorkOrderSheet key={copy} w={w} copy={copy} n={i + 1} facts={facts} />
      ))}
    </div>
  );
}
