/**
 * /admin/staff — staff records and rosters (SPEC M6, M12): post, training, the background-check
 * certificate 无犯罪记录证明 for sensitive posts, 授权上岗 for confidential meetings; shifts at the
 * seed-000 working hours generated for a period, single (overtime) shifts, hours per person.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CalendarOutlined, EditOutlined, MinusCircleOutlined, PlusOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api, qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { roleLabel } from '../../../i18n';
import { moreKeys, useStaff, type Shift, type StaffMember } from '../api/services';
import { fmtAt } from '../labels';
import { useRun } from '../panelHelpers';
import '../meetings.css';

interface ProfileForm {
  post?: string;
  trainings: { name: string; date: Dayjs }[];
  backgroundCheckNo?: string;
  backgroundCheckUntil?: Dayjs | null;
  sensitivePost: boolean;
  confidentialAuthorised: boolean;
  departmentHead: boolean;
}

function RecordsTab() {
  const { t, i18n } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const q = useStaff(pid);
  const run = useRun();
  const canEdit = session.can('meetings.staff.records');
  const [edit, setEdit] = useState<StaffMember | null>(null);
  const [form] = Form.useForm<ProfileForm>();
  const [search, setSearch] = useState('');
  const today = dayjs().format('YYYY-MM-DD');
  const rows = (q.data?.data ?? []).filter((s) => !search || s.name.includes(search) || (s.profile?.post ?? '').includes(search));
  const open = (s: StaffMember) => {
    const p = s.profile;
    form.resetFields();
    form.setFieldsValue({
      post: p?.post ?? undefined,
      trainings: (p?.trainings ?? []).map((x) => ({ name: x.name, date: dayjs(x.date) })),
      backgroundCheckNo: p?.backgroundCheckNo ?? undefined,
      backgroundCheckUntil: p?.backgroundCheckUntil ? dayjs(p.backgroundCheckUntil) : null,
      sensitivePost: !!p?.sensitivePost,
      confidentialAuthorised: !!p?.confidentialAuthorised,
      departmentHead: !!p?.departmentHead,
    });
    setEdit(s);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('staff.search')}
          onChange={(e) => setSearch(e.target.value.trim())}
          style={{ width: 220 }}
        />
        <Typography.Text type="secondary">
          {t('staff.count', { count: rows.length, auth: rows.filter((r) => r.profile?.confidentialAuthorised).length })}
        </Typography.Text>
      </Space>
      <Table<StaffMember>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 980 }}
        columns={[
          {
            title: t('staff.name'),
            width: 120,
            render: (_, s) => (
              <span>
                {s.name}
                {s.profile?.confidentialAuthorised && (
                  <Tooltip title={t('staff.authorised')}>
                    <SafetyCertificateFilled style={{ color: '#389e0d', marginLeft: 6 }} />
                  </Tooltip>
                )}
              </span>
            ),
          },
          {
            title: t('staff.roles'),
            render: (_, s) => (
              <Space size={[4, 4]} wrap>
                {s.roles.map((r) => (
                  <Tag key={r} style={{ marginInlineEnd: 0 }}>
                    {roleLabel(r, i18n.language)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('staff.post'), width: 120, render: (_, s) => s.profile?.post ?? '—' },
          {
            title: t('staff.trainings'),
            width: 160,
            render: (_, s) =>
              s.profile?.trainings.length ? (
                <Tooltip title={s.profile.trainings.map((x) => `${x.date} ${x.name}`).join('\n')}>
                  <span>
                    {t('staff.trainingsN', { count: s.profile.trainings.length })} · {s.profile.trainings.at(-1)?.name}
                  </span>
                </Tooltip>
              ) : (
                '—'
              ),
          },
          {
            title: t('staff.bgCheck'),
            width: 190,
            render: (_, s) => {
              const p = s.profile;
              if (!p?.backgroundCheckNo) return p?.sensitivePost ? <Tag color="error">{t('staff.bgMissing')}</Tag> : '—';
              const expired = !!p.backgroundCheckUntil && p.backgroundCheckUntil < today;
              return (
                <div>
                  {p.backgroundCheckNo}
                  <div className="mt-sub" style={expired ? { color: '#cf1322' } : undefined}>
                    {t('staff.until', { d: p.backgroundCheckUntil ?? '—' })}
                    {expired ? ` · ${t('staff.expired')}` : ''}
                  </div>
                </div>
              );
            },
          },
          {
            title: t('staff.flags'),
            width: 170,
            render: (_, s) => (
              <Space size={4} wrap>
                {s.profile?.sensitivePost && <Tag color="orange">{t('staff.sensitive')}</Tag>}
                {s.profile?.confidentialAuthorised && <Tag color="green">{t('staff.authorised')}</Tag>}
                {s.profile?.departmentHead && <Tag color="blue">{t('staff.head')}</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            width: 70,
            render: (_, s) =>
              canEdit && (
                <Button size="small" icon={<EditOutlined />} onClick={() => open(s)} data-testid="staff-edit">
                  {t('staff.edit')}
                </Button>
              ),
          },
        ]}
      />
      <Drawer
        open={!!edit}
        width={480}
        title={edit ? t('staff.editTitle', { name: edit.name }) : ''}
        onClose={() => setEdit(null)}
        destroyOnClose
        extra={
          <Button
            type="primary"
            data-testid="staff-save"
            onClick={async () => {
              const v = await form.validateFields();
              const r = await run(
                () =>
                  api.put(`/staff/${edit!.id}/profile`, {
                    propertyId: pid,
                    post: v.post || null,
                    trainings: (v.trainings ?? []).map((x) => ({ name: x.name, date: x.date.format('YYYY-MM-DD') })),
                    backgroundCheckNo: v.backgroundCheckNo || null,
                    backgroundCheckUntil: v.backgroundCheckUntil ? v.backgroundCheckUntil.format('YYYY-MM-DD') : null,
                    sensitivePost: !!v.sensitivePost,
                    confidentialAuthorised: !!v.confidentialAuthorised,
                    departmentHead: !!v.departmentHead,
                  }),
                t('staff.saved'),
                form,
              );
              if (r) setEdit(null);
            }}
          >
            {t('act.save')}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item name="post" label={t('staff.post')}>
            <Input maxLength={50} />
          </Form.Item>
          <Typography.Text strong>{t('staff.trainings')}</Typography.Text>
          <Form.List name="trainings">
            {(fields, { add, remove }) => (
              <div style={{ marginTop: 6, marginBottom: 12 }}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('staff.trainingName') }]}>
                      <Input placeholder={t('staff.trainingName')} maxLength={100} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('staff.date') }]}>
                      <DatePicker style={{ width: 140 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', date: dayjs() })}>
                  {t('staff.addTraining')}
                </Button>
              </div>
            )}
          </Form.List>
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item name="backgroundCheckNo" label={t('staff.bgNo')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="backgroundCheckUntil" label={t('staff.bgUntil')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="sensitivePost" valuePropName="checked" extra={t('staff.sensitiveHint')}>
            <Checkbox>{t('staff.sensitive')}</Checkbox>
          </Form.Item>
          <Form.Item name="confidentialAuthorised" valuePropName="checked" extra={t('staff.authorisedHint')}>
            <Checkbox>{t('staff.authorised')}</Checkbox>
          </Form.Item>
          <Form.Item name="departmentHead" valuePropName="checked" extra={t('staff.headHint')}>
            <Checkbox data-testid="staff-head">{t('staff.head')}</Checkbox>
          </Form.Item>
        </Form>
      </Drawer>
    </>
  );
}

function RosterTab() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const staff = useStaff(pid);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('week').add(1, 'day'), dayjs().startOf('week').add(7, 'day')]);
  const from = range[0].startOf('day').toISOString();
  const to = range[1].endOf('day').toISOString();
  const q = useQuery({
    queryKey: moreKeys.shifts(pid, from, to),
    queryFn: () =>
      api.get<{ data: Shift[]; totals: { userId: string; name: string; hours: number; overtimeHours: number }[] }>(
        `/staff-shifts${qs({ propertyId: pid, from, to })}`,
      ),
    enabled: !!pid,
  });
  const [gen, setGen] = useState(false);
  const [one, setOne] = useState(false);
  const [genForm] = Form.useForm<{ userIds: string[]; range: [Dayjs, Dayjs] }>();
  const [oneForm] = Form.useForm<{ userId: string; span: [Dayjs, Dayjs]; note?: string }>();
  const [onlyOvertime, setOnlyOvertime] = useState(false);
  const people = (staff.data?.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const shifts = (q.data?.data ?? []).filter((s) => !onlyOvertime || s.overtime);
  return (
    <>
      <div className="mt-ready-bar">
        <Space wrap>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
          <Switch checked={onlyOvertime} onChange={setOnlyOvertime} /> <Typography.Text>{t('roster.onlyOvertime')}</Typography.Text>
        </Space>
        <Space wrap>
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              oneForm.resetFields();
              setOne(true);
            }}
          >
            {t('roster.addShift')}
          </Button>
          <Button
            type="primary"
            icon={<CalendarOutlined />}
            onClick={() => {
              genForm.resetFields();
              genForm.setFieldsValue({ range });
              setGen(true);
            }}
            data-testid="roster-generate"
          >
            {t('roster.generate')}
          </Button>
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('roster.totals')}>
            <Table
              size="small"
              rowKey="userId"
              pagination={false}
              dataSource={q.data?.totals ?? []}
              locale={{ emptyText: t('roster.none') }}
              columns={[
                { title: t('staff.name'), dataIndex: 'name' },
                { title: t('roster.hours'), align: 'right', render: (_, r) => r.hours.toFixed(1) },
                {
                  title: t('roster.overtime'),
                  align: 'right',
                  render: (_, r) =>
                    r.overtimeHours ? <Typography.Text type="warning">{r.overtimeHours.toFixed(1)}</Typography.Text> : '0',
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('roster.shifts')} styles={{ body: { padding: 0 } }}>
            <Table<Shift>
              size="small"
              rowKey="id"
              loading={q.isLoading}
              dataSource={shifts}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: t('roster.none') }}
              columns={[
                { title: t('roster.day'), width: 130, render: (_, s) => fmtAt(s.startsAt, tz, 'MM-DD ddd') },
                { title: t('staff.name'), dataIndex: 'name', width: 110 },
                {
                  title: t('roster.time'),
                  width: 130,
                  render: (_, s) => `${fmtAt(s.startsAt, tz, 'HH:mm')}–${fmtAt(s.endsAt, tz, 'HH:mm')}`,
                },
                { title: t('roster.hours'), width: 70, align: 'right', render: (_, s) => s.hours.toFixed(1) },
                {
                  title: '',
                  render: (_, s) => (
                    <Space size={4}>
                      {s.overtime && <Tag color="orange">{t('roster.overtimeTag')}</Tag>}
                      {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={gen}
        title={t('roster.generate')}
        destroyOnClose
        onCancel={() => setGen(false)}
        onOk={async () => {
          const v = await genForm.validateFields();
          const r = await run(
            () =>
              api.post<{ created: number; skipped: number }>('/staff-rosters/generate', {
                propertyId: pid,
                userIds: v.userIds,
                from: v.range[0].format('YYYY-MM-DD'),
                to: v.range[1].format('YYYY-MM-DD'),
              }),
            undefined,
            genForm,
          );
          if (r) {
            setGen(false);
            Modal.success({ title: t('roster.generated', { created: r.created, skipped: r.skipped }) });
          }
        }}
      >
        <Typography.Paragraph type="secondary">{t('roster.generateHint')}</Typography.Paragraph>
        <Form form={genForm} layout="vertical">
          <Form.Item name="userIds" label={t('roster.people')} rules={[{ required: true, message: t('roster.people') }]}>
            <Select mode="multiple" options={people} optionFilterProp="label" maxTagCount="responsive" />
          </Form.Item>
          <Form.Item name="range" label={t('roster.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={one}
        title={t('roster.addShift')}
        destroyOnClose
        onCancel={() => setOne(false)}
        onOk={async () => {
          const v = await oneForm.validateFields();
          const r = await run(
            () =>
              api.post('/staff-shifts', {
                propertyId: pid,
                userId: v.userId,
                startsAt: v.span[0].toISOString(),
                endsAt: v.span[1].toISOString(),
                note: v.note || null,
              }),
            t('roster.shiftAdded'),
            oneForm,
          );
          if (r) setOne(false);
        }}
      >
        <Typography.Paragraph type="secondary">{t('roster.shiftHint')}</Typography.Paragraph>
        <Form form={oneForm} layout="vertical">
          <Form.Item name="userId" label={t('staff.name')} rules={[{ required: true, message: t('staff.name') }]}>
            <Select showSearch options={people} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="span" label={t('roster.time')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('after.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export default function StaffPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  return (
    <div data-testid="staff-page">
      <PageHeader title={t('staff.title')} />
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          items={[
            { key: 'records', label: t('staff.records'), children: <RecordsTab /> },
            ...(session.can('meetings.staffing') ? [{ key: 'roster', label: t('roster.title'), children: <RosterTab /> }] : []),
          ]}
        />
      </Card>
    </div>
  );
}
