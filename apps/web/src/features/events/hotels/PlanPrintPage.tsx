/** /events/:id/hotels/:hotelId/plan — the A4 print of a hotel's 宾客入住计划, with the Excel export. */
import { Button, Space, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { planQuery, planXlsxUrl } from './api';

const cellStyle = { border: '1px solid #333', padding: '4px 6px', fontSize: 12 } as const;

export default function PlanPrintPage() {
  const { t } = useTranslation('eventHotels');
  const navigate = useNavigate();
  const { id, hotelId } = useParams();
  const q = useQuery(planQuery(id!, hotelId!));
  const p = q.data;
  if (!p) return <Spin style={{ margin: 48 }} />;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } .no-print { display: none !important; } }'}</style>
      <Space wrap className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/events/${id}?tab=hotels`)}>
          {t('plan.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('plan.print')}
        </Button>
        <Button href={planXlsxUrl(id!, hotelId!)}>{t('export')}</Button>
        {p.hotel.sentAt && (
          <Tag color="green">
            {t('plan.sentAt', { at: dayjs(String(p.hotel.sentAt)).format('YYYY-MM-DD HH:mm'), v: p.hotel.sentVersion })}
          </Tag>
        )}
        {p.hotel.changedSinceSent && <Tag color="orange">{t('changedSinceSent')}</Tag>}
      </Space>
      <div style={{ maxWidth: 800, margin: '0 auto', background: '#fff', overflowX: 'auto' }}>
        <h2 style={{ textAlign: 'center', marginBottom: 4 }}>
          {p.event.name} {t('plan.title')}
        </h2>
        <p style={{ textAlign: 'center', margin: 0 }}>
          {p.hotel.name} {p.hotel.address ?? ''} {p.hotel.phone ?? ''}
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 12 }} data-testid="plan-table">
          <thead>
            <tr>
              {[
                t('plan.no'),
                t('roomNo'),
                t('roomType'),
                t('guest'),
                t('plan.org'),
                t('phone'),
                ...(p.showIdNo ? [t('plan.idNo')] : []),
                t('checkIn'),
                t('checkOut'),
                t('nights'),
              ].map((h) => (
                <th key={h} style={cellStyle}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rooms.flatMap((r, i) =>
              r.guests.map((g, k) => (
                <tr key={`${r.id}${g.id}`}>
                  {k === 0 && (
                    <>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {i + 1}
                      </td>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {r.roomNo ?? ''}
                      </td>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {t(`types.${r.roomType}`)}
                      </td>
                    </>
                  )}
                  <td style={cellStyle}>
                    {g.name}
                    {g.vip ? '（VIP）' : ''}
                    {g.companions ? ` ${t('companions', { n: g.companions })}` : ''}
                  </td>
                  <td style={cellStyle}>{g.organization ?? ''}</td>
                  <td style={cellStyle}>{g.phone ?? ''}</td>
                  {p.showIdNo && <td style={cellStyle}>{g.idNo ?? ''}</td>}
                  {k === 0 && (
                    <>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {String(r.checkInOn)}
                      </td>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {String(r.checkOutOn)}
                      </td>
                      <td style={cellStyle} rowSpan={r.guests.length}>
                        {r.nights}
                      </td>
                    </>
                  )}
                </tr>
              )),
            )}
          </tbody>
        </table>
        <p style={{ marginTop: 8 }}>{t('plan.totals', { rooms: p.totals.rooms, guests: p.totals.guests, nights: p.totals.roomNights })}</p>
      </div>
    </div>
  );
}
