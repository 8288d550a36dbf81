import { useEffect, useState } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import {
  nullIfEmpty,
  useBuildings,
  useDeletePlace,
  useFloors,
  useOrganizations,
  useSaveBuilding,
  useSaveUnit,
  useUnits,
  type Building,
  type Unit,
} from './api';

function BuildingForm({
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
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(building ?? { floorsAbove: 1, floorsBelow: 0, sort: 0 });
      setError(null);
    }
  }, [open, building, form]);
  const save = useSaveBuilding(propertyId, { form, success: tc('msg.saved'), onSuccess: onSaved, onError: setError });
  const req = (label: string) => [{ required: true, message: t('venues.required', { field: label }) }];
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
          <Form.Item name="code" label={tc('field.code')} rules={req(tc('field.code'))}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="name" label={tc('field.name')} rules={req(tc('field.name'))}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floorsAbove" label={t('buildings.floorsAbove')} rules={req(t('buildings.floorsAbove'))}>
            <InputNumber min={0} max={200} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floorsBelow" label={t('buildings.floorsBelow')} rules={req(t('buildings.floorsBelow'))}>
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

function UnitForm({ open, unit, building, onClose }: { open: boolean; unit: Unit | null; building: Building | null; onClose(): void }) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const buildings = useBuildings(propertyId);
  const orgs = useOrganizations(propertyId, open);
  const buildingId = Form.useWatch('buildingId', form) as string | undefined;
  const floors = useFloors(propertyId, buildingId);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(unit ? { ...unit, name: unit.name ?? '', phone: unit.phone ?? '' } : { buildingId: building?.id, households: 1 });
      setError(null);
    }
  }, [open, unit, building, form]);
  const save = useSaveUnit(propertyId, { form, success: tc('msg.saved'), onSuccess: onClose, onError: setError });
  const req = (label: string) => [{ required: true, message: t('venues.required', { field: label }) }];
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={unit ? t('units.edit') : t('units.create')}
      destroyOnHidden
      width={600}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={tc('action.save')}
      cancelText={tc('action.cancel')}
      okButtonProps={{ 'data-testid': 'unit-save' }}
    >
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        name="unit"
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
            <Form.Item name="buildingId" label={t('units.building')} rules={req(t('units.building'))}>
              <Select options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="floorId" label={t('units.floor')}>
              <Select
                allowClear
                disabled={!buildingId}
                loading={floors.isLoading}
                options={(floors.data ?? []).map((f) => ({ value: f.id, label: f.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="code" label={t('units.code')} rules={req(t('units.code'))}>
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
      </Form>
    </Modal>
  );
}

export default function BuildingsPage() {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const buildings = useBuildings(propertyId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editBuilding, setEditBuilding] = useState<{ b: Building | null } | null>(null);
  const [editUnit, setEditUnit] = useState<{ u: Unit | null } | null>(null);
  const [q, setQ] = useState('');

  useEffect(() => {
    if (buildings.data?.length && !buildings.data.some((b) => b.id === selectedId)) setSelectedId(buildings.data[0]!.id);
  }, [buildings.data, selectedId]);
  const selected = buildings.data?.find((b) => b.id === selectedId) ?? null;
  const floors = useFloors(propertyId, selectedId);
  const units = useUnits(propertyId, { buildingId: selectedId, q });

  const del = useDeletePlace(propertyId, { success: tc('msg.deleted') });

  const buildingCols: ColumnsType<Building> = [
    { title: tc('field.code'), dataIndex: 'code', width: 64 },
    { title: tc('field.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('buildings.floors'),
      key: 'floors',
      width: 76,
      render: (_, b) => `${b.floorsAbove}${b.floorsBelow ? ` / B${b.floorsBelow}` : ''}`,
    },
    {
      title: '',
      key: 'a',
      width: 70,
      align: 'right',
      render: (_, b) =>
        canManage &&
        b.policies.update && (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => setEditBuilding({ b })}
              aria-label={tc('action.edit')}
              data-testid="building-edit"
            />
            {b.policies.archive && (
              <Popconfirm
                title={t('buildings.deleteConfirm')}
                onConfirm={() => del.mutate(`/buildings/${b.id}`)}
                okText={tc('action.confirm')}
                cancelText={tc('action.cancel')}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={tc('action.delete')} />
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  const unitCols: ColumnsType<Unit> = [
    { title: t('units.code'), dataIndex: 'code', width: 96 },
    { title: t('units.name'), dataIndex: 'name', ellipsis: true, render: (v) => v ?? '—' },
    { title: t('units.floor'), dataIndex: 'floorLabel', width: 60, render: (v) => v ?? '—' },
    { title: t('units.households'), dataIndex: 'households', width: 100, align: 'right' },
    { title: t('units.organization'), dataIndex: 'organizationName', ellipsis: true, render: (v) => v ?? '—' },
    { title: t('units.phone'), dataIndex: 'phone', width: 124, render: (v) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}</span> },
    {
      title: tc('field.actions'),
      key: 'a',
      width: canManage ? 170 : 110,
      render: (_, u) => (
        <RowActions>
          {canManage && u.policies.update && (
            <Tooltip title={tc('action.edit')}>
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => setEditUnit({ u })}
                aria-label={tc('action.edit')}
                data-testid="unit-edit"
              />
            </Tooltip>
          )}
          <HistoryDrawer entityType="unit" entityId={u.id} title={u.code} />
          {canManage && u.policies.archive && (
            <Popconfirm
              title={t('units.deleteConfirm')}
              onConfirm={() => del.mutate(`/units/${u.id}`)}
              okText={tc('action.confirm')}
              cancelText={tc('action.cancel')}
            >
              <Tooltip title={tc('action.delete')}>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={tc('action.delete')}
                  data-testid="unit-delete"
                />
              </Tooltip>
            </Popconfirm>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('buildings.title')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditBuilding({ b: null })} data-testid="building-create">
              {t('buildings.create')}
            </Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('buildings.buildings')} styles={{ body: { padding: 0 } }} style={{ marginBottom: 16 }}>
            <Table<Building>
              rowKey="id"
              size="small"
              pagination={false}
              columns={buildingCols}
              dataSource={buildings.data ?? []}
              loading={buildings.isLoading}
              onRow={(b) => ({ onClick: () => setSelectedId(b.id), style: { cursor: 'pointer' } })}
              rowClassName={(b) => (b.id === selectedId ? 'ant-table-row-selected' : '')}
              data-testid="building-table"
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Card
            size="small"
            title={selected ? t('buildings.units', { building: selected.name }) : t('buildings.allUnits')}
            extra={
              selected && (
                <Space>
                  <HistoryDrawer entityType="building" entityId={selected.id} title={selected.name} />
                  {canManage && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditUnit({ u: null })} data-testid="unit-create">
                      {t('units.create')}
                    </Button>
                  )}
                </Space>
              )
            }
          >
            {!selected ? (
              <Empty description={t('buildings.selectHint')} />
            ) : (
              <>
                <div style={{ marginBottom: 12 }}>
                  <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                    {t('buildings.floors')}
                  </Typography.Text>
                  <Space size={[4, 4]} wrap>
                    {(floors.data ?? []).map((f) => (
                      <Tag key={f.id} style={{ marginInlineEnd: 0 }}>
                        {f.label}
                      </Tag>
                    ))}
                  </Space>
                </div>
                <Input.Search
                  allowClear
                  placeholder={t('units.search')}
                  onSearch={(v) => setQ(v.trim())}
                  style={{ width: 240, marginBottom: 12 }}
                />
                <Table<Unit>
                  rowKey="id"
                  size="small"
                  columns={unitCols}
                  dataSource={units.data ?? []}
                  loading={units.isLoading}
                  pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
                  scroll={{ x: 750 }}
                  data-testid="unit-table"
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
      <BuildingForm
        open={!!editBuilding}
        building={editBuilding?.b ?? null}
        onClose={() => setEditBuilding(null)}
        onSaved={(b) => {
          setEditBuilding(null);
          setSelectedId(b.id);
        }}
      />
      <UnitForm open={!!editUnit} unit={editUnit?.u ?? null} building={selected} onClose={() => setEditUnit(null)} />
    </>
  );
}
