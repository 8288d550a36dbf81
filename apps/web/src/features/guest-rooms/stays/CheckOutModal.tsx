/** 退房: per room the keys returned (a key not back needs its outcome and note) and the linen counted back. */
import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LINEN_ITEMS } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { guestKeys, stayQuery, write } from '../api';

type RoomValues = { keysReturned: number; keyOutcome?: string; keyNote?: string; linenBack: Record<string, number> };

export function CheckOutModal({
  open,
  stayId,
  onClose,
  onDone,
}: {
  open: boolean;
  stayId: string;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation('guestRooms');
  const [form] = Form.useForm<{ rooms: Record<string, RoomValues>; note?: string }>();
  const stay = useQuery({ ...stayQuery(stayId), enabled: open }).data;
  const save = useApiMutation({
    mutationFn: (v: { rooms: Record<string, RoomValues>; note?: string }) =>
      write.checkOut(stayId, {
        rooms: Object.entries(v.rooms).map(([roomId, r]) => ({
          roomId,
          keysReturned: r.keysReturned,
          ...(r.keyOutcome ? { keyOutcome: r.keyOutcome } : {}),
          keyNote: r.keyNote || null,
          linenBack: Object.fromEntries(Object.entries(r.linenBack ?? {}).filter(([, n]) => typeof n === 'number')),
        })),
        note: v.note || null,
      }),
    form,
    invalidate: [guestKeys.all],
    success: t('stay.checkOutDone'),
    onSuccess: () => {
      onClose();
      onDone?.();
    },
  });
  return (
    <Modal
      open={open && !!stay}
      onCancel={onClose}
      title={stay ? t('stay.checkOutTitle', { unit: stay.hostUnit }) : ''}
      destroyOnHidden
      okText={t('board.checkOut')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'checkout-submit' } as never}
    >
      {stay && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={{
            rooms: Object.fromEntries(stay.rooms.map((r) => [r.roomId, { keysReturned: r.keysIssued, linenBack: r.linenOut }])),
          }}
        >
          {stay.rooms.map((r) => (
            <div key={r.roomId} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
              <Typography.Title level={5}>
                {r.building} {r.number}
              </Typography.Title>
              <Form.Item
                name={['rooms', r.roomId, 'keysReturned']}
                label={`${t('stay.keysReturned')}（${t('keys.issued')} ${r.keysIssued}）`}
              >
                <InputNumber min={0} max={4} data-testid={`keys-returned-${r.number}`} />
              </Form.Item>
              <Form.Item name={['rooms', r.roomId, 'keyOutcome']} label={t('stay.keyOutcome')}>
                <Select
                  allowClear
                  options={(['lost_charged', 'lost_reported'] as const).map((o) => ({ value: o, label: t(`keyOutcome.${o}`) }))}
                />
              </Form.Item>
              <Form.Item name={['rooms', r.roomId, 'keyNote']} label={t('stay.keyNote')}>
                <Input maxLength={300} />
              </Form.Item>
              <div style={{ marginBottom: 8 }}>{t('stay.linenBack')}</div>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
                {LINEN_ITEMS.filter((i) => r.linenOut[i]).map((i) => (
                  <Form.Item
                    key={i}
                    name={['rooms', r.roomId, 'linenBack', i]}
                    label={`${t(`linen.${i}`)} /${r.linenOut[i]}`}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber min={0} max={r.linenOut[i]} style={{ width: '100%' }} data-testid={`linen-back-${i}`} />
                  </Form.Item>
                ))}
              </div>
            </div>
          ))}
          <Form.Item name="note" label={t('common.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
