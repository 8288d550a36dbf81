/** Staff records: post, trainings, the background-check certificate 无犯罪记录证明 for sensitive posts, 授权上岗 for confidential meetings. */
import { useState } from 'react';
import { Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { roleLabel } from '../../../i18n';
import { staffQuery, useSaveStaffProfile, type StaffMember } from '../api';
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

export function StaffRecordsTab() {
  const { t, i18n } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const q = useQuery(staffQuery(pid));
  const canEdit = session.can('meetings.staff.records');
  const [edit, setEdit] = useState<StaffMember | null>(null);
  const [form] = Form.useForm<ProfileForm>();
  const saveProfile = useSaveStaffProfile({ form, success: t('staff.saved'), onSuccess: () => setEdit(null) });
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
            loading={saveProfile.isPending}
            onClick={async () => {
              const v = await form.validateFields();
              saveProfile.mutate({
                userId: edit!.id,
                body: {
                  propertyId: pid,
                  post: v.post || null,
                  trainings: (v.trainings ?? []).map((x) => ({ name: x.name, date: x.date.format('YYYY-MM-DD') })),
                  backgroundCheckNo: v.backgroundCheckNo || null,
                  backgroundCheckUntil: v.backgroundCheckUntil ? v.backgroundCheckUntil.format('YYYY-MM-DD') : null,
                  sensitivePost: !!v.sensitivePost,
                  confidentialAuthorised: !!v.confidentialAuthorised,
                  departmentHead: !!v.departmentHead,
                },
              });
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
