/** /admin/task-templates — the department task templates per venue type and class (seed 004 §6, 篇2 §5): offsets, quantity rules, texts. */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CloudDownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BOOKING_SERVICES, DEPARTMENTS, VENUE_CLASSES, VENUE_TYPES, type Department, type QuantityRule } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { usePlaceLabels } from '../../places/labels';
import { useBookingLabels } from '../../bookings/labels';
import { taskTemplatesQuery, useLoadDefaultTemplates, useSaveTaskTemplate, useSetTaskTemplateActive, type TaskTemplate } from '../api';
import { quantityOf, toForm, type FormValues } from './templates/templateForm';
import { DEPT_COLORS } from '../labels';
import '../meetings.css';

export default function TaskTemplatesPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const P = usePlaceLabels();
  const L = useBookingLabels();
  const session = useSession();
  const pid = session.propertyId;
  const [dept, setDept] = useState<Department | undefined>();
  const [vtype, setVtype] = useState<string | undefined>();
  const [vclass, setVclass] = useState<string | undefined>();
  const [editing, setEditing] = useState<TaskTemplate | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const rule = Form.useWatch('qRule', form);
  const timing = Form.useWatch('timing', form);
  const q = useQuery(taskTemplatesQuery(pid));
  const saveTemplate = useSaveTaskTemplate({ form, success: t('tpl.saved'), onSuccess: () => setEditing(null) });
  const setActive = useSetTaskTemplateActive();
  const loadDefaults = useLoadDefaultTemplates({ success: (r) => t('tpl.loaded', { count: r.added }) });

  const rows = (q.data?.data ?? [])
    .filter((x) => !dept || x.department === dept)
    .filter((x) => !vtype || ((!x.venueTypes.length || x.venueTypes.includes(vtype)) && !x.excludeVenueTypes.includes(vtype)))
    .filter((x) => !vclass || !x.venueClasses.length || x.venueClasses.includes(vclass))
    .sort((a, b) => DEPARTMENTS.indexOf(a.department) - DEPARTMENTS.indexOf(b.department) || a.sort - b.sort);

  const timingText = (x: TaskTemplate) => {
    if (x.dayBeforeAt) return t('tpl.dayBeforeText', { at: x.dayBeforeAt });
    const m = x.offsetMinutes ?? 0;
    const base = m < 0 ? t('tpl.offsetText', { n: -m }) : m > 0 ? t('tpl.offsetAfter', { n: m }) : t('tpl.atStart');
    return x.repeatMinutes ? `${base}，${t('tpl.repeatText', { n: x.repeatMinutes })}` : base;
  };
  const qtyText = (qr: QuantityRule) => {
    switch (qr.rule) {
      case 'per_attendee':
        return t('tpl.qtyText.per_attendee', {
          factor: qr.factor,
          min: qr.min ? t('tpl.qtyText.min', { min: qr.min }) : '',
          unit: qr.unit,
        });
      case 'fixed':
        return t('tpl.qtyText.fixed', { qty: qr.qty, unit: qr.unit });
      case 'service_qty':
        return t('tpl.qtyText.service_qty', { service: L.service(qr.service), fallback: qr.fallback, unit: qr.unit });
      case 'by_importance':
        return t('tpl.qtyText.by_importance', { o: qr.factors.ordinary, i: qr.factors.internal, m: qr.factors.important, unit: qr.unit });
      default:
        return '';
    }
  };

  function open(x: TaskTemplate | 'new') {
    form.resetFields();
    form.setFieldsValue(toForm(x === 'new' ? null : x) as FormValues);
    setEditing(x);
  }

  async function save() {
    const v = await form.validateFields();
    const body = {
      department: v.department,
      title: v.title.trim(),
      instructions: v.instructions?.trim() || null,
      offsetMinutes: v.timing === 'offset' ? (v.offsetMinutes ?? 0) : null,
      dayBeforeAt: v.timing === 'day_before' ? (v.dayBeforeAt ?? '16:00') : null,
      repeatMinutes: v.timing === 'offset' ? (v.repeatMinutes ?? null) : null,
      venueClasses: v.venueClasses ?? [],
      venueTypes: v.venueTypes ?? [],
      excludeVenueTypes: v.excludeVenueTypes ?? [],
      services: v.services ?? [],
      quantity: quantityOf(v),
      sort: v.sort ?? 0,
    };
    if (editing === 'new') saveTemplate.mutate({ id: null, body: { propertyId: pid, code: v.code, ...body } });
    else saveTemplate.mutate({ id: (editing as TaskTemplate).id, body: { ...body, active: v.active ?? true } });
  }

  const typeOptions = VENUE_TYPES.map((v) => ({ value: v, label: P.venueType(v) }));
  const classOptions = VENUE_CLASSES.map((v) => ({ value: v, label: P.venueClass(v) }));
  return (
    <div data-testid="task-templates">
      <PageHeader
        title={t('tpl.title')}
        extra={
          <Space wrap>
            <Popconfirm title={t('tpl.loadConfirm')} overlayStyle={{ maxWidth: 360 }} onConfirm={() => loadDefaults.mutate(pid!)}>
              <Button icon={<CloudDownloadOutlined />} data-testid="load-defaults">
                {t('tpl.loadDefaults')}
              </Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              {t('tpl.add')}
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('tpl.filterDept')}
            value={dept}
            onChange={setDept}
            options={DEPARTMENTS.map((d) => ({ value: d, label: t(`dept.${d}`) }))}
          />
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('tpl.filterType')}
            value={vtype}
            onChange={setVtype}
            options={typeOptions}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('tpl.filterClass')}
            value={vclass}
            onChange={setVclass}
            options={classOptions}
          />
          <Typography.Text type="secondary">{t('tpl.count', { count: rows.length })}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<TaskTemplate>
          size="small"
          rowKey="id"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: t('tpl.department'),
              width: 110,
              render: (_, x) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  <span className="mt-dot" style={{ background: DEPT_COLORS[x.department] }} />
                  {t(`dept.short.${x.department}`)}
                </span>
              ),
            },
            {
              title: t('tpl.titleField'),
              render: (_, x) => (
                <div style={{ opacity: x.active ? 1 : 0.5 }}>
                  <div>
                    {x.title}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                      {x.code}
                    </Typography.Text>
                  </div>
                  {x.instructions && (
                    <Typography.Paragraph
                      type="secondary"
                      style={{ fontSize: 12, marginBottom: 0 }}
                      ellipsis={{ rows: 1, expandable: true, symbol: '…' }}
                    >
                      {x.instructions}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            },
            { title: t('tpl.timing'), width: 170, render: (_, x) => timingText(x) },
            {
              title: t('tpl.scope'),
              width: 200,
              render: (_, x) => (
                <Space size={[2, 2]} wrap>
                  {x.venueClasses.map((c) => (
                    <Tag key={c} color="volcano">
                      {c}
                    </Tag>
                  ))}
                  {x.venueTypes.map((v) => (
                    <Tag key={v}>{P.venueType(v)}</Tag>
                  ))}
                  {x.excludeVenueTypes.map((v) => (
                    <Tag key={v} color="default" style={{ textDecoration: 'line-through' }}>
                      {P.venueType(v)}
                    </Tag>
                  ))}
                  {x.services.map((s) => (
                    <Tag key={s} color="blue">
                      {L.service(s)}
                    </Tag>
                  ))}
                  {!x.venueClasses.length && !x.venueTypes.length && !x.services.length && (
                    <Typography.Text type="secondary">{t('tpl.any')}</Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: t('tpl.quantity'), width: 170, render: (_, x) => <span style={{ fontSize: 12 }}>{qtyText(x.quantity)}</span> },
            {
              title: t('tpl.active'),
              width: 70,
              render: (_, x) => <Switch size="small" checked={x.active} onChange={(active) => setActive.mutate({ id: x.id, active })} />,
            },
            {
              title: '',
              width: 50,
              render: (_, x) => (
                <Tooltip title={t('tpl.edit')}>
                  <Button size="small" type="text" icon={<EditOutlined />} onClick={() => open(x)} aria-label={t('tpl.edit')} />
                </Tooltip>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={!!editing}
        onClose={() => setEditing(null)}
        width={600}
        destroyOnHidden
        title={editing === 'new' ? t('tpl.add') : t('tpl.edit')}
        extra={
          <Button type="primary" onClick={save} loading={saveTemplate.isPending} data-testid="tpl-save">
            {tc('action.save')}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            {editing === 'new' && (
              <Col span={12}>
                <Form.Item
                  name="code"
                  label={t('tpl.code')}
                  extra={t('tpl.codeHint')}
                  rules={[{ required: true, pattern: /^[a-z][a-z0-9_.]{1,63}$/ }]}
                >
                  <Input />
                </Form.Item>
              </Col>
            )}
            <Col span={12}>
              <Form.Item name="department" label={t('tpl.department')} rules={[{ required: true }]}>
                <Select options={DEPARTMENTS.map((d) => ({ value: d, label: t(`dept.${d}`) }))} />
              </Form.Item>
            </Col>
            {editing !== 'new' && (
              <Col span={12}>
                <Form.Item name="active" label={t('tpl.active')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="title" label={t('tpl.titleField')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="instructions" label={t('tpl.instructions')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="timing" label={t('tpl.timing')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'offset', label: t('tpl.offset') },
                { value: 'day_before', label: t('tpl.dayBefore') },
              ]}
            />
          </Form.Item>
          {timing === 'day_before' ? (
            <Form.Item
              name="dayBeforeAt"
              label={t('tpl.dayBefore')}
              extra={t('tpl.dayBeforeHint')}
              rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
            >
              <Input style={{ width: 120 }} />
            </Form.Item>
          ) : (
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="offsetMinutes" label={t('tpl.offset')} extra={t('tpl.offsetHint')} rules={[{ required: true }]}>
                  <InputNumber min={-14 * 1440} max={1440} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="repeatMinutes" label={t('tpl.repeat')}>
                  <InputNumber min={10} max={240} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="venueClasses" label={t('tpl.venueClasses')}>
                <Select mode="multiple" allowClear options={classOptions} placeholder={t('tpl.any')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="services" label={t('tpl.services')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={BOOKING_SERVICES.map((s) => ({ value: s, label: L.service(s) }))}
                  placeholder={t('tpl.any')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="venueTypes" label={t('tpl.venueTypes')}>
            <Select mode="multiple" allowClear options={typeOptions} placeholder={t('tpl.any')} />
          </Form.Item>
          <Form.Item name="excludeVenueTypes" label={t('tpl.excludeVenueTypes')}>
            <Select mode="multiple" allowClear options={typeOptions} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="qRule" label={t('tpl.quantity')}>
                <Select
                  options={(['none', 'per_attendee', 'fixed', 'by_importance', 'service_qty'] as const).map((r) => ({
                    value: r,
                    label: t(`tpl.rules.${r}`),
                  }))}
                />
              </Form.Item>
            </Col>
            {rule && rule !== 'none' && (
              <Col span={12}>
                <Form.Item name="qUnit" label={t('tpl.unit')} rules={[{ required: true, whitespace: true, max: 16 }]}>
                  <Input style={{ width: 100 }} />
                </Form.Item>
              </Col>
            )}
          </Row>
          {rule === 'per_attendee' && (
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="qFactor" label={t('tpl.factor')} rules={[{ required: true }]}>
                  <InputNumber min={0.01} max={100} step={0.05} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="qMin" label={t('tpl.min')}>
                  <InputNumber min={0} max={100000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
          {rule === 'fixed' && (
            <Form.Item name="qQty" label={t('tpl.qty')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100000} />
            </Form.Item>
          )}
          {rule === 'service_qty' && (
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="qService" label={t('tpl.service')} rules={[{ required: true }]}>
                  <Select options={BOOKING_SERVICES.map((s) => ({ value: s, label: L.service(s) }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="qFallback" label={t('tpl.fallback')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
          {rule === 'by_importance' && (
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="qfOrdinary" label={t('tpl.factorOrdinary')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="qfInternal" label={t('tpl.factorInternal')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="qfImportant" label={t('tpl.factorImportant')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Form.Item name="sort" label={t('tpl.sort')}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
        </Form>
      </Drawer>
    </div>
  );
}
