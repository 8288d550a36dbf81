/** /events/:id/transport/dispatch?vehicleId=…&day=… — the 派车单 of one vehicle on A4: trips, passengers with phones, contact. */
import { Button, Select, Space, Spin } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { dispatchQuery, dispatchXlsxUrl, transportQuery } from './api';

const cell = { border: '1px solid #000', padding: '4px 6px', fontSize: 13, verticalAlign: 'top' } as const;

export default function DispatchPrintPage() {
  const { t } = useTranslation('eventTransport');
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const vehicleId = params.get('vehicleId') ?? '';
  const day = params.get('day');
  const all = useQuery(transportQuery(id));
  const q = useQuery({ ...dispatchQuery(id, vehicleId, day), enabled: !!vehicleId });
  const s = q.data;
  const days = [...new Set((all.data?.transfers ?? []).filter((x) => x.vehicleId === vehicleId).map((x) => x.day))];
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } .no-print { display: none !important; } }'}</style>
      <Space className="no-print" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/events/${id}?tab=transport`)}>
          {t('title')}
        </Button>
        <Select
          style={{ width: 160 }}
          value={vehicleId || undefined}
          options={(all.data?.vehicles ?? []).map((v) => ({ value: v.id, label: `${v.plate} ${v.driverName}` }))}
          onChange={(v: string) => setParams({ vehicleId: v })}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('f.day')}
          value={day ?? undefined}
          options={days.map((d) => ({ value: d, label: d }))}
          onChange={(d?: string) => setParams(d ? { vehicleId, day: d } : { vehicleId })}
        />
        <Button icon={<FileExcelOutlined />} href={dispatchXlsxUrl(id, vehicleId, day)} style={{ minHeight: 40 }}>
          {t('export')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
          {t('sheet')}
        </Button>
      </Space>
      {!s ? (
        <Spin />
      ) : (
        <div
          data-testid="dispatch-sheet"
          style={{
            background: '#fff',
            width: 'min(186mm, 100%)',
            margin: '0 auto',
            padding: 16,
            color: '#000',
            fontFamily: "'SimSun', 'Songti SC', serif",
            boxSizing: 'border-box',
          }}
        >
          <div style={{ textAlign: 'center', fontSize: 13, letterSpacing: 2 }}>
            {s.event.name}（{s.event.number}）
          </div>
          <h1 style={{ textAlign: 'center', fontSize: 22, letterSpacing: 6, margin: '4px 0' }}>{t('sheet')}</h1>
          <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', fontSize: 14, marginBottom: 6, gap: 8 }}>
            <span>
              {t('f.vehicle')}：{s.vehicle.plate}（{t(`type.${s.vehicle.type}`)} {s.vehicle.seats}）
            </span>
            <span>
              {t('f.driverName')}：{s.vehicle.driverName} {s.vehicle.driverPhone}
            </span>
            <span>
              {t('contact')}：{s.contact.name} {s.contact.phone ?? ''}
            </span>
            {s.day && (
              <span>
                {t('f.day')}：{s.day}
              </span>
            )}
          </div>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {[t('f.day'), t('f.time'), t('f.kind'), t('f.route'), t('passengers')].map((h) => (
                  <th key={h} style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.transfers.map((x) => (
                <tr key={x.id}>
                  <td style={cell}>{x.day}</td>
                  <td style={cell}>
                    {dayjs(x.departsAt).format('HH:mm')}–{dayjs(x.endsAt).format('HH:mm')}
                  </td>
                  <td style={cell}>{t(`kind.${x.kind}`)}</td>
                  <td style={cell}>
                    {x.fromPlace} → {x.toPlace}
                  </td>
                  <td style={cell}>
                    {x.passengers.map((p) => (
                      <div key={p.guestId}>
                        {p.name}
                        {p.seats > 1 ? ` +${p.seats - 1}` : ''} {p.phone ?? ''} {p.ref ?? ''}
                        {p.travelAt ? ` ${dayjs(p.travelAt).format('HH:mm')}` : ''}
                      </div>
                    ))}
                    <div style={{ fontSize: 12 }}>{t('seatsTaken', { taken: x.seatsTaken, seats: s.vehicle.seats })}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={{ marginTop: 24, fontSize: 14, display: 'flex', justifyContent: 'space-between' }}>
            <span>{t('driverSign')}：________________</span>
            <span>{dayjs().format('YYYY-MM-DD')}</span>
          </div>
        </div>
      )}
    </div>
  );
}
