/** /events/:id/programme/print — the A4 日程安排表 by day (Chinese print), with a print button. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { eventQuery } from '../api';
import { programmeQuery } from './api';
import { hm } from './ProgrammeTab';

const cell: React.CSSProperties = { border: '1px solid #000', padding: '4px 6px', fontSize: 13, verticalAlign: 'top' };

export default function ProgrammePrintPage() {
  const { t } = useTranslation('eventProgramme');
  const navigate = useNavigate();
  const { id } = useParams();
  const e = useQuery(eventQuery(id)).data;
  const q = useQuery({ ...programmeQuery(id ?? ''), enabled: !!id });
  const view = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } .no-print { display: none !important; } }'}</style>
      <div className="no-print" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/events/${id}?tab=programme`)}>
            {t('back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !view || !e ? (
        <Result status="warning" />
      ) : (
        <section data-testid="programme-print" style={{ maxWidth: 760, margin: '0 auto', background: '#fff', color: '#000', padding: 16 }}>
          <h2 style={{ textAlign: 'center', marginBottom: 4 }}>{e.name}</h2>
          <h3 style={{ textAlign: 'center', marginTop: 0 }}>{t('printTitle')}</h3>
          <div style={{ textAlign: 'center', marginBottom: 12 }}>
            {e.hostUnit} · {e.startsOn} – {e.endsOn}
          </div>
          {view.days.map((d, i) => {
            const rows = view.sessions.filter((s) => s.day === d);
            if (!rows.length) return null;
            return (
              <table key={d} style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 12 }}>
                <thead>
                  <tr>
                    <th colSpan={4} style={{ ...cell, textAlign: 'left', background: '#f0f0f0' }}>
                      {t('dayTitle', { day: d, n: i + 1 })}
                    </th>
                  </tr>
                  <tr>
                    <th style={{ ...cell, width: 110 }}>{t('time')}</th>
                    <th style={cell}>{t('sessionTitle')}</th>
                    <th style={{ ...cell, width: 180 }}>{t('place')}</th>
                    <th style={{ ...cell, width: 70 }}>{t('expected')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((s) => (
                    <tr key={s.id}>
                      <td style={cell}>
                        {hm(s.startsAt)}–{hm(s.endsAt)}
                      </td>
                      <td style={cell}>
                        {s.title}
                        {s.notes ? `（${s.notes}）` : ''}
                      </td>
                      <td style={cell}>{s.venueName ?? s.place ?? ''}</td>
                      <td style={cell}>{s.expectedCount ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </section>
      )}
    </div>
  );
}
