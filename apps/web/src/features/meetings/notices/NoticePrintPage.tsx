/** /service-notices/:id/print — the printable 《会议服务通知单》 and one task sheet per department, a page each (A4). */
import { useState } from 'react';
import { Button, Radio, Result, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useBookingLabels } from '../../bookings/labels';
import { span } from '../../bookings/api';
import { noticePrintQuery, noticeQuery } from '../api';
import { fmtAt, useServingOrder } from '../labels';
import './print.css';

export default function NoticePrintPage() {
  const { id } = useParams();
  const { t } = useTranslation('meetings');
  const L = useBookingLabels();
  const serving = useServingOrder();
  const navigate = useNavigate();
  const { property } = useSession();
  const tz = property?.timeZone ?? 'Asia/Shanghai';
  const [mode, setMode] = useState<'all' | 'form'>('all');
  const nq = useQuery(noticeQuery(id));
  const pq = useQuery(noticePrintQuery(id));
  if (nq.isLoading || pq.isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (!nq.data || !pq.data) return <Result status="404" title={t('detail.notFound')} />;
  const n = nq.data;
  const p = pq.data;
  const c = n.content;
  const services = c.services.map((s) => L.serviceText(s)).join('；');
  const head = (sub?: string) => (
    <div className="mt-p-head">
      <div className="mt-p-org">{property?.name ?? ''}</div>
      <h1>{t('print.title')}</h1>
      {sub && <div className="mt-p-sub">{sub}</div>}
      <div className="mt-p-meta">
        <span>
          {t('print.no')}：<b data-testid="print-number">{n.number}</b>
        </span>
        <span>
          {t('print.version', { v: n.version })}
          {n.issuedLate ? ` · ${t('print.issuedLate')}` : ''}
        </span>
      </div>
    </div>
  );
  return (
    <div className="mt-print-root">
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print mt-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/service-notices/${n.id}`)}>
            {t('print.back')}
          </Button>
          <Radio.Group
            optionType="button"
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            options={[
              { value: 'all', label: t('print.withSheets') },
              { value: 'form', label: t('print.onlyForm') },
            ]}
          />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
            {t('print.print')}
          </Button>
        </Space>
      </div>
      <section className="mt-sheet" data-testid="print-form">
        {head()}
        <table className="mt-p-table">
          <tbody>
            <tr>
              <th>{t('field.meetingName')}</th>
              <td colSpan={3}>{c.meetingName ?? t('list.hidden')}</td>
            </tr>
            <tr>
              <th>{t('field.time')}</th>
              <td colSpan={3}>{span(c.startAt, c.endAt, tz)}</td>
            </tr>
            <tr>
              <th>{t('field.venue')}</th>
              <td colSpan={3}>{[c.venue.name, ...c.linkedVenues].join('、')}</td>
            </tr>
            <tr>
              <th>{t('field.organizer')}</th>
              <td colSpan={3}>{c.organizerUnit}</td>
            </tr>
            <tr>
              <th>{t('field.contact')}</th>
              <td>
                {c.contactName} {c.contactPhone}
              </td>
              <th>{t('field.attendees')}</th>
              <td>{c.attendeeCount}</td>
            </tr>
            <tr>
              <th>{t('field.layout')}</th>
              <td>{c.layout ? L.P.layout(c.layout) : ''}</td>
              <th>{t('field.importance')}</th>
              <td>
                {t(`importance.${c.importance}`)} · {t(`cup.${c.cupType}`)}
              </td>
            </tr>
            <tr>
              <th>{t('field.services')}</th>
              <td colSpan={3} className="tall">
                {services}
              </td>
            </tr>
            <tr>
              <th>{t('field.servingOrder')}</th>
              <td colSpan={3}>
                <ol className="mt-p-ol">
                  {serving(c.servingOrder).map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ol>
              </td>
            </tr>
            <tr>
              <th>{t('field.notes')}</th>
              <td colSpan={3} className="tall">
                {c.notes ?? ''}
              </td>
            </tr>
            <tr>
              <th>{t('field.issuedBy')}</th>
              <td>{p.issuedBy ?? ''}</td>
              <th>{t('field.issuedAt')}</th>
              <td>{fmtAt(n.issuedAt, tz, 'YYYY-MM-DD HH:mm')}</td>
            </tr>
            {n.conferenceBuilding && (
              <tr>
                <th>{t('detail.deadlines')}</th>
                <td colSpan={3}>{t('print.deadline', { a: fmtAt(n.noticeDeadline, tz), b: fmtAt(n.readyDeadline, tz) })}</td>
              </tr>
            )}
          </tbody>
        </table>
        <table className="mt-p-table mt-p-recv">
          <tbody>
            <tr>
              {n.departments.map((d) => (
                <th key={d.department}>{t(`dept.${d.department}`)}</th>
              ))}
            </tr>
            <tr>
              {n.departments.map((d) => (
                <td key={d.department} className="sign">
                  {t('print.receivedBy')}：
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <div className="mt-p-foot">{t('print.footer')}</div>
      </section>
      {mode === 'all' &&
        p.sheets.map((s) => (
          <section key={s.department} className="mt-sheet" data-testid="print-sheet" data-dept={s.department}>
            {head(t('print.sheet', { dept: t(`dept.${s.department}`) }))}
            <div className="mt-p-summary">
              <span>{c.meetingName ?? t('list.hidden')}</span>
              <span>{span(c.startAt, c.endAt, tz)}</span>
              <span>{c.venue.name}</span>
              <span>
                {t('field.attendees')} {c.attendeeCount}
              </span>
            </div>
            {s.department === 'meeting_staff' && (
              <div className="mt-p-box">
                <div>
                  <b>{t('print.cup')}：</b>
                  {t(`importance.${c.importance}`)} · {t(`cup.${c.cupType}`)}
                </div>
                <div>
                  <b>{t('print.serving')}：</b>
                </div>
                <ol className="mt-p-ol">
                  {serving(s.servingOrder ?? c.servingOrder).map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ol>
              </div>
            )}
            <table className="mt-p-table mt-p-tasks">
              <thead>
                <tr>
                  <th style={{ width: '17%' }}>{t('print.due')}</th>
                  <th style={{ width: '25%' }}>{t('print.task')}</th>
                  <th style={{ width: '9%' }}>{t('print.qty')}</th>
                  <th>{t('print.req')}</th>
                  <th style={{ width: '15%' }}>{t('print.done')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={i}>
                    <td>{r.due.slice(5)}</td>
                    <td>{r.title}</td>
                    <td>{r.quantity}</td>
                    <td className="small">{r.instructions}</td>
                    <td className="small">{r.done}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="mt-p-signs">
              <span>
                {t('print.sign')}：<span className="line" />
              </span>
              <span>
                {t('print.date')}：<span className="line short" />
              </span>
            </div>
            <Typography.Text className="mt-p-foot">{t('print.footer')}</Typography.Text>
          </section>
        ))}
    </div>
  );
}
