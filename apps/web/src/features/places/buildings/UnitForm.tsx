import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { nullIfEmpty, useBuildings, useOrganizations, useSaveUnit, type Building, type Unit } from '../api';
import { usePlaceLabels } from '../labels';
import { FloorSelect } from './FloorSelect';

/** Create or edit a unit (a flat or an office) in a building: its floor, households, phone and organization. */
export function UnitForm({
  open,
  unit,
  building,
  onClose,
}: {
  open: boolean;
  unit: Unit | null;
  building: Building | null;
  onClose(): void;
}) {
  const { t, required } = usePlaceLabels();
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const initial = useMemo(
    () => (unit ? { ...unit, name: unit.name ?? '', phone: unit.phone ?? '' } : { buildingId: building?.id, households: 1 }),
    [unit, building],
  );
  const { form, error, setError } = useDialogForm(open, initial);
  const buildings = useBuildings(propertyId);
  const orgs = useOrganizations(propertyId, open);
  const buildingId = Form.useWatch('buildingId', form) as string | undefined;
  const save = useSaveUnit(propertyId, { form, success: tc('msg.saved'), onSuccess: onClose, onError: setError });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={unit ? t('units.edit') : t('units.create')}
      width={600}
      form={form}
      name="unit"
      saving={save.isPending}
      error={error}
      saveTestId="unit-save"
      onValuesChange={(c) => {
        if ('buildingId' in c) form.setFieldValue('floorId', null);
      }}
      onFinish={(v) => {
        setError(null);
        save.mutate({
          id: unit?.id,
          body: nullIfEmpty(
            {
              buildingId: v.buildingId,
              floorId: v.floorId ?? null,
              code: v.code?.trim(),
              name: v.name?.trim(),
              households: v.households,
              organizationId: v.organizationId ?? null,
              phone: v.phone?.trim(),
            },
            ['name', 'phone'],
          ),
        });
      }}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="buildingId" label={t('units.building')} rules={required(t('units.building'))}>
            <Select options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="floorId" label={t('units.floor')}>
            <FloorSelect buildingId={buildingId} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="code" label={t('units.code')} rules={required(t('units.code'))}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="name" label={t('units.name')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="households" label={t('units.households')}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('units.phone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="organizationId" label={t('units.organization')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={orgs.isLoading}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
