/**
 * 房态核对表: today's sheet walked on foot — each room's status on record, what the attendant finds (the same by
 * default), a note; signed once. Rooms that differ are flagged; a room found out of order goes to repair.
 * Past sheets are listed; the print view (A4) and .xlsx of any day.
 */
import { useEffect, useState } from 'react';
import { Button, DatePicker, Input, List, Select, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { ROOM_STATUSES, type RoomStatus } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useSession } from '../../../lib/session';
import { checkSheetQuery, checkSheetsQuery, exportUrls, guestKeys, write } from '../api';

export default function CheckSheetPage() {
  const { t } = useTranslation('guestRooms');
  const phone = useIsPhone();
  const navigate = useNavigate();
  const { propertyId } = useSession();
  const [day, setDay] = useState(dayjs().format('YYYY-MM-DD'));
  const sheet = useQuery(checkSheetQuery(propertyId, day)).data;
  const history = useQuery(checkSheetsQuery(propertyId)).data?.data ?? [];
  const [found, setFound] = useState<Record<string, { observed: RoomStatus; note: string }>>({});
  useEffect(() => {
    if (sheet && !sheet.signedAt) setFound(Object.fromEntries(sheet.lines.map((l) => [l.roomId, { observed: l.recorded, note: '' }])));
  }, [sheet]);
  const sign = useApiMutation({
    mutationFn: () =>
      write.sign({
        propertyId,
        day,
        lines: Object.entries(found).map(([roomId, f]) => ({ roomId, observed: f.observed, note: f.note || null })),
      }),
    invalidate: [guestKeys.all],
    success: t('check.signDone'),
  });
  const signed = !!sheet?.signedAt;
  return (
    <>
      <PageHeader
        title={t('nav.checkSheet')}
        extra={
          <Space className="no-print">
            <Button icon={<DownloadOutlined />} href={exportUrls.checkSheet(propertyId, day)}>
              {!phone && t('common.export')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(`/guest-rooms/check-sheet/print?day=${day}`)}
              data-testid="check-print"
            >
              {!phone && t('common.print')}
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker value={dayjs(day)} allowClear={false} inputReadOnly onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))} />
        {signed ? (
          <Tag color="green">{t('check.signed', { name: sheet?.signedByName, at: dayjs(sheet?.signedAt).format('MM-DD HH:mm') })}</Tag>
        ) : (
          <Tag>{t('check.unsigned')}</Tag>
        )}
        {signed && sheet!.discrepancies > 0 && <Tag color="red">{t('check.discrepancies', { count: sheet!.discrepancies })}</Tag>}
      </Space>
      <List
        dataSource={sheet?.lines ?? []}
        data-testid="check-lines"
        renderItem={(l) => {
          const f = found[l.roomId];
          const differs = signed ? l.discrepancy : !!f && f.observed !== l.recorded;
          return (
            <List.Item style={{ display: 'block', background: differs ? '#fff1f0' : undefined, padding: '8px 4px' }}>
              <Space wrap style={{ width: '100%' }}>
                <b style={{ fontSize: 16, minWidth: 44, display: 'inline-block' }}>{l.number}</b>
                <span>{t(`type.${l.roomType}`)}</span>
                <Tag>{t(`status.${l.recorded}`)}</Tag>
                {signed ? (
                  <>
                    <span>→ {l.observed ? t(`status.${l.observed}`) : ''}</span>
                    {l.discrepancy && <Tag color="red">{t('check.differs')}</Tag>}
                    {l.note && <Typography.Text type="secondary">{l.note}</Typography.Text>}
                  </>
                ) : (
                  f && (
                    <>
                      <Select
                        size="middle"
                        style={{ width: 120 }}
                        value={f.observed}
                        data-testid={`observed-${l.number}`}
                        onChange={(v) => setFound({ ...found, [l.roomId]: { ...f, observed: v } })}
                        options={ROOM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                      />
                      {differs && (
                        <Input
                          style={{ width: phone ? '100%' : 240 }}
                          placeholder={t('common.note')}
                          value={f.note}
                          maxLength={300}
                          onChange={(e) => setFound({ ...found, [l.roomId]: { ...f, note: e.target.value } })}
                        />
                      )}
                    </>
                  )
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {sheet?.policies.sign && (
        <Button
          type="primary"
          block
          style={{ minHeight: 44, marginTop: 12 }}
          loading={sign.isPending}
          onClick={() => sign.mutate()}
          data-testid="check-sign"
        >
          {t('check.sign')}
        </Button>
      )}
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('check.history')}
      </Typography.Title>
      <List
        size="small"
        dataSource={history}
        renderItem={(h) => (
          <List.Item onClick={() => setDay(h.day)} style={{ cursor: 'pointer' }}>
            <Space wrap>
              <span>{h.day}</span>
              <span>{h.signedByName}</span>
              <span>{t('common.rooms', { count: h.rooms })}</span>
              {h.discrepancies > 0 && <Tag color="red">{t('check.discrepancies', { count: h.discrepancies })}</Tag>}
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
