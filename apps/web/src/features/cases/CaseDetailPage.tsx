/** Case detail: SLA clocks, classification, timeline, work orders, callbacks and every action the server allows. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  Empty,
  Image,
  Popconfirm,
  Rate,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ArrowLeftOutlined,
  EditOutlined,
  PrinterOutlined,
  MoreOutlined,
  SendOutlined,
  CheckOutlined,
  LockOutlined,
  PlusOutlined,
  PhoneOutlined,
  PauseOutlined,
  CaretRightOutlined,
  FieldTimeOutlined,
  MessageOutlined,
  StopOutlined,
  RollbackOutlined,
  SwapOutlined,
  FormOutlined,
  SafetyCertificateOutlined,
  AlertFilled,
} from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useSession } from '../../lib/session';
import { useLive } from '../../lib/live';
import type { CaseDetail, CaseEvent, WorkOrderRow } from '@hy/contracts';
import {
  CASE_LIVE_TOPICS,
  caseKeys,
  formatDuration,
  isPinned,
  returnWorkOrder,
  slaOf,
  useCase,
  useCaseWrite,
  useNow,
  useOrgs,
  useUnits,
} from './api';
import { CaseActionModal, type CaseAction } from './CaseActions';
import { CaseStatusTag, EmergencyTag, SeverityTag, SlaCell, WoStatusTag, useCaseLabels } from './labels';

const fmt = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

const EVENT_COLORS: Record<string, string> = {
  created: 'blue',
  closed: 'gray',
  reopened: 'red',
  escalated: 'red',
  resolve_breach: 'red',
  respond_breach: 'red',
  work_order_voided: 'red',
  apology: 'orange',
  paused: 'purple',
  resumed: 'purple',
  extended: 'orange',
  callback: 'green',
  resolved: 'green',
  work_order_returned: 'green',
  emergency_signed_off: 'green',
};

export default function CaseDetailPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const navigate = useNavigate();
  const { propertyId, can } = useSession();
  const { data: c, isLoading, error } = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  const now = useNow();
  const units = useUnits(propertyId).data ?? [];
  const orgs = useOrgs(propertyId).data ?? [];

  if (isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (error || !c)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={<Button onClick={() => navigate('/cases')}>{t('common:action.back')}</Button>}
      />
    );
  const p = c.policies;
  const unit = units.find((u) => u.id === c.unitId);
  const org = orgs.find((o) => o.id === c.organizationId);

  const more = [
    p.followUp && { key: 'apology', icon: <MessageOutlined />, label: t('action.apology') },
    p.followUp && { key: 'customer_contact', icon: <PhoneOutlined />, label: t('action.customerContact') },
    p.pause && { key: 'pause', icon: <PauseOutlined />, label: t('action.pause') },
    p.resume && { key: 'resume', icon: <CaretRightOutlined />, label: t('action.resume') },
    p.extend && { key: 'extend', icon: <FieldTimeOutlined />, label: t('action.extend') },
    p.classify && { key: 'classify', icon: <EditOutlined />, label: t('action.classify') },
  ].filter(Boolean) as { key: string; icon: JSX.Element; label: string }[];
  const onMore = (key: string) => {
    if (key === 'apology') setAction({ kind: 'followUp', followUpKind: 'apology' });
    else if (key === 'customer_contact') setAction({ kind: 'followUp', followUpKind: 'customer_contact' });
    else setAction({ kind: key } as CaseAction);
  };

  return (
    <>
      <PageHeader
        title={
          <Space size={8} wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common:action.back')} />
            <span data-testid="case-number">{c.number}</span>
            <Tag color={c.kind === 'complaint' ? 'magenta' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
              {L.kind(c.kind)}
            </Tag>
            <CaseStatusTag status={c.status} />
            <SeverityTag severity={c.severity} />
            {c.emergency && <EmergencyTag />}
            {c.reopenedCount > 0 && <Tag color="volcano">{t('detail.reopenedTimes', { count: c.reopenedCount })}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {p.signOffEmergency && (
              <Button
                type="primary"
                danger
                icon={<SafetyCertificateOutlined />}
                onClick={() => setAction({ kind: 'signOffEmergency' })}
                data-testid="emergency-signoff"
              >
                {t('action.signOffEmergency')}
              </Button>
            )}
            {p.followUp && (
              <Button icon={<FormOutlined />} onClick={() => setAction({ kind: 'followUp' })} data-testid="act-followUp">
                {t('action.followUp')}
              </Button>
            )}
            {p.dispatch && (
              <Button icon={<SendOutlined />} onClick={() => setAction({ kind: 'dispatch' })} data-testid="act-dispatch">
                {t('action.dispatch')}
              </Button>
            )}
            {p.issueWorkOrder && c.kind === 'repair' && (
              <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'issue' })} data-testid="act-issue">
                {t('action.issue')}
              </Button>
            )}
            {p.resolve && c.kind !== 'repair' && (
              <Button icon={<CheckOutlined />} onClick={() => setAction({ kind: 'resolve' })} data-testid="act-resolve">
                {t('action.resolve')}
              </Button>
            )}
            {p.callback && (
              <Button icon={<PhoneOutlined />} onClick={() => setAction({ kind: 'callback' })} data-testid="act-callback">
                {t('action.callback')}
              </Button>
            )}
            {p.close && (
              <Button type="primary" icon={<LockOutlined />} onClick={() => setAction({ kind: 'close' })} data-testid="act-close">
                {t('action.close')}
              </Button>
            )}
            {more.length > 0 && (
              <Dropdown menu={{ items: more, onClick: (e) => onMore(e.key) }}>
                <Button icon={<MoreOutlined />} data-testid="act-more">
                  {t('common:action.more')}
                </Button>
              </Dropdown>
            )}
            {can('audit.read') && <HistoryDrawer entityType="case" entityId={c.id} title={c.number} />}
          </Space>
        }
      />
      {isPinned(c) && (
        <Alert
          type="error"
          showIcon
          icon={<AlertFilled />}
          style={{ marginBottom: 16 }}
          message={t('detail.emergencyPending')}
          description={t('detail.emergencyPendingHint')}
          data-testid="emergency-pending"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('detail.info')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={3} labelStyle={{ width: 100, whiteSpace: 'nowrap' }}>
              <Descriptions.Item label={t('field.contactName')}>{c.contactName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.contactPhone')}>{c.contactPhone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.channel')}>{L.channel(c.channel)}</Descriptions.Item>
              <Descriptions.Item label={t('field.unit')}>{unit ? `${unit.buildingName} ${unit.code}` : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.organization')} span={2}>
                {org?.name ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.location')} span={3}>
                {c.location ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.content')} span={3}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="case-content">
                  {c.content}
                </Typography.Text>
              </Descriptions.Item>
              {c.photos.length > 0 && (
                <Descriptions.Item label={t('field.photos')} span={3}>
                  <Image.PreviewGroup>
                    <Space wrap>
                      {c.photos.map((u) => (
                        <Image
                          key={u}
                          src={u}
                          width={72}
                          height={72}
                          style={{ objectFit: 'cover' }}
                          fallback="data:image/gif;base64,R0lGODlhAQABAAAAACw="
                        />
                      ))}
                    </Space>
                  </Image.PreviewGroup>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('field.createdAt')}>{fmt(c.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('field.respondedAt')}>{fmt(c.respondedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('field.closedAt')}>{fmt(c.closedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            size="small"
            title={t('detail.classification')}
            style={{ marginBottom: 16 }}
            extra={
              p.classify && (
                <Button
                  size="small"
                  type="link"
                  icon={<EditOutlined />}
                  onClick={() => setAction({ kind: 'classify' })}
                  data-testid="act-classify"
                >
                  {t('action.classify')}
                </Button>
              )
            }
          >
            <Descriptions size="small" column={3} labelStyle={{ width: 100, whiteSpace: 'nowrap' }} data-testid="case-classification">
              <Descriptions.Item label={t('field.kind')}>{L.kind(c.kind)}</Descriptions.Item>
              <Descriptions.Item label={t('field.severity')}>{L.severity(c.severity)}</Descriptions.Item>
              <Descriptions.Item label={t('field.emergency')}>
                {c.emergency ? (
                  <Typography.Text type="danger" strong>
                    {t('common:status.yes')}
                  </Typography.Text>
                ) : (
                  t('common:status.no')
                )}
              </Descriptions.Item>
              {c.kind === 'complaint' && (
                <Descriptions.Item label={t('field.nature')}>
                  {L.nature(c.nature)}
                  {c.natureType ? ` · ${L.natureType(c.natureType)}` : ''}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('field.category')}>
                {L.category(c.category)}
                {c.subcategory ? ` · ${L.subcategory(c.subcategory)}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.urgency')}>{L.urgency(c.urgency)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {c.emergencySignedOffAt && (
            <Card size="small" title={t('detail.emergencySignOff')} style={{ marginBottom: 16 }} data-testid="emergency-signed">
              <Descriptions size="small" column={2} labelStyle={{ width: 100, whiteSpace: 'nowrap' }}>
                <Descriptions.Item label={t('field.signedOffBy')}>{c.emergencySignedOffByName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.signedOffAt')}>{fmt(c.emergencySignedOffAt)}</Descriptions.Item>
                <Descriptions.Item label={t('field.signOffNote')} span={2}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.emergencySignOffNote ?? '—'}</Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <WorkOrdersCard c={c} onAction={setAction} />
          <CallbacksCard c={c} />
          {c.closedAt && (
            <Card size="small" title={t('detail.closing')} style={{ marginBottom: 16 }}>
              <Descriptions size="small" column={2}>
                <Descriptions.Item label={t('field.closeResult')}>{t(`closeResult.${c.closeResult ?? 'resolved'}`)}</Descriptions.Item>
                <Descriptions.Item label={t('field.closedAt')}>{fmt(c.closedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('field.closeNote')} span={2}>
                  {c.closeNote ?? '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <SlaCard c={c} now={now} lang={i18n.language} />
          <Card size="small" title={t('detail.timeline')} styles={{ body: { maxHeight: 640, overflowY: 'auto', paddingTop: 16 } }}>
            <Timeline
              items={[...c.timeline]
                .reverse()
                .map((e) => ({ key: e.id, color: EVENT_COLORS[e.kind] ?? 'blue', children: <EventItem e={e} /> }))}
              data-testid="case-timeline"
            />
          </Card>
        </Col>
      </Row>
      <CaseActionModal c={c} action={action} onClose={() => setAction(null)} />
    </>
  );
}

function EventItem({ e }: { e: CaseEvent }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const d = e.data ?? {};
  let extra = '';
  if (typeof d.number === 'string') extra = String(d.number);
  if (e.kind === 'extended' && typeof d.to === 'string') extra = `→ ${dayjs(d.to).format('MM-DD HH:mm')}`;
  if (e.kind === 'escalated' && typeof d.role === 'string') extra = `→ ${t(`role.${d.role}`, { defaultValue: d.role })}`;
  if ((e.kind === 'callback' || e.kind === 'reopened') && typeof d.satisfied === 'boolean')
    extra = d.satisfied ? t('callback.satisfied') : t('callback.dissatisfied');
  if (e.kind === 'classified' && d.changed && typeof d.changed === 'object')
    extra = Object.keys(d.changed)
      .map((k) => t(`field.${k}`, { defaultValue: k }))
      .join('、');
  return (
    <div data-testid="timeline-item" data-kind={e.kind}>
      <Space size={6} wrap>
        <Typography.Text strong>{L.event(e.kind)}</Typography.Text>
        {extra && <Typography.Text type="secondary">{extra}</Typography.Text>}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.actorName === 'system' || !e.actorName ? t('detail.system') : e.actorName} · {dayjs(e.at).format('MM-DD HH:mm')}
        </Typography.Text>
      </div>
      {e.note && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', fontSize: 13 }}>{e.note}</Typography.Paragraph>}
    </div>
  );
}

function SlaCard({ c, now, lang }: { c: CaseDetail; now: number; lang: string }) {
  const { t } = useTranslation('cases');
  const s = slaOf(c, now);
  return (
    <Card size="small" title={t('detail.sla')} style={{ marginBottom: 16 }} data-testid="sla-card">
      <div style={{ marginBottom: 8, fontSize: 16 }}>
        <SlaCell c={c} now={now} compact />
      </div>
      <Descriptions size="small" column={1} labelStyle={{ width: 110 }}>
        <Descriptions.Item label={t('sla.respondDue')}>
          {fmt(c.respondDueAt)}{' '}
          {c.respondedAt ? (
            <Tag color="green" style={{ marginLeft: 6 }}>
              {t('sla.responded')}
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('sla.resolveDue')}>
          {fmt(c.resolveDueAt)}
          {c.extendedTo && (
            <Tag color="orange" style={{ marginLeft: 6 }}>
              {t('sla.extended')}
            </Tag>
          )}
        </Descriptions.Item>
        {s.state !== 'done' && (
          <Descriptions.Item label={s.remainingMs >= 0 ? t('sla.remainingLabel') : t('sla.overdueLabel')}>
            <Typography.Text type={s.remainingMs < 0 ? 'danger' : undefined}>{formatDuration(s.remainingMs, lang)}</Typography.Text>
          </Descriptions.Item>
        )}
        {c.pausedTotalMinutes > 0 && (
          <Descriptions.Item label={t('sla.pausedTotal')}>{formatDuration(c.pausedTotalMinutes * 60_000, lang)}</Descriptions.Item>
        )}
        {c.pausedAt && <Descriptions.Item label={t('sla.pausedSince')}>{fmt(c.pausedAt)}</Descriptions.Item>}
        {c.escalationLevel > 0 && (
          <Descriptions.Item label={t('sla.escalation')}>
            <Tag color="red">{t(`escalationLevel.${Math.min(3, c.escalationLevel)}`)}</Tag>
          </Descriptions.Item>
        )}
        {c.kind === 'complaint' && (
          <Descriptions.Item label={t('sla.apology')}>
            {c.apologyRecordedAt ? fmt(c.apologyRecordedAt) : <Typography.Text type="warning">{t('sla.noApology')}</Typography.Text>}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function WorkOrdersCard({ c, onAction }: { c: CaseDetail; onAction(a: CaseAction): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const p = c.policies;
  const handler = p.update || p.callback || p.issueWorkOrder;
  const ret = useCaseWrite((wo: WorkOrderRow) => returnWorkOrder(wo.id), { success: t('action.returnDone') });
  const cols: ColumnsType<WorkOrderRow> = useMemo(
    () => [
      {
        title: t('field.woNumber'),
        dataIndex: 'number',
        width: 140,
        render: (v: string, w) => (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{v}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{w.paid ? t('wo.paid') : t('wo.free')}</Tag>
          </Space>
        ),
      },
      {
        title: t('field.workContent'),
        dataIndex: 'content',
        render: (v: string, w) => (
          <div style={{ lineHeight: 1.4 }}>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
              {v}
            </Typography.Paragraph>
            {w.workDone && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('wo.workDone')}：{w.workDone}
              </Typography.Text>
            )}
            {w.signedByName && (
              <div>
                <Typography.Text type="success" style={{ fontSize: 12 }}>
                  {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
                </Typography.Text>
              </div>
            )}
            {w.voidReason && (
              <div>
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('wo.voidedFor', { reason: w.voidReason })}
                </Typography.Text>
              </div>
            )}
          </div>
        ),
      },
      { title: t('field.urgency'), dataIndex: 'urgency', width: 84, render: (v: string) => L.urgency(v) },
      { title: t('field.status'), dataIndex: 'status', width: 88, render: (v) => <WoStatusTag status={v} /> },
      { title: t('field.issuedAt'), dataIndex: 'issuedAt', width: 100, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
      {
        title: t('common:field.actions'),
        key: 'a',
        width: 170,
        render: (_, w) => (
          <Space size={0} wrap>
            <Button
              size="small"
              type="link"
              icon={<PrinterOutlined />}
              href={`/work-orders/${w.id}/print`}
              target="_blank"
              data-testid="wo-print"
            >
              {t('common:action.print')}
            </Button>
            {handler && w.status === 'completed' && (
              <Button
                size="small"
                type="link"
                icon={<FormOutlined />}
                onClick={() => onAction({ kind: 'sign', wo: w })}
                data-testid="wo-paper-sign"
              >
                {t('action.sign')}
              </Button>
            )}
            {handler && w.status === 'signed' && (
              <Popconfirm
                title={t('wo.returnConfirm', { number: w.number })}
                onConfirm={() => ret.mutate(w)}
                okText={t('common:action.confirm')}
                cancelText={t('common:action.cancel')}
              >
                <Button size="small" type="link" icon={<RollbackOutlined />} data-testid="wo-return">
                  {t('action.return')}
                </Button>
              </Popconfirm>
            )}
            {handler && ['issued', 'accepted', 'on_site'].includes(w.status) && (
              <Button
                size="small"
                type="link"
                icon={<SwapOutlined />}
                onClick={() => onAction({ kind: 'transfer', wo: w })}
                data-testid="wo-transfer"
              >
                {t('action.transfer')}
              </Button>
            )}
            {handler && ['issued', 'accepted', 'on_site', 'completed'].includes(w.status) && (
              <Button
                size="small"
                type="link"
                danger
                icon={<StopOutlined />}
                onClick={() => onAction({ kind: 'void', wo: w })}
                data-testid="wo-void"
              >
                {t('action.void')}
              </Button>
            )}
          </Space>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, L, handler, onAction],
  );
  return (
    <Card
      size="small"
      title={t('detail.workOrders')}
      style={{ marginBottom: 16 }}
      extra={
        p.issueWorkOrder && (
          <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => onAction({ kind: 'issue' })}>
            {t('action.issue')}
          </Button>
        )
      }
    >
      <Table<WorkOrderRow>
        rowKey="id"
        size="small"
        pagination={false}
        columns={cols}
        dataSource={c.workOrders}
        tableLayout="fixed"
        data-testid="wo-table"
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.kind === 'repair' ? t('wo.none') : t('wo.noneComplaint')} />
          ),
        }}
      />
    </Card>
  );
}

function CallbacksCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  if (!c.callbacks.length && !c.policies.callback) return null;
  return (
    <Card size="small" title={t('detail.callbacks')} style={{ marginBottom: 16 }}>
      {!c.callbacks.length ? (
        <Typography.Text type="secondary">{t('callback.none')}</Typography.Text>
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.callbacks}
          data-testid="callback-table"
          columns={[
            { title: t('field.time'), dataIndex: 'at', width: 110, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
            {
              title: t('field.satisfiedResult'),
              dataIndex: 'satisfiedResult',
              width: 90,
              render: (v: boolean) =>
                v ? <Tag color="green">{t('callback.satisfied')}</Tag> : <Tag color="red">{t('callback.dissatisfied')}</Tag>,
            },
            {
              title: t('field.courtesy'),
              dataIndex: 'courtesyRating',
              width: 130,
              render: (v: number) => <Rate disabled value={v} style={{ fontSize: 12 }} />,
            },
            {
              title: t('field.attitude'),
              dataIndex: 'attitudeRating',
              width: 130,
              render: (v: number) => <Rate disabled value={v} style={{ fontSize: 12 }} />,
            },
            { title: t('field.comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
