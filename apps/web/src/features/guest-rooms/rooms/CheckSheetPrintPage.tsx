/** /guest-rooms/check-sheet/print — the 房态核对表 of a day on A4: every room, the status on record, what was found, the signature. */
import { Button, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { checkSheetQuery } from '../api';

const cell = { border: '1px solid #000', padding: '4px 6px', fontSize: 13 } as const;

export default function CheckSheetPrintPage() {
  const { t } = useTranslation('guestRooms');
  const navigate = useNavigate();
  const { propertyId, property } = useSession();
  const [params] = useSearchParams();
  const day = params.get('day') ?? dayjs().format('YYYY-MM-DD');
  const q = useQuery(checkSheetQuery(propertyId, day));
  const s = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/guest-rooms/check-sheet')}>
          {t('common.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Space>
      {!s ? (
        <Spin />
      ) : (
        <div
          data-testid="check-print-sheet"
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
          <div style={{ textAlign: 'center', fontSize: 13, letterSpacing: 2 }}>{property?.name}</div>
          <h1 style={{ textAlign: 'center', fontSize: 22, letterSpacing: 6, margin: '4px 0' }}>{t('check.title')}</h1>
          <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 14, marginBottom: 6 }}>
            <span>
              {t('check.day')}：{s.day}
            </span>
            <span>{s.signedAt ? t('check.discrepancies', { count: s.discrepancies }) : t('check.unsigned')}</span>
          </div>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {[t('keys.room'), t('stay.roomType'), t('check.recorded'), t('check.observed'), t('check.differs'), t('common.note')].map(
                  (h) => (
                    <th key={h} style={cell}>
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l) => (
                <tr key={l.roomId}>
                  <td style={cell}>
                    {l.building} {l.number}
                  </td>
                  <td style={cell}>{t(`type.${l.roomType}`)}</td>
                  <td style={cell}>{t(`status.${l.recorded}`)}</td>
                  <td style={cell}>{l.observed ? t(`status.${l.observed}`) : ''}</td>
                  <td style={cell}>{l.discrepancy ? '✗' : ''}</td>
                  <td style={cell}>{l.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={{ marginTop: 16, fontSize: 14 }}>
            {t('check.signer')}：{s.signedByName ?? '________'} {s.signedAt ? dayjs(s.signedAt).format('YYYY-MM-DD HH:mm') : ''}
          </div>
        </div>
      )}
    </div>
  );
}
