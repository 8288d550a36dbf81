/** 培训: the month's training plan (sessions), attendance with results or absence reasons, and who was trained. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, STAFF_ROLES, type Role, type TrainingSession } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { planSession, recordAttendance, sessionsQuery, staffQuery, trainedQuery, trainingKeys } from './api';
import '../quality.css';

export default function TrainingPage() {
  const { t, i18n } = useTranslation('training');
  const en = i18n.language === 'en-US';
  const { propertyId, can } = useSession();
  const phone = useIsPhone();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [planning, setPlanning] = useState(false);
  const [attending, setAttending] = useState<TrainingSession | null>(null);
  const sessions = useQuery(sessionsQuery(propertyId, month)).data?.data ?? [];
  const trained = useQuery(trainedQuery(propertyId, month)).data?.data ?? [];
  const role = (r: Role) => (en ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh);
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          can('quality.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              style={{ minHeight: 40 }}
              data-testid="training-plan"
            >
              {t('plan')}
            </Button>
          )
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Card
        size="small"
        title={t('sessions', { month })}
        extra={
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            allowClear={false}
            inputReadOnly
          />
        }
        style={{ marginBottom: 16 }}
      >
        {sessions.length === 0 && <Empty description={t('empty')} />}
        {sessions.map((s) => (
          <div key={s.id} className="sq-row" data-testid="training-row">
            <div className="sq-row-main">
              <div>
                <b>{s.topic}</b>
              </div>
              <div className="sq-sub">
                {dayjs(s.startsAt).format('MM-DD HH:mm')} · {t('minutes', { n: s.minutes })} · {s.place} ·{' '}
                {t('trainer', { name: s.trainer })}
              </div>
              <div className="sq-sub">{s.audienceRoles.map(role).join('、')}</div>
              {s.attendance.length > 0 && (
                <div className="sq-sub">
                  {s.attendance.map((a) => (
                    <Tag key={a.userId} color={a.attended ? (a.passed === false ? 'orange' : 'green') : 'default'}>
                      {a.userName} {a.attended ? (a.score ?? '') : t('absent', { reason: a.absenceReason })}
                    </Tag>
                  ))}
                </div>
              )}
            </div>
            {s.policies.record && dayjs(s.startsAt).isBefore(dayjs()) && (
              <Button onClick={() => setAttending(s)} style={{ minHeight: 40 }} data-testid="training-attendance">
                {s.attendance.length ? t('editAttendance') : t('recordAttendance')}
              </Button>
            )}
          </div>
        ))}
      </Card>
      <Card size="small" title={t('trainedTitle', { month })}>
        <Table
          size="small"
          rowKey="userId"
          pagination={false}
          dataSource={trained}
          locale={{ emptyText: t('trainedEmpty') }}
          columns={[
            { title: t('col.name'), dataIndex: 'userName' },
            { title: t('col.attended'), dataIndex: 'attended' },
            { title: t('col.absent'), dataIndex: 'absent' },
            { title: t('col.passed'), dataIndex: 'passed' },
          ]}
        />
      </Card>
      {planning && <PlanModal onClose={() => setPlanning(false)} />}
      {attending && <AttendanceModal session={attending} onClose={() => setAttending(null)} />}
    </>
  );
}

function PlanModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('training');
  const en = i18n.language === 'en-US';
  const { propertyId } = useSession();
  const [form] = Form.useForm<{
    topic: string;
    trainer: string;
    startsAt: Dayjs;
    minutes: number;
    place: string;
    audienceRoles: Role[];
    notes?: string;
  }>();
  const save = useApiMutation({ mutationFn: planSession, form, invalidate: [trainingKeys.all], success: t('planned'), onSuccess: onClose });
  return (
    <Modal open onCancel={onClose} title={t('plan')} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ minutes: 90 }}
        onFinish={(v) => save.mutate({ ...v, propertyId, startsAt: v.startsAt.format(), notes: v.notes || null })}
      >
        <Form.Item name="topic" label={t('f.topic')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="trainer" label={t('f.trainer')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('f.startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="minutes" label={t('f.minutes')} rules={[{ required: true }]}>
          <InputNumber min={10} max={600} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('f.place')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="audienceRoles" label={t('f.audience')} rules={[{ required: true }]}>
          <Select mode="multiple" options={STAFF_ROLES.map((r) => ({ value: r, label: en ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('f.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Line = { userId: string; attended: boolean; absenceReason?: string | null; score?: number | null; passed?: boolean | null };

function AttendanceModal({ session, onClose }: { session: TrainingSession; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { propertyId } = useSession();
  const staff = useQuery(staffQuery(propertyId)).data?.data ?? [];
  const audience = staff.filter(
    (s) => s.roles.some((r) => session.audienceRoles.includes(r)) || session.attendance.some((a) => a.userId === s.id),
  );
  const [form] = Form.useForm<{ entries: Line[] }>();
  const entries = Form.useWatch('entries', form);
  const save = useApiMutation({
    mutationFn: recordAttendance,
    form,
    invalidate: [trainingKeys.all],
    success: t('recorded'),
    onSuccess: onClose,
  });
  const initial = audience.map((s) => {
    const a = session.attendance.find((x) => x.userId === s.id);
    return {
      userId: s.id,
      attended: a ? a.attended : true,
      absenceReason: a?.absenceReason ?? null,
      score: a?.score ?? null,
      passed: a?.passed ?? null,
    };
  });
  if (!staff.length) return null;
  return (
    <Modal
      open
      onCancel={onClose}
      title={`${t('recordAttendance')} · ${session.topic}`}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        initialValues={{ entries: initial }}
        onFinish={(v) =>
          save.mutate({
            id: session.id,
            entries: v.entries.map((e) =>
              e.attended
                ? { userId: e.userId, attended: true, score: e.score ?? null, passed: e.passed ?? null }
                : { userId: e.userId, attended: false, absenceReason: e.absenceReason || null },
            ),
          })
        }
      >
        <Form.List name="entries">
          {(fields) =>
            fields.map((f, i) => (
              <div key={f.key} className="sq-row" style={{ flexWrap: 'wrap' }}>
                <span style={{ width: 80 }}>{audience[i]?.displayName}</span>
                <Form.Item name={[f.name, 'attended']} valuePropName="checked" noStyle>
                  <Switch checkedChildren={t('present')} unCheckedChildren={t('absentShort')} />
                </Form.Item>
                {entries?.[i]?.attended === false ? (
                  <Form.Item name={[f.name, 'absenceReason']} noStyle>
                    <Input placeholder={t('f.reason')} style={{ flex: 1, minWidth: 140 }} maxLength={200} />
                  </Form.Item>
                ) : (
                  <>
                    <Form.Item name={[f.name, 'score']} noStyle>
                      <InputNumber min={0} max={100} placeholder={t('f.score')} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'passed']} valuePropName="checked" noStyle>
                      <Switch checkedChildren={t('passed')} unCheckedChildren={t('notPassed')} />
                    </Form.Item>
                  </>
                )}
              </div>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
