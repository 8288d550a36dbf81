/** The 会务组: each group's leader, members and duties (ticked by the group), and the briefs passed between the groups. */
import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Empty, Form, Input, List, Popconfirm, Progress, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined, NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { EventDetail, EventGroup } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { briefsQuery, eventKeys, staffOptionsQuery, write } from '../api';

interface GroupValues {
  name: string;
  leaderId?: string;
  memberIds: string[];
  addDuties?: string;
}

function GroupModal({ event, group, open, onClose }: { event: EventDetail; group: EventGroup | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('events');
  const [form] = Form.useForm<GroupValues>();
  const [error, setError] = useState<string | null>(null);
  const staff = useQuery(staffOptionsQuery(event.id, open)).data?.data ?? [];
  const options = staff.map((s) => ({ value: s.userId, label: `${s.name}${s.roleLabel ? `（${s.roleLabel}）` : ''}` }));
  const lines = (s?: string) =>
    (s ?? '')
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const save = useApiMutation({
    mutationFn: (v: GroupValues) =>
      group
        ? write.patchGroup(event.id, group.id, {
            name: v.name,
            leaderId: v.leaderId ?? null,
            memberIds: v.memberIds,
            addDuties: lines(v.addDuties),
          })
        : write.addGroup(event.id, { name: v.name, leaderId: v.leaderId ?? null, memberIds: v.memberIds, duties: lines(v.addDuties) }),
    form,
    invalidate: [eventKeys.event(event.id), eventKeys.all],
    success: t('common.saved'),
    onError: (m) => setError(m),
    onSuccess: onClose,
  });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={group ? t('team.edit') : t('team.addGroup')}
      form={form}
      name="event-group"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="group-save"
    >
      <Form.Item name="name" label={t('team.groupName')} initialValue={group?.name} rules={[{ required: true, max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="leaderId" label={t('team.leader')} initialValue={group?.leaderId ?? undefined}>
        <Select allowClear showSearch optionFilterProp="label" options={options} data-testid="group-leader" />
      </Form.Item>
      <Form.Item name="memberIds" label={t('team.members')} initialValue={group?.members.map((m) => m.userId) ?? []}>
        <Select mode="multiple" showSearch optionFilterProp="label" options={options} data-testid="group-members" />
      </Form.Item>
      <Form.Item name="addDuties" label={t('team.addDuty')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

function GroupCard({ event, g, onEdit }: { event: EventDetail; g: EventGroup; onEdit: () => void }) {
  const { t } = useTranslation('events');
  const { me } = useSession();
  const mine = event.policies.manage || g.leaderId === me?.id || g.members.some((m) => m.userId === me?.id);
  const done = g.duties.filter((d) => d.done).length;
  const tick = useApiMutation({
    mutationFn: (v: { dutyId: string; done: boolean }) => write.duty(event.id, g.id, v.dutyId, v.done),
    invalidate: [eventKeys.event(event.id)],
  });
  const remove = useApiMutation({ mutationFn: () => write.deleteGroup(event.id, g.id), invalidate: [eventKeys.event(event.id)] });
  return (
    <Card
      size="small"
      data-testid="event-group"
      title={g.name}
      extra={
        event.policies.manage && (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="group-edit">
              {t('team.edit')}
            </Button>
            {g.code.startsWith('custom_') && (
              <Popconfirm title={t('team.removeConfirm')} onConfirm={() => remove.mutate()}>
                <Button size="small" danger>
                  {t('team.remove')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <div>
        {t('team.leader')}：{g.leaderName ?? '—'}
      </div>
      <div style={{ marginBottom: 8 }}>
        {t('team.members')}：{g.members.length ? g.members.map((m) => <Tag key={m.userId}>{m.name}</Tag>) : '—'}
      </div>
      <Progress
        percent={g.duties.length ? Math.round((done / g.duties.length) * 100) : 0}
        size="small"
        format={() => t('team.progress', { done, total: g.duties.length })}
      />
      <List
        size="small"
        dataSource={g.duties}
        renderItem={(d) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Checkbox
              checked={d.done}
              disabled={!mine || tick.isPending}
              onChange={(e) => tick.mutate({ dutyId: d.id, done: e.target.checked })}
              data-testid="duty-check"
            >
              <span style={{ textDecoration: d.done ? 'line-through' : undefined }}>{d.text}</span>
              {d.briefId && (
                <Tag color="orange" style={{ marginLeft: 6 }}>
                  {t('team.fromBrief')}
                </Tag>
              )}
              {d.done && d.doneByName && (
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {t('team.doneBy', { name: d.doneByName, at: dayjs(d.doneAt).format('MM-DD HH:mm') })}
                </Typography.Text>
              )}
            </Checkbox>
          </List.Item>
        )}
      />
    </Card>
  );
}

interface BriefValues {
  fromGroupId: string;
  toGroupIds: string[];
  title: string;
  body?: string;
  dueAt?: Dayjs;
}

function Briefs({ event }: { event: EventDetail }) {
  const { t } = useTranslation('events');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BriefValues>();
  const [error, setError] = useState<string | null>(null);
  const briefs = useQuery(briefsQuery(event.id, event.policies.work)).data?.data ?? [];
  const save = useApiMutation({
    mutationFn: (v: BriefValues) => write.brief(event.id, { ...v, body: v.body ?? null, dueAt: v.dueAt ? v.dueAt.format() : null }),
    form,
    invalidate: [eventKeys.event(event.id)],
    success: t('common.saved'),
    onError: (m) => setError(m),
    onSuccess: () => {
      form.resetFields();
      setOpen(false);
    },
  });
  if (!event.policies.work) return null;
  const groups = event.groups.map((g) => ({ value: g.id, label: g.name }));
  return (
    <Card
      size="small"
      title={t('team.briefs')}
      style={{ marginTop: 12 }}
      extra={
        <Button icon={<NotificationOutlined />} onClick={() => setOpen(true)} data-testid="brief-new">
          {t('team.newBrief')}
        </Button>
      }
    >
      {briefs.length === 0 ? (
        <Empty description={t('team.noBriefs')} />
      ) : (
        <List
          size="small"
          dataSource={briefs}
          renderItem={(b) => (
            <List.Item data-testid="brief-row">
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag>{b.fromGroupName}</Tag>→
                    {b.toGroupNames.map((n) => (
                      <Tag key={n}>{n}</Tag>
                    ))}
                    <span>{b.title}</span>
                  </Space>
                }
                description={
                  <>
                    {b.body && <div>{b.body}</div>}
                    {t('team.briefBy', { name: b.createdByName, at: dayjs(b.createdAt).format('MM-DD HH:mm') })}
                    {b.dueAt && ` · ${t('team.dueAt')} ${dayjs(b.dueAt).format('MM-DD HH:mm')}`}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <FormModal
        open={open}
        onClose={() => setOpen(false)}
        title={t('team.newBrief')}
        form={form}
        name="event-brief"
        saving={save.isPending}
        error={error}
        onFinish={(v) => save.mutate(v)}
        saveTestId="brief-save"
      >
        <Form.Item name="fromGroupId" label={t('team.from')} rules={[{ required: true }]}>
          <Select options={groups} data-testid="brief-from" />
        </Form.Item>
        <Form.Item name="toGroupIds" label={t('team.to')} rules={[{ required: true }]}>
          <Select mode="multiple" options={groups} data-testid="brief-to" />
        </Form.Item>
        <Form.Item name="title" label={t('team.briefTitle')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="brief-title" />
        </Form.Item>
        <Form.Item name="body" label={t('team.briefBody')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('team.dueAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" inputReadOnly />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

export default function TeamTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('events');
  const [editing, setEditing] = useState<EventGroup | 'new' | null>(null);
  return (
    <>
      {event.policies.manage && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} data-testid="group-new">
          {t('team.addGroup')}
        </Button>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 12 }}>
        {event.groups.map((g) => (
          <GroupCard key={g.id} event={event} g={g} onEdit={() => setEditing(g)} />
        ))}
      </div>
      <Briefs event={event} />
      {editing && <GroupModal event={event} group={editing === 'new' ? null : editing} open onClose={() => setEditing(null)} />}
    </>
  );
}
