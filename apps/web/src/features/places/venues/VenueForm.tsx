import { useEffect, useMemo, useState } from 'react';
import { Button, Col, Divider, Drawer, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, TimePicker, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  DEFAULT_LEAD_TIMES,
  EQUIPMENT,
  LAYOUTS,
  LEAD_TIME_UNITS,
  VENUE_CLASSES,
  VENUE_TYPES,
  type LeadTimeSetting,
  type VenueClass,
} from '@hy/contracts';
import { useSession } from '../../../lib/session';
import {
  allVenuesQuery,
  propertyQuery,
  showProblem,
  useBuildings,
  useFloors,
  useOrganizations,
  useSaveVenue,
  useStaffUsers,
  type Venue,
} from '../api';
import type { VenueLayoutLine as VenueLayout } from '@hy/contracts';
import { usePlaceLabels } from '../labels';

interface FormValues {
  code: string;
  name: string;
  buildingId: string;
  floorId?: string | null;
  venueType: string;
  venueClass: VenueClass;
  seats: number;
  minAttendees?: number | null;
  layouts: Partial<VenueLayout>[];
  defaultLayout?: string | null;
  equipment: { code?: string; qty?: number }[];
  leadMode: 'class' | 'custom';
  leadTime?: Partial<LeadTimeSetting>;
  openFrom: Dayjs;
  openTo: Dayjs;
  bookable: boolean;
  restricted: boolean;
  allowedOrganizationIds: string[];
  linkedVenueIds: string[];
  managerUserIds: string[];
  description?: string;
}

const hm = (s: string) => dayjs(s, 'HH:mm');

function initialValues(v: Venue | null): Partial<FormValues> {
  if (!v) {
    return {
      venueClass: 'A',
      venueType: 'discussion_room',
      layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 30, cleanupMinutes: 30 }],
      equipment: [],
      leadMode: 'class',
      leadTime: { value: 1, unit: 'hours' },
      openFrom: hm('07:00'),
      openTo: hm('22:00'),
      bookable: true,
      restricted: false,
      allowedOrganizationIds: [],
      linkedVenueIds: [],
      managerUserIds: [],
    };
  }
  return {
    code: v.code,
    name: v.name,
    buildingId: v.buildingId,
    floorId: v.floorId,
    venueType: v.venueType,
    venueClass: v.venueClass,
    seats: v.seats,
    minAttendees: v.minAttendees,
    layouts: v.layouts,
    defaultLayout: v.defaultLayout,
    equipment: v.equipment,
    leadMode: v.leadTime ? 'custom' : 'class',
    leadTime: v.leadTime ?? ({ ...v.effectiveLeadTime, source: undefined } as LeadTimeSetting),
    openFrom: hm(v.openFrom),
    openTo: hm(v.openTo),
    bookable: v.bookable,
    restricted: v.restricted,
    allowedOrganizationIds: v.allowedOrganizations.map((o) => o.id),
    linkedVenueIds: v.linkedVenues.map((x) => x.id),
    managerUserIds: v.managers.map((m) => m.id),
    description: v.description ?? '',
  };
}

function toBody(v: FormValues) {
  return {
    code: v.code?.trim(),
    name: v.name?.trim(),
    buildingId: v.buildingId,
    floorId: v.floorId ?? null,
    venueType: v.venueType,
    venueClass: v.venueClass,
    seats: v.seats,
    minAttendees: v.minAttendees ?? null,
    layouts: (v.layouts ?? [])
      .filter((l) => l.layout)
      .map((l) => ({ layout: l.layout, capacity: l.capacity, setupMinutes: l.setupMinutes ?? 0, cleanupMinutes: l.cleanupMinutes ?? 0 })),
    defaultLayout: v.defaultLayout && (v.layouts ?? []).some((l) => l.layout === v.defaultLayout) ? v.defaultLayout : null,
    equipment: (v.equipment ?? []).filter((e) => e.code).map((e) => ({ code: e.code, qty: e.qty ?? 1 })),
    leadTime: v.leadMode === 'custom' && v.leadTime ? { value: v.leadTime.value, unit: v.leadTime.unit } : null,
    openFrom: v.openFrom?.format('HH:mm'),
    openTo: v.openTo?.format('HH:mm'),
    bookable: !!v.bookable,
    restricted: !!v.restricted,
    allowedOrganizationIds: v.restricted ? (v.allowedOrganizationIds ?? []) : [],
    linkedVenueIds: v.linkedVenueIds ?? [],
    managerUserIds: v.managerUserIds ?? [],
    description: v.description?.trim() || null,
  };
}

export function VenueForm({
  open,
  venue,
  onClose,
  onSaved,
}: {
  open: boolean;
  venue: Venue | null;
  onClose(): void;
  onSaved(v: Venue): void;
}) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const L = usePlaceLabels();
  const { propertyId, can } = useSession();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const buildingId = Form.useWatch('buildingId', form);
  const venueClass = Form.useWatch('venueClass', form) as VenueClass | undefined;
  const leadMode = Form.useWatch('leadMode', form);
  const restricted = Form.useWatch('restricted', form);
  const layouts = Form.useWatch('layouts', form) as Partial<VenueLayout>[] | undefined;

  const buildings = useBuildings(propertyId);
  const floors = useFloors(propertyId, buildingId);
  const orgs = useOrganizations(propertyId, open);
  const staff = useStaffUsers(propertyId, open && can('users.manage'));
  const allVenues = useQuery({ ...allVenuesQuery(propertyId), enabled: open && !!propertyId });
  const property = useQuery({ ...propertyQuery(propertyId), enabled: open && !!propertyId, retry: false });
  const leadTimes = (property.data?.settings as { leadTimes?: Partial<Record<VenueClass, LeadTimeSetting>> } | undefined)?.leadTimes;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues(venue) as FormValues);
      setFormError(null);
    }
  }, [open, venue, form]);

  const classDefault = venueClass ? (leadTimes?.[venueClass] ?? DEFAULT_LEAD_TIMES[venueClass]) : null;

  // Field errors go through showProblem (it also maps paths into the id lists), so no `form` here.
  const save = useSaveVenue(propertyId, {
    success: tc('msg.saved'),
    onSuccess: onSaved,
    onError: (_, err) => setFormError(showProblem(err, form, tc('error.generic'))),
  });

  const usedLayouts = useMemo(() => new Set((layouts ?? []).map((l) => l?.layout).filter(Boolean)), [layouts]);
  const managerOptions = useMemo(() => {
    const list = (staff.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
    // Keep current managers visible even when the user list is not available (non-admin).
    for (const m of venue?.managers ?? []) if (!list.some((o) => o.value === m.id)) list.push({ value: m.id, label: m.displayName });
    return list;
  }, [staff.data, venue]);

  const req = (field: string) => [{ required: true, message: t('venues.required', { field }) }];
  const F = (k: string) => t(`venues.field.${k}`);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={780}
      destroyOnHidden
      title={venue ? `${t('venues.edit')} · ${venue.name}` : t('venues.create')}
      extra={
        <Space>
          <Button onClick={onClose}>{tc('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="venue-save">
            {tc('action.save')}
          </Button>
        </Space>
      }
    >
      {formError && (
        <Typography.Paragraph type="danger" data-testid="form-error">
          {formError}
        </Typography.Paragraph>
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="venue"
        requiredMark
        onFinish={(v) => {
          setFormError(null);
          save.mutate({ id: venue?.id, body: toBody(v) });
        }}
        onValuesChange={(changed) => {
          if ('buildingId' in changed) form.setFieldValue('floorId', null);
        }}
      >
        <Divider orientation="left" orientationMargin={0}>
          {t('venues.section.basic')}
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="code" label={F('code')} rules={req(F('code'))}>
              <Input maxLength={32} data-testid="venue-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={F('name')} rules={req(F('name'))}>
              <Input maxLength={100} data-testid="venue-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="buildingId" label={F('buildingId')} rules={req(F('buildingId'))}>
              <Select
                data-testid="venue-building"
                options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
                loading={buildings.isLoading}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="floorId" label={F('floorId')}>
              <Select
                allowClear
                disabled={!buildingId}
                loading={floors.isLoading}
                options={(floors.data ?? []).map((f) => ({ value: f.id, label: f.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="venueType" label={F('venueType')} rules={req(F('venueType'))}>
              <Select showSearch optionFilterProp="label" options={VENUE_TYPES.map((v) => ({ value: v, label: L.venueType(v) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="venueClass"
              label={F('venueClass')}
              rules={req(F('venueClass'))}
              extra={venueClass ? L.classDesc(venueClass) : undefined}
            >
              <Radio.Group optionType="button" options={VENUE_CLASSES.map((c) => ({ value: c, label: L.venueClass(c) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="seats" label={F('seats')} rules={req(F('seats'))}>
              <InputNumber min={1} max={100000} style={{ width: '100%' }} data-testid="venue-seats" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="minAttendees" label={F('minAttendees')}>
              <InputNumber min={1} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0}>
          {t('venues.section.layouts')}
        </Divider>
        <Form.List name="layouts">
          {(fields, { add, remove }) => (
            <>
              {fields.length > 0 && (
                <Row gutter={8} style={{ marginBottom: 4 }}>
                  <Col span={7}>
                    <Typography.Text type="secondary">{F('layout')}</Typography.Text>
                  </Col>
                  <Col span={5}>
                    <Typography.Text type="secondary">{F('capacity')}</Typography.Text>
                  </Col>
                  <Col span={5}>
                    <Typography.Text type="secondary">{F('setupMinutes')}</Typography.Text>
                  </Col>
                  <Col span={5}>
                    <Typography.Text type="secondary">{F('cleanupMinutes')}</Typography.Text>
                  </Col>
                </Row>
              )}
              {fields.map(({ key, name }) => (
                <Row gutter={8} key={key} data-testid="venue-layout-row">
                  <Col span={7}>
                    <Form.Item name={[name, 'layout']} rules={req(F('layout'))} style={{ marginBottom: 8 }}>
                      <Select
                        options={LAYOUTS.map((l) => ({
                          value: l,
                          label: L.layout(l),
                          disabled: usedLayouts.has(l) && layouts?.[name]?.layout !== l,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[name, 'capacity']} rules={req(F('capacity'))} style={{ marginBottom: 8 }}>
                      <InputNumber min={1} max={100000} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[name, 'setupMinutes']} style={{ marginBottom: 8 }}>
                      <InputNumber min={0} max={1440} step={15} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[name, 'cleanupMinutes']} style={{ marginBottom: 8 }}>
                      <InputNumber min={0} max={1440} step={15} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={tc('action.remove')} />
                  </Col>
                </Row>
              ))}
              <Row gutter={16}>
                <Col span={12}>
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ layout: LAYOUTS.find((l) => !usedLayouts.has(l)), setupMinutes: 30, cleanupMinutes: 30 })}
                    disabled={fields.length >= LAYOUTS.length}
                    block
                    style={{ marginBottom: 16 }}
                    data-testid="venue-add-layout"
                  >
                    {t('venues.addLayout')}
                  </Button>
                </Col>
              </Row>
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="defaultLayout" label={F('defaultLayout')}>
              <Select
                allowClear
                options={[...usedLayouts].map((l) => ({ value: l, label: L.layout(l!) }))}
                data-testid="venue-default-layout"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0}>
          {t('venues.section.equipment')}
        </Divider>
        <Form.List name="equipment">
          {(fields, { add, remove }) => (
            <Row gutter={[16, 0]}>
              {fields.map(({ key, name }) => (
                <Col span={12} key={key}>
                  <Row gutter={8} data-testid="venue-equipment-row">
                    <Col span={14}>
                      <Form.Item name={[name, 'code']} rules={req(F('equipmentCode'))} style={{ marginBottom: 8 }}>
                        <Select options={EQUIPMENT.map((e) => ({ value: e, label: L.equipment(e) }))} placeholder={F('equipmentCode')} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[name, 'qty']} style={{ marginBottom: 8 }}>
                        <InputNumber min={1} max={10000} style={{ width: '100%' }} placeholder={F('qty')} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={tc('action.remove')} />
                    </Col>
                  </Row>
                </Col>
              ))}
              <Col span={12}>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ qty: 1 })}
                  block
                  style={{ marginBottom: 16 }}
                  disabled={fields.length >= EQUIPMENT.length}
                >
                  {t('venues.addEquipment')}
                </Button>
              </Col>
            </Row>
          )}
        </Form.List>

        <Divider orientation="left" orientationMargin={0}>
          {t('venues.section.booking')}
        </Divider>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label={F('leadTime')} style={{ marginBottom: 8 }} required>
              <Space wrap align="start">
                <Form.Item name="leadMode" noStyle>
                  <Radio.Group>
                    <Radio value="class">
                      {F('leadClass')}
                      {classDefault ? `（${L.leadRule(classDefault)}）` : ''}
                    </Radio>
                    <Radio value="custom">{F('leadCustom')}</Radio>
                  </Radio.Group>
                </Form.Item>
                {leadMode === 'custom' && (
                  <>
                    <Form.Item name={['leadTime', 'value']} rules={req(F('leadValue'))} style={{ marginBottom: 0 }}>
                      <InputNumber min={0} max={10000} style={{ width: 100 }} placeholder={F('leadValue')} data-testid="venue-lead-value" />
                    </Form.Item>
                    <Form.Item name={['leadTime', 'unit']} rules={req(F('leadUnit'))} style={{ marginBottom: 0 }}>
                      <Select style={{ width: 140 }} options={LEAD_TIME_UNITS.map((u) => ({ value: u, label: L.leadUnit(u) }))} />
                    </Form.Item>
                  </>
                )}
              </Space>
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="openFrom" label={`${F('openHours')} · ${F('openFrom')}`} rules={req(F('openFrom'))}>
              <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="openTo" label={`${F('openHours')} · ${F('openTo')}`} rules={req(F('openTo'))}>
              <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="bookable" label={F('bookable')} valuePropName="checked">
              <Switch data-testid="venue-bookable" />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0}>
          {t('venues.section.relations')}
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="restricted" label={F('restricted')} valuePropName="checked" extra={t('venues.hint.restricted')}>
              <Switch data-testid="venue-restricted" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="allowedOrganizationIds"
              label={F('allowedOrganizationIds')}
              rules={restricted ? req(F('allowedOrganizationIds')) : []}
            >
              <Select
                mode="multiple"
                disabled={!restricted}
                showSearch
                optionFilterProp="label"
                loading={orgs.isLoading}
                options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                data-testid="venue-allowed-orgs"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="linkedVenueIds" label={F('linkedVenueIds')} extra={t('venues.hint.linked')}>
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                loading={allVenues.isLoading}
                options={(allVenues.data ?? [])
                  .filter((x) => x.id !== venue?.id)
                  .map((x) => ({ value: x.id, label: `${x.code} ${x.name}` }))}
                data-testid="venue-linked"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="managerUserIds" label={F('managerUserIds')} extra={t('venues.hint.managersOnlyAdmin')}>
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                loading={staff.isLoading}
                options={managerOptions}
                data-testid="venue-managers"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={F('description')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
