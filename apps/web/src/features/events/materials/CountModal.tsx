/** Draw from the warehouse (the meetings checkout on the main notice), or count back what returned and what was lost. */
import { useState } from 'react';
import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventMaterialLine } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { eventKeys } from '../api';
import { writeMaterials } from './api';

export function CountModal({
  eventId,
  line,
  mode,
  onClose,
}: {
  eventId: string;
  line: EventMaterialLine;
  mode: 'draw' | 'return';
  onClose: () => void;
}) {
  const { t } = useTranslation('eventMaterials');
  const [form] = Form.useForm<{ qty?: number; returned?: number; lost?: number }>();
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation({
    mutationFn: (v: { qty?: number; returned?: number; lost?: number }) =>
      mode === 'draw'
        ? writeMaterials.draw(eventId, line.id, v.qty ?? 0)
        : writeMaterials.giveBack(eventId, line.id, { returned: v.returned ?? 0, lost: v.lost ?? 0 }),
    form,
    invalidate: [eventKeys.event(eventId)],
    success: t('saved'),
    onError: (m) => setError(m),
    onSuccess: onClose,
  });
  const need = Math.max(0, line.quantity - (line.drawn - line.returned - line.lost));
  return (
    <FormModal
      open
      onClose={onClose}
      title={t(mode === 'draw' ? 'drawTitle' : 'returnTitle', { name: line.name })}
      form={form}
      name="event-material-count"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="material-count-save"
    >
      <Typography.Paragraph type="secondary">
        {line.warehouseItemName} · {t('stock', { stock: line.warehouseStock ?? 0 })}
        {line.unit} · {t('drawnLine', line)}
      </Typography.Paragraph>
      {mode === 'draw' ? (
        <Form.Item name="qty" label={t('drawQty')} initialValue={need || 1} rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} precision={0} addonAfter={line.unit} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="returned" label={t('returned')} initialValue={line.outstanding}>
            <InputNumber min={0} max={100000} precision={0} addonAfter={line.unit} />
          </Form.Item>
          <Form.Item name="lost" label={t('lost')} initialValue={0}>
            <InputNumber min={0} max={100000} precision={0} addonAfter={line.unit} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
