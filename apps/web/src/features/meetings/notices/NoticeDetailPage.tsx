/**
 * /service-notices/:id — one 《会议服务通知单》: the form's fields, tasks per department with readiness
 * report and verification, the three-level check (M5), live status and incidents (M8), versions.
 */
import { useState, type HTMLAttributes } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import {
  ArrowLeftOutlined,
  CaretRightOutlined,
  CheckOutlined,
  LinkOutlined,
  PlusOutlined,
  PoweroffOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { CHECK_LEVELS, INCIDENT_KINDS, MEETING_REPORT_ROLES, type Department } from '@hy/contracts';
import { api, ApiError, qs } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { HistoryDrawer, type AuditEvent } from '../../../components/HistoryDrawer';
import { useBookingLabels } from '../../bookings/labels';
import { span } from '../../bookings/api';
import {
  meetingKeys,
  useLiveMeetings,
  useNotice,
  type Incident,
  type MeetingTask,
  type Notice,
  type NoticeCheck,
  type NoticeDepartment,
} from '../api/types';
import { CompleteTaskModal } from '../tasks/CompleteTaskModal';
import { NoticeServiceTabs } from './NoticeServiceTabs';
import { NoticeSurveyCard } from '../reports/NoticeSurveyCard';
import { DEPT_COLORS, DeptReadyTag, LiveTag, fmtAt, readinessOf, useServingOrder } from '../labels';
import '../meetings.css';

/** Runs a notice action, reports the outcome and refreshes the meeting queries. */
function useAct() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { t } = useTranslation('meetings');
  return async (fn: () => Promise<unknown>, ok: string, form?: Parameters<typeof applyProblem>[1]) => {
    try {
      const r = await fn();
      if (r && typeof r === 'object' && 'id' in r && 'departments' in r) qc.setQueryData(meetingKeys.notice((r as Notice).id), r);
      message.success(ok);
      return true;
    } catch (err) {
      message.error(applyProblem(err, form, t('err.failed')));
      return false;
    } finally {
      void qc.invalidateQueries({ queryKey: meetingKeys.all });
    }
  };
}

function NoticeInfo({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const L = useBookingLabels();
  const serving = useServingOrder();
  const c = n.content;
  return (
    <Descriptions column={2} size="small" bordered labelStyle={{ width: 112, whiteSpace: 'nowrap' }} data-testid="notice-info">
      <Descriptions.Item label={t('field.meetingName')} span={2}>
        {c.meetingName}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.time')} span={2}>
        {span(c.startAt, c.endAt, tz)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.venue')} span={2}>
        {c.venue.name}
        {c.venue.building ? ` · ${c.venue.building}` : ''} <Tag style={{ marginLeft: 4 }}>{L.P.venueClass(c.venue.class)}</Tag>
        {c.linkedVenues.length > 0 && (
          <Typography.Text type="secondary">{L.paren(`${t('field.linked')} ${c.linkedVenues.join('、')}`)}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.organizer')}>{c.organizerUnit}</Descriptions.Item>
      <Descriptions.Item label={t('field.contact')}>
        {c.contactName} {c.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.attendees')}>{c.attendeeCount}</Descriptions.Item>
      <Descriptions.Item label={t('field.layout')}>{c.layout ? L.P.layout(c.layout) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.services')} span={2}>
        {c.services.length ? (
          <Space size={[4, 4]} wrap>
            {c.services.map((s) => (
              <Tag key={`${s.code}${s.kind ?? ''}`}>{L.serviceText(s)}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.importance')} span={2}>
        <Tag color={c.importance === 'important' ? 'gold' : c.importance === 'internal' ? 'geekblue' : 'default'}>
          {t(`importance.${c.importance}`)}
        </Tag>
        {t(`cup.${c.cupType}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.servingOrder')} span={2}>
        <ol className="mt-serving">
          {serving(c.servingOrder).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.notes')} span={2}>
        <span className="mt-pre">{c.notes || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.bookingNumber')}>{c.bookingNumber}</Descriptions.Item>
      <Descriptions.Item label={t('field.issuedAt')}>{fmtAt(n.issuedAt, tz, 'YYYY-MM-DD HH:mm')}</Descriptions.Item>
    </Descriptions>
  );
}

function TaskTable({ tasks, tz, onComplete }: { tasks: MeetingTask[]; tz: string; onComplete: (t: MeetingTask) => void }) {
  const { t } = useTranslation('meetings');
  const now = dayjs();
  return (
    <Table<MeetingTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      scroll={{ x: 720 }}
      onRow={(r) => ({ 'data-testid': 'notice-task', 'data-status': r.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('detail.due'),
          width: 104,
          render: (_, r) => (
            <Typography.Text
              type={r.status === 'open' && dayjs(r.dueAt).isBefore(now) ? 'danger' : undefined}
              strong={r.status === 'open' && dayjs(r.dueAt).isBefore(now)}
            >
              {fmtAt(r.dueAt, tz)}
            </Typography.Text>
          ),
        },
        {
          title: t('detail.task'),
          render: (_, r) => (
            <div>
              <div>{r.title}</div>
              {r.instructions && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.instructions}
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: t('detail.qty'), width: 76, render: (_, r) => (r.quantity !== null ? `${r.quantity}${r.unit ?? ''}` : '') },
        {
          title: t('detail.status'),
          width: 200,
          render: (_, r) =>
            r.status === 'done' ? (
              <div style={{ fontSize: 12 }}>
                <Tag color="success" style={{ marginInlineEnd: 4 }}>
                  {t('taskStatus.done')}
                </Tag>
                {r.doneByName} {fmtAt(r.doneAt, tz)}
                {r.note && <div className="mt-pre">{r.note}</div>}
                {r.photoUrl && (
                  <a href={r.photoUrl} target="_blank" rel="noreferrer">
                    <LinkOutlined /> {t('detail.photo')}
                  </a>
                )}
              </div>
            ) : r.policies.complete ? (
              <Button size="small" icon={<CheckOutlined />} onClick={() => onComplete(r)} data-testid="task-complete">
                {t('board.markDone')}
              </Button>
            ) : (
              <Tag color={dayjs(r.dueAt).isBefore(now) ? 'error' : 'default'}>
                {dayjs(r.dueAt).isBefore(now) ? t('board.overdue') : t(`taskStatus.${r.status}`)}
              </Tag>
            ),
        },
      ]}
    />
  );
}

function DepartmentPanel({ n, d, tz }: { n: Notice; d: NoticeDepartment; tz: string }) {
  const { t } = useTranslation('meetings');
  const act = useAct();
  const [completing, setCompleting] = useState<MeetingTask | null>(null);
  const canReport = n.policies.readiness.includes(d.department) && !d.readyAt;
  const canVerify = n.policies.verify && !!d.readyAt && !d.verifiedAt;
  return (
    <div data-testid="dept-panel" data-dept={d.department}>
      <div className="mt-ready-bar">
        <Space wrap size={8}>
          <DeptReadyTag department={d.department} d={d} />
          {d.verifiedAt ? (
            <Typography.Text type="success">{t('detail.verifiedBy', { at: fmtAt(d.verifiedAt, tz) })}</Typography.Text>
          ) : d.readyAt ? (
            <Typography.Text>{t('detail.readyBy', { at: fmtAt(d.readyAt, tz) })}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              {t('detail.notReady')}
              {d.openBeforeStart ? ` · ${t('detail.openBefore', { count: d.openBeforeStart })}` : ''}
            </Typography.Text>
          )}
          {d.readyLate && <Tag color="red">{t('detail.readyLateTag')}</Tag>}
        </Space>
        <Space wrap>
          {canReport && (
            <Button
              type="primary"
              ghost
              icon={<CheckOutlined />}
              data-testid="report-ready"
              disabled={d.openBeforeStart > 0}
              onClick={() => act(() => api.post(`/service-notices/${n.id}/readiness`, { department: d.department }), t('detail.readyDone'))}
            >
              {t('detail.reportReady')}
            </Button>
          )}
          {canVerify && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              data-testid="verify-ready"
              onClick={() => act(() => api.post(`/service-notices/${n.id}/verify`, { department: d.department }), t('detail.verifyDone'))}
            >
              {t('detail.verify')}
            </Button>
          )}
        </Space>
      </div>
      <TaskTable tasks={d.tasks} tz={tz} onComplete={setCompleting} />
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
}

function ChecksPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const act = useAct();
  const [level, setLevel] = useState<number | null>(null);
  const [form] = Form.useForm<{ result: 'ok' | 'problem'; finding?: string }>();
  const color = { pending: 'default', ok: 'green', problem: 'red', missed: 'orange' } as const;
  const checks: NoticeCheck[] = CHECK_LEVELS.map((c) => n.checks.find((x) => x.level === c.level)).filter((x): x is NoticeCheck => !!x);
  return (
    <Card size="small" title={t('check.title')} data-testid="checks-panel">
      <Timeline
        items={checks.map((c) => ({
          key: c.level,
          color: c.status === 'ok' ? 'green' : c.status === 'problem' ? 'red' : c.status === 'missed' ? 'orange' : 'gray',
          children: (
            <div data-testid="check-item" data-level={c.level} data-status={c.status}>
              <div className="mt-check-head">
                <Typography.Text strong>{t(`check.level${c.level}`)}</Typography.Text>
                <Tag color={color[c.status]} style={{ marginInlineEnd: 0 }}>
                  {t(`check.${c.status}`)}
                </Tag>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.checkedAt
                  ? t('check.by', { name: c.checkedByName ?? '', at: fmtAt(c.checkedAt, tz) })
                  : t('check.due', { at: fmtAt(c.dueAt, tz) })}
              </Typography.Text>
              {c.finding && (
                <div className="mt-pre" style={{ fontSize: 12 }}>
                  {c.finding}
                </div>
              )}
              {n.policies.checks.includes(c.level) && (c.status === 'pending' || c.status === 'missed') && (
                <div>
                  <Button
                    size="small"
                    type="link"
                    style={{ padding: 0 }}
                    data-testid="record-check"
                    onClick={() => {
                      form.setFieldsValue({ result: 'ok', finding: '' });
                      setLevel(c.level);
                    }}
                  >
                    {t('check.record')}
                  </Button>
                </div>
              )}
            </div>
          ),
        }))}
      />
      <Modal
        open={level !== null}
        title={level ? t(`check.level${level}`) : ''}
        onCancel={() => setLevel(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'check-submit' }}
        onOk={async () => {
          const v = await form.validateFields();
          if (
            await act(
              () => api.post(`/service-notices/${n.id}/checks/${level}`, { result: v.result, finding: v.finding?.trim() || null }),
              t('check.recorded'),
              form,
            )
          )
            setLevel(null);
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ result: 'ok' }}>
          <Form.Item name="result" label={t('check.result')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'ok', label: t('check.ok') },
                { value: 'problem', label: t('check.problem') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => (
              <Form.Item
                name="finding"
                label={t('check.finding')}
                rules={[{ required: form.getFieldValue('result') === 'problem', whitespace: true, message: t('check.findingRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={1000} data-testid="check-finding" />
              </Form.Item>
            )}
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function IncidentsPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const act = useAct();
  const [open, setOpen] = useState(false);
  const [resolving, setResolving] = useState<Incident | null>(null);
  const [form] = Form.useForm();
  const [rform] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  return (
    <Card
      size="small"
      title={t('incident.title')}
      data-testid="incidents-panel"
      extra={
        n.policies.reportIncident && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setOpen(true);
            }}
            data-testid="report-incident"
          >
            {t('incident.report')}
          </Button>
        )
      }
    >
      {n.incidents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incident.none')} style={{ margin: 8 }} />
      ) : (
        <List
          size="small"
          dataSource={n.incidents}
          renderItem={(i) => (
            <List.Item data-testid="incident-item" style={{ display: 'block', paddingInline: 0 }}>
              <Space size={4} wrap>
                <Tag color={i.kind === 'equipment_failure' ? 'volcano' : 'orange'}>{t(`incident.kinds.${i.kind}`)}</Tag>
                {i.severity === 'serious' && <Tag color="red">{t('incident.escalated')}</Tag>}
                {i.resolvedAt ? (
                  <Badge status="success" text={t('incident.resolved')} />
                ) : (
                  <Badge status="processing" text={t('incident.open')} />
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('incident.reportedBy', { at: fmtAt(i.reportedAt, tz) })}
                </Typography.Text>
              </Space>
              <div className="mt-pre">{i.description}</div>
              {i.handling && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('incident.handling')}：{i.handledBy ? `${i.handledBy} · ` : ''}
                  {i.handling}
                </Typography.Text>
              )}
              {i.kind === 'equipment_failure' && !i.resolvedAt && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 6, fontSize: 12 }}
                  message={t('incident.plan')}
                  description={t('avPlan')}
                />
              )}
              {!i.resolvedAt && n.policies.reportIncident && (
                <div>
                  <Button
                    size="small"
                    type="link"
                    style={{ padding: 0 }}
                    data-testid="resolve-incident"
                    onClick={() => {
                      rform.resetFields();
                      setResolving(i);
                    }}
                  >
                    {t('incident.resolve')}
                  </Button>
                </div>
              )}
            </List.Item>
          )}
        />
      )}
      <Modal
        open={open}
        title={t('incident.report')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'incident-submit' }}
        width={560}
        onOk={async () => {
          const v = await form.validateFields();
          if (
            await act(
              () => api.post(`/service-notices/${n.id}/incidents`, { ...v, handledBy: v.handledBy || null, handling: v.handling || null }),
              t('incident.reported'),
              form,
            )
          )
            setOpen(false);
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'equipment_failure', severity: 'normal' }} preserve={false}>
          <Form.Item name="kind" label={t('incident.kind')}>
            <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incident.kinds.${k}`) }))} data-testid="incident-kind" />
          </Form.Item>
          {kind === 'equipment_failure' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('incident.plan')}
              description={t('avPlan')}
              data-testid="av-plan"
            />
          )}
          <Form.Item name="severity" label={t('incident.severity')}>
            <Radio.Group
              options={[
                { value: 'normal', label: t('incident.severities.normal') },
                { value: 'serious', label: t('incident.severities.serious') },
              ]}
            />
          </Form.Item>
          <Form.Item name="description" label={t('incident.description')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="incident-description" />
          </Form.Item>
          <Form.Item name="handledBy" label={t('incident.handledBy')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="handling" label={t('incident.handling')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!resolving}
        title={t('incident.resolve')}
        onCancel={() => setResolving(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'resolve-submit' }}
        onOk={async () => {
          const v = await rform.validateFields();
          if (
            await act(
              () => api.post(`/meeting-incidents/${resolving!.id}/resolve`, { handledBy: v.handledBy || null, handling: v.handling }),
              t('incident.resolvedMsg'),
              rform,
            )
          )
            setResolving(null);
        }}
      >
        <Form form={rform} layout="vertical" preserve={false}>
          <Form.Item name="handledBy" label={t('incident.handledBy')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="handling"
            label={t('incident.handling')}
            rules={[{ required: true, whitespace: true, message: t('incident.handlingRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="resolve-handling" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

interface Diff {
  added?: { title: string; dueAt: string; quantity: number | null }[];
  removed?: { title: string }[];
  moved?: { title: string; from: string; to: string }[];
  quantityChanged?: { title: string; from: number | null; to: number | null }[];
}

/** Versions of the notice from its audit trail: what changed, per department. */
function VersionsPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const q = useQuery({
    queryKey: meetingKeys.versions(n.id),
    queryFn: () => api.get<{ data: AuditEvent[] }>(`/audit-events${qs({ entityType: 'service_notice', entityId: n.id, limit: 100 })}`),
  });
  const events = (q.data?.data ?? []).filter((e) => /service_notice\.(issued|reissued|on_hold|cancelled)$/.test(e.action));
  return (
    <Card size="small" title={t('detail.versions')} data-testid="versions-panel">
      {q.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : events.length <= 1 && n.version === 1 ? (
        <Typography.Text type="secondary">{t('detail.noVersions')}</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e) => {
            const meta = (e.meta ?? {}) as { version?: number; changes?: string[]; diff?: Record<string, Diff> };
            const v = meta.version ?? (e.action.endsWith('.issued') ? 1 : undefined);
            return {
              key: e.id,
              children: (
                <div style={{ fontSize: 12 }}>
                  <Typography.Text strong>
                    {v
                      ? t('detail.versionN', { v })
                      : e.action.endsWith('on_hold')
                        ? t('noticeStatus.on_hold')
                        : e.action.endsWith('cancelled')
                          ? t('noticeStatus.cancelled')
                          : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {e.actorName ?? ''} {fmtAt(e.at, tz)}
                  </Typography.Text>
                  {e.action.endsWith('.issued') && <div>{t('detail.issuedV1')}</div>}
                  {(meta.changes ?? []).map((c) => (
                    <div key={c}>{c}</div>
                  ))}
                  {Object.entries(meta.diff ?? {}).map(([dep, d]) => (
                    <div key={dep} className="mt-diff">
                      <span style={{ color: DEPT_COLORS[dep as Department], fontWeight: 600 }}>
                        {t('detail.changesFor', { dept: t(`dept.short.${dep}`) })}
                      </span>
                      {(d.added ?? []).map((x) => (
                        <div key={`a${x.title}`}>
                          + {t('detail.added')}：{x.title}
                          {x.quantity !== null ? ` ×${x.quantity}` : ''}（{fmtAt(x.dueAt, tz)}）
                        </div>
                      ))}
                      {(d.removed ?? []).map((x) => (
                        <div key={`r${x.title}`}>
                          − {t('detail.removed')}：{x.title}
                        </div>
                      ))}
                      {(d.moved ?? []).map((x) => (
                        <div key={`m${x.title}`}>
                          ↻ {t('detail.moved')}：{x.title} {fmtAt(x.from, tz)} → {fmtAt(x.to, tz)}
                        </div>
                      ))}
                      {(d.quantityChanged ?? []).map((x) => (
                        <div key={`q${x.title}`}>
                          # {t('detail.qtyChanged')}：{x.title} {x.from ?? '—'} → {x.to ?? '—'}
                        </div>
                      ))}
                    </div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}

export default function NoticeDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  useLiveMeetings(session.propertyId);
  const q = useNotice(id);
  const act = useAct();
  const [tab, setTab] = useState<string | undefined>(undefined);
  const missing = q.error instanceof ApiError && [400, 403, 404].includes(q.error.status);
  if (q.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (missing || !q.data)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={<Button onClick={() => navigate('/service-notices')}>{t('detail.back')}</Button>}
      />
    );
  const n = q.data;
  const mine = n.departments.find((d) => n.policies.readiness.includes(d.department));
  const activeTab = tab ?? mine?.department ?? n.departments[0]?.department;
  return (
    <div data-testid="notice-detail" data-number={n.number}>
      <PageHeader
        title={
          <Space size={8} wrap>
            <span>
              {t('print.title')} · {n.number}
            </span>
            <LiveTag status={n.liveStatus} />
            <Tag>{t('print.version', { v: n.version })}</Tag>
            {n.status !== 'active' && <Tag color="red">{t(`noticeStatus.${n.status}`)}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/service-notices')}>
              {t('detail.back')}
            </Button>
            <Link to={`/bookings/${n.bookingId}`}>
              <Button>{t('detail.booking')}</Button>
            </Link>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/service-notices/${n.id}/print`)} data-testid="print-notice">
              {t('detail.print')}
            </Button>
            {session.can('audit.read') && <HistoryDrawer entityType="service_notice" entityId={n.id} title={n.number} />}
            {n.policies.start && (
              <Popconfirm
                title={t('detail.startConfirm')}
                onConfirm={() => act(() => api.post(`/service-notices/${n.id}/start`), t('detail.started'))}
              >
                <Button type="primary" icon={<CaretRightOutlined />} data-testid="start-meeting">
                  {t('detail.start')}
                </Button>
              </Popconfirm>
            )}
            {n.policies.end && (n.startedAt || n.liveStatus === 'in_progress') && (
              <Popconfirm
                title={t('detail.endConfirm')}
                onConfirm={() => act(() => api.post(`/service-notices/${n.id}/end`), t('detail.ended'))}
              >
                <Button danger icon={<PoweroffOutlined />} data-testid="end-meeting">
                  {t('detail.end')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      {n.issuedLate && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 12 }}
          message={t('detail.issuedLate')}
          description={n.noticeDeadline ? `${t('detail.noticeDeadline')}：${fmtAt(n.noticeDeadline, tz, 'YYYY-MM-DD HH:mm')}` : undefined}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('detail.info')}
            style={{ marginBottom: 16 }}
            extra={
              n.conferenceBuilding && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('detail.noticeDeadline')} {fmtAt(n.noticeDeadline, tz)} · {t('detail.readyDeadline')} {fmtAt(n.readyDeadline, tz)}
                </Typography.Text>
              )
            }
          >
            <NoticeInfo n={n} tz={tz} />
          </Card>
          <Card size="small" title={t('detail.tasks')} styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              activeKey={activeTab}
              onChange={setTab}
              items={n.departments.map((d) => ({
                key: d.department,
                label: (
                  <span data-testid="dept-tab" data-dept={d.department}>
                    <span className="mt-dot" style={{ background: DEPT_COLORS[d.department] }} />
                    {t(`dept.short.${d.department}`)}{' '}
                    <Typography.Text type={readinessOf(d) === 'verified' ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
                      {d.done}/{d.total}
                    </Typography.Text>
                  </span>
                ),
                children: <DepartmentPanel n={n} d={d} tz={tz} />,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('detail.readiness')}>
              <Space direction="vertical" size={6} style={{ width: '100%' }}>
                {n.departments.map((d) => (
                  <div key={d.department} className="mt-ready-row">
                    <DeptReadyTag department={d.department} d={d} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.verifiedAt
                        ? t('detail.verifiedBy', { at: fmtAt(d.verifiedAt, tz) })
                        : d.readyAt
                          ? t('detail.readyBy', { at: fmtAt(d.readyAt, tz) })
                          : `${d.done}/${d.total}`}
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            </Card>
            <ChecksPanel n={n} tz={tz} />
            <IncidentsPanel n={n} tz={tz} />
            {session.hasRole(...MEETING_REPORT_ROLES) && <NoticeSurveyCard noticeId={n.id} tz={tz} />}
            {session.can('audit.read') && <VersionsPanel n={n} tz={tz} />}
          </Space>
        </Col>
      </Row>
      <NoticeServiceTabs n={n} />
    </div>
  );
}
