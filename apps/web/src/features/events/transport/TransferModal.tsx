/** Add or edit a transfer: kind, from → to, times, vehicle, passengers. */
import { useEffect } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { TRANSFER_KINDS, type EventTransfer, type TransferInput, type TransportOverview } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { transportKeys, transportWrite } from './api';

type Values = Omit<TransferInput, 'departsAt' | 'endsAt'> & { times: [Dayjs, Dayjs] };

export function TransferModal(props: {
  eventId: string;
  data: TransportOverview;
  transfer: EventTransfer | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('eventTransport');
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!props.open) return;
    const x = props.transfer;
    form.setFieldsValue(
      x
        ? {
            kind: x.kind,
            fromPlace: x.fromPlace,
            toPlace: x.toPlace,
            times: [dayjs(x.departsAt), dayjs(x.endsAt)],
            vehicleId: x.vehicleId,
            guestIds: x.passengers.map((p) => p.guestId),
            notes: x.notes,
          }
        : { kind: 'shuttle', guestIds: [] },
    );
  }, [props.open, props.transfer, form]);
  const save = useApiMutation({
    mutationFn: ({ times, ...v }: Values) => {
      const body = { ...v, vehicleId: v.vehicleId ?? null, departsAt: times[0].format(), endsAt: times[1].format() };
      return props.transfer
        ? transportWrite.patchTransfer(props.eventId, props.transfer.id, body)
        : transportWrite.addTransfer(props.eventId, body);
    },
    invalidate: [transportKeys.all(props.eventId)],
    form,
    success: t('saved'),
    onSuccess: props.onClose,
  });
  return (
    <FormModal
      open={props.open}
      onClose={props.onClose}
      title={props.transfer ? t('editTransfer') : t('addTransfer')}
      form={form}
      name="transfer"
      saving={save.isPending}
      error={null}
      width={620}
      onFinish={(v) => save.mutate(v)}
      saveTestId="transfer-save"
    >
      <Form.Item name="kind" label={t('f.kind')} rules={[{ required: true }]}>
        <Select options={TRANSFER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="fromPlace" label={t('f.from')} rules={[{ required: true }]}>
        <Input data-testid="transfer-from" />
      </Form.Item>
      <Form.Item name="toPlace" label={t('f.to')} rules={[{ required: true }]}>
        <Input data-testid="transfer-to" />
      </Form.Item>
      <Form.Item name="times" label={`${t('f.departsAt')} – ${t('f.endsAt')}`} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="vehicleId" label={t('f.vehicle')}>
        <Select
          allowClear
          options={props.data.vehicles.map((v) => ({
            value: v.id,
            label: `${v.plate} · ${t(`type.${v.type}`)} ${v.seats} · ${v.driverName}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="guestIds" label={t('f.guests')}>
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          options={props.data.guests.map((g) => ({
            value: g.id,
            label: `${g.name}${g.seats > 1 ? ` +${g.seats - 1}` : ''} ${g.organization ?? ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('f.notes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
