/** Add or edit a vehicle: plate, type, seats, own or hired (company, day rate), driver and phone. */
import { useEffect } from 'react';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { VEHICLE_TYPES, type EventVehicle, type VehicleInput } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { transportKeys, transportWrite } from './api';

type Values = Omit<VehicleInput, 'dayRateFen'> & { dayRate?: number | null };

export function VehicleModal(props: { eventId: string; vehicle: EventVehicle | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('eventTransport');
  const [form] = Form.useForm<Values>();
  const hired = Form.useWatch('hired', form);
  useEffect(() => {
    if (!props.open) return;
    const v = props.vehicle;
    form.setFieldsValue(
      v
        ? { ...v, dayRate: v.dayRateFen != null ? v.dayRateFen / 100 : null }
        : { type: 'minibus', seats: 19, hired: false, plate: '粤B·', driverName: '', driverPhone: '' },
    );
  }, [props.open, props.vehicle, form]);
  const save = useApiMutation({
    mutationFn: ({ dayRate, ...v }: Values) => {
      const body = { ...v, dayRateFen: v.hired && dayRate != null ? Math.round(dayRate * 100) : null };
      return props.vehicle
        ? transportWrite.patchVehicle(props.eventId, props.vehicle.id, body)
        : transportWrite.addVehicle(props.eventId, body);
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
      title={props.vehicle ? t('editVehicle') : t('addVehicle')}
      form={form}
      name="vehicle"
      saving={save.isPending}
      error={null}
      onFinish={(v) => save.mutate(v)}
      saveTestId="vehicle-save"
    >
      <Form.Item name="plate" label={t('f.plate')} rules={[{ required: true }]}>
        <Input data-testid="vehicle-plate" />
      </Form.Item>
      <Form.Item name="type" label={t('f.type')} rules={[{ required: true }]}>
        <Select options={VEHICLE_TYPES.map((k) => ({ value: k, label: t(`type.${k}`) }))} />
      </Form.Item>
      <Form.Item name="seats" label={t('f.seats')} rules={[{ required: true }]}>
        <InputNumber min={1} max={80} data-testid="vehicle-seats" />
      </Form.Item>
      <Form.Item name="hired" label={t('f.hired')}>
        <Radio.Group
          options={[
            { value: false, label: t('f.own') },
            { value: true, label: t('f.hired') },
          ]}
        />
      </Form.Item>
      {hired && (
        <>
          <Form.Item name="company" label={t('f.company')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="dayRate" label={t('f.dayRate')}>
            <InputNumber min={0} precision={2} />
          </Form.Item>
        </>
      )}
      <Form.Item name="driverName" label={t('f.driverName')} rules={[{ required: true }]}>
        <Input data-testid="vehicle-driver" />
      </Form.Item>
      <Form.Item name="driverPhone" label={t('f.driverPhone')} rules={[{ required: true, pattern: /^[0-9+\-() ]{3,30}$/ }]}>
        <Input data-testid="vehicle-phone" />
      </Form.Item>
      <Form.Item name="notes" label={t('f.notes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
