/**
 * /tenants/applications/:id — one application: its facts (deposit in ¥ and in capital numerals), the verbs the
 * reader may use now (with a remark), violations and postponements, and for a move-in or move-out the
 * premises hand-over checklist.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Radio, Space, Steps, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { APPLICATION_ACTIONS, money, rmbInWords, type ApplicationAction, type TenantApplication } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { APPLICATION_LIVE_TOPICS, actOn, addPostponement, addViolation, applicationKeys, applicationQuery, saveChecklist } from './api';
import { STATE_COLORS } from './ApplicationsPage';

const FLOW = ['submitted', 'approved', 'in_progress', 'awaiting_acceptance', 'accepted'] as const;

export default function ApplicationPage() {
  const { t } = useTranslation('tenantApplications');
  const { id = null } = useParams();
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const when = useDateTime();
  useLive(APPLICATION_LIVE_TOPICS, [applicationKeys.all], propertyId);
  const q = useQuery(applicationQuery(id));
  const a = q.data;
  if (!a) return q.isLoading ? null : <Empty />;
  const current = a.state === 'rejected' ? 1 : a.state === 'failed' ? 4 : FLOW.indexOf(a.state as (typeof FLOW)[number]);
  return (
    <>
      <PageHeader
        title={`${t(`kind.${a.kind}`)} ${a.number}`}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/tenants/applications')}>
            {t('detail.back')}
          </Button>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Steps
            size="small"
            direction={phone ? 'vertical' : 'horizontal'}
            current={current}
            status={a.state === 'rejected' || a.state === 'failed' ? 'error' : a.state === 'accepted' ? 'finish' : 'process'}
            items={FLOW.map((s, i) => ({
              title:
                i === 1 && a.state === 'rejected'
                  ? t('state.rejected')
                  : i === 4 && a.state === 'failed'
                    ? t('state.failed')
                    : t(`state.${s}`),
            }))}
          />
          <div style={{ marginTop: 12 }}>
            <Tag color={STATE_COLORS[a.state]} data-testid="app-state">
              {t(`state.${a.state}`)}
            </Tag>
          </div>
        </Card>
        <Actions a={a} />
        <Card size="small" title={t('detail.facts')}>
          <Descriptions size="small" column={phone ? 1 : 2}>
            <Descriptions.Item label={t('col.tenant')}>{a.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('col.unit')}>{a.unitCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('col.description')}>{a.description}</Descriptions.Item>
            <Descriptions.Item label={t('col.period')}>
              {a.plannedStart} – {a.plannedEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.contractor')}>
              {a.contractorName ? `${a.contractorName} ${a.contractorPhone ?? ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('col.deposit')}>
              {money(a.depositFen)}{' '}
              <Typography.Text type="secondary">({t('detail.depositWords', { words: rmbInWords(a.depositFen) })})</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('col.submitted')}>
              {a.submittedByName} · {when(a.submittedAt)}
            </Descriptions.Item>
            {a.decidedAt && (
              <Descriptions.Item label={t('detail.decided')}>
                {a.decidedByName} · {when(a.decidedAt)} {a.decisionNote ?? ''}
              </Descriptions.Item>
            )}
            {a.startedAt && <Descriptions.Item label={t('detail.started')}>{when(a.startedAt)}</Descriptions.Item>}
            {a.finishedAt && <Descriptions.Item label={t('detail.finished')}>{when(a.finishedAt)}</Descriptions.Item>}
            {a.closedAt && (
              <Descriptions.Item label={t('detail.closed')}>
                {a.closedByName} · {when(a.closedAt)} {a.closeNote ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Notes a={a} />
        {a.kind !== 'fit_out' && <Checklist a={a} />}
      </Space>
    </>
  );
}

function Actions({ a }: { a: TenantApplication }) {
  const { t } = useTranslation('tenantApplications');
  const [note, setNote] = useState('');
  const act = useApiMutation({
    mutationFn: actOn,
    invalidate: [applicationKeys.all],
    success: t('action.done'),
    onSuccess: () => setNote(''),
  });
  const allowed = APPLICATION_ACTIONS.filter((x) => a.policies[x]);
  if (!allowed.length) return null;
  const decision = allowed.some((x) => x === 'approve' || x === 'reject' || x === 'accept' || x === 'fail');
  return (
    <Card size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        {decision && (
          <Input.TextArea rows={2} placeholder={t('action.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        )}
        <Space wrap>
          {allowed.map((x: ApplicationAction) => (
            <Button
              key={x}
              type={x === 'reject' || x === 'fail' ? 'default' : 'primary'}
              danger={x === 'reject' || x === 'fail'}
              loading={act.isPending && act.variables?.action === x}
              onClick={() => act.mutate({ id: a.id, action: x, note })}
              style={{ minHeight: 40 }}
              data-testid={`act-${x}`}
            >
              {t(`action.${x}`)}
            </Button>
          ))}
        </Space>
      </Space>
    </Card>
  );
}

function Notes({ a }: { a: TenantApplication }) {
  const { t } = useTranslation('tenantApplications');
  const [open, setOpen] = useState<'violation' | 'postponement' | null>(null);
  const [form] = Form.useForm<{ onDate?: Dayjs; text?: string; newEndDate?: Dayjs; reason?: string }>();
  const done = () => (setOpen(null), form.resetFields());
  const violation = useApiMutation({
    mutationFn: addViolation,
    form,
    invalidate: [applicationKeys.all],
    success: t('notes.saved'),
    onSuccess: done,
  });
  const postpone = useApiMutation({
    mutationFn: addPostponement,
    form,
    invalidate: [applicationKeys.all],
    success: t('notes.saved'),
    onSuccess: done,
  });
  return (
    <Card
      size="small"
      title={t('notes.title')}
      extra={
        a.policies.note && (
          <Space wrap>
            <Button size="small" onClick={() => setOpen('violation')}>
              {t('notes.addViolation')}
            </Button>
            <Button size="small" onClick={() => setOpen('postponement')}>
              {t('notes.addPostponement')}
            </Button>
          </Space>
        )
      }
    >
      {open && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            open === 'violation'
              ? violation.mutate({ id: a.id, onDate: v.onDate!.format('YYYY-MM-DD'), text: v.text! })
              : postpone.mutate({ id: a.id, newEndDate: v.newEndDate!.format('YYYY-MM-DD'), reason: v.reason! })
          }
        >
          {open === 'violation' ? (
            <>
              <Form.Item name="onDate" label={t('notes.onDate')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="text" label={t('notes.text')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="newEndDate" label={t('notes.newEndDate')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="reason" label={t('notes.reason')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={violation.isPending || postpone.isPending}>
            {t('notes.save')}
          </Button>
        </Form>
      )}
      <List
        size="small"
        dataSource={a.notes}
        locale={{ emptyText: t('notes.none') }}
        renderItem={(n) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Space wrap>
                <Tag color={n.kind === 'violation' ? 'red' : 'blue'}>{t(`notes.${n.kind}`)}</Tag>
                <span>{n.onDate}</span>
                {n.newEndDate && <span>{t('notes.newEnd', { date: n.newEndDate })}</span>}
                <Typography.Text type="secondary">{n.byName}</Typography.Text>
              </Space>
              <span>{n.text}</span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Checklist({ a }: { a: TenantApplication }) {
  const { t } = useTranslation('tenantApplications');
  const [form] = Form.useForm<Record<string, { result?: 'ok' | 'defect'; note?: string }>>();
  const save = useApiMutation({ mutationFn: saveChecklist, form, invalidate: [applicationKeys.all], success: t('checklist.saved') });
  const edit = a.policies.checklist;
  return (
    <Card size="small" title={t('checklist.title')}>
      <Form
        form={form}
        initialValues={Object.fromEntries(a.checklist.map((c) => [c.item, { result: c.result ?? undefined, note: c.note ?? undefined }]))}
        onFinish={(v) =>
          save.mutate({
            id: a.id,
            items: Object.entries(v)
              .filter(([, x]) => x?.result)
              .map(([item, x]) => ({ item, result: x.result!, note: x.note || null })),
          })
        }
      >
        {a.checklist.map((c) => (
          <div key={c.item} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline', marginBottom: 4 }}>
            <span style={{ width: 120 }}>{t(`checklist.item.${c.item}`)}</span>
            {edit ? (
              <>
                <Form.Item name={[c.item, 'result']} style={{ margin: 0 }}>
                  <Radio.Group
                    optionType="button"
                    size="small"
                    options={[
                      { value: 'ok', label: t('checklist.ok') },
                      { value: 'defect', label: t('checklist.defect') },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[c.item, 'note']} style={{ margin: 0, flex: '1 1 160px' }}>
                  <Input size="small" placeholder={t('checklist.note')} maxLength={300} />
                </Form.Item>
              </>
            ) : (
              <>
                <Tag color={c.result === 'ok' ? 'green' : c.result === 'defect' ? 'red' : 'default'}>
                  {t(`checklist.${c.result ?? 'pending'}`)}
                </Tag>
                <span>{c.note}</span>
              </>
            )}
          </div>
        ))}
        {edit && (
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 8 }}>
            {t('checklist.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
