import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { useSaveBuilding, type Building } from '../api';
import { usePlaceLabels } from '../labels';

/** Create or edit a building: code, name, floors above and below ground, sort order. */
export function BuildingForm({
  open,
  building,
  onClose,
  onSaved,
}: {
  open: boolean;
  building: Building | null;
  onClose(): void;
  onSaved(b: Building): void;
}) {
  const { t, required } = usePlaceLabels();
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const initial = useMemo(() => building ?? { floorsAbove: 1, floorsBelow: 0, sort: 0 }, [building]);
  const { form, error, setError } = useDialogForm(open, initial);
  const save = useSaveBuilding(propertyId, { form, success: tc('msg.saved'), onSuccess: onSaved, onError: setError });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={building ? t('buildings.edit') : t('buildings.create')}
      form={form}
      name="building"
      saving={save.isPending}
      error={error}
      saveTestId="building-save"
      onFinish={(v) => {
        setError(null);
        save.mutate({ id: building?.id, body: { ...v, code: v.code?.trim(), name: v.name?.trim() } });
      }}
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="code" label={tc('field.code')} rules={required(tc('field.code'))}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="name" label={tc('field.name')} rules={required(tc('field.name'))}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floorsAbove" label={t('buildings.floorsAbove')} rules={required(t('buildings.floorsAbove'))}>
            <InputNumber min={0} max={200} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floorsBelow" label={t('buildings.floorsBelow')} rules={required(t('buildings.floorsBelow'))}>
            <InputNumber min={0} max={20} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="sort" label={t('buildings.sort')}>
            <InputNumber min={-1000} max={1000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
