/**
 * Printed forms of plans: 客服部巡检计划 (all plans), and for one plan its QR codes to stick on site or
 * 各区域巡视检验表 (the checklist as a blank sheet to fill by hand).
 */
import { Button, Empty, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type Role } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { planQuery, plansQuery, qrSheetQuery } from './api';
import { useDescribe } from './SchedulePicker';
import './plans-print.css';

export default function PlansPrintPage() {
  const { t } = useTranslation('patrolPlans');
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const sheet = id ? (params.get('sheet') === 'qr' ? 'qr' : 'checklist') : 'plans';
  return (
    <div>
      <div className="no-print" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/inspections/plans')} style={{ minHeight: 40 }}>
            {t('back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} style={{ minHeight: 40 }}>
            {t('qr.print')}
          </Button>
        </Space>
      </div>
      {sheet === 'plans' ? <PlansSheet /> : sheet === 'qr' ? <QrSheet id={id!} /> : <ChecklistSheet id={id!} />}
    </div>
  );
}

function PlansSheet() {
  const { t, i18n } = useTranslation('patrolPlans');
  const { propertyId, property } = useSession();
  const describe = useDescribe();
  const q = useQuery(plansQuery(propertyId));
  const en = i18n.language === 'en-US';
  if (q.isLoading) return <Spin />;
  const rows = (q.data?.data ?? []).filter((p) => p.active);
  return (
    <div className="xp-sheet">
      <div className="xp-head">
        <div>{property?.name}</div>
        <h1>{t('print.title')}</h1>
      </div>
      <table className="xp-table">
        <thead>
          <tr>
            <th>{t('print.no')}</th>
            <th>{t('col.name')}</th>
            <th>{t('col.area')}</th>
            <th>{t('col.schedule')}</th>
            <th>{t('col.window')}</th>
            <th>{t('col.who')}</th>
            <th>{t('col.checkpoints')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={p.id}>
              <td>{i + 1}</td>
              <td>{p.name}</td>
              <td>{p.area}</td>
              <td>
                {describe(p.rrule)}
                {p.workdaysOnly ? `（${t('workdaysShort')}）` : ''}
              </td>
              <td>
                {p.windowStart}–{p.windowEnd}
              </td>
              <td>{p.assigneeName ?? (p.assigneeRole ? ROLE_LABELS[p.assigneeRole as Role]?.[en ? 'en' : 'zh'] : '')}</td>
              <td>{p.checkpointCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QrSheet({ id }: { id: string }) {
  const { t } = useTranslation('patrolPlans');
  const q = useQuery(qrSheetQuery(id));
  if (q.isLoading) return <Spin />;
  if (!q.data) return <Empty />;
  return (
    <div className="xp-sheet">
      <div className="xp-head">
        <h1>{t('qr.title')}</h1>
        <div>
          {q.data.plan.name} · {q.data.plan.area}
        </div>
        <div className="no-print xp-hint">{t('qr.hint')}</div>
      </div>
      <div className="xp-qr-grid" data-testid="qr-grid">
        {q.data.checkpoints.map((c) => (
          <div className="xp-qr" key={c.id}>
            <div className="xp-qr-img" dangerouslySetInnerHTML={{ __html: c.svg }} />
            <div className="xp-qr-name">
              {c.position + 1}. {c.name}
            </div>
            {c.location && <div className="xp-qr-loc">{c.location}</div>}
            <div className="xp-qr-token">{c.qrToken}</div>
          </div>
        ))}
      </div>
    </div>
  );
}

function ChecklistSheet({ id }: { id: string }) {
  const { t } = useTranslation('patrolPlans');
  const { property } = useSession();
  const q = useQuery(planQuery(id));
  if (q.isLoading) return <Spin />;
  const p = q.data;
  if (!p) return <Empty />;
  return (
    <div className="xp-sheet">
      <div className="xp-head">
        <div>{property?.name}</div>
        <h1>{t('print.checklistTitle')}</h1>
        <div className="xp-sub">
          {p.name}（{p.area}） {t('print.date')}：__________ {t('print.inspector')}：__________
        </div>
      </div>
      <table className="xp-table">
        <thead>
          <tr>
            <th>{t('cp.name')}</th>
            <th>{t('cp.label')}</th>
            <th>{t('cp.category')}</th>
            <th>{t('print.standard')}</th>
            <th style={{ width: '18%' }}>{t('print.result')}</th>
            <th style={{ width: '18%' }}>{t('print.note')}</th>
          </tr>
        </thead>
        <tbody>
          {p.checkpoints.flatMap((c) =>
            c.items.map((it, n) => (
              <tr key={it.id}>
                {n === 0 && (
                  <td rowSpan={c.items.length}>
                    {c.position + 1}. {c.name}
                    {c.location && <div className="xp-qr-loc">{c.location}</div>}
                  </td>
                )}
                <td>{it.label}</td>
                <td>{t(`category.${it.category}`)}</td>
                <td>
                  {it.kind === 'number'
                    ? `${it.minValue ?? ''}–${it.maxValue ?? ''} ${it.unit ?? ''}`
                    : it.kind === 'pass_fail'
                      ? t('print.pass')
                      : t(`itemKind.${it.kind}`)}
                </td>
                <td />
                <td />
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
