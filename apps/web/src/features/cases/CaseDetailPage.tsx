/** Case detail: SLA clocks, classification, timeline, work orders, callbacks and every action the server allows. */
import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Dropdown, Image, Result, Row, Space, Spin, Tag, Timeline, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  EditOutlined,
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
  FormOutlined,
  SafetyCertificateOutlined,
  AlertFilled,
} from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useSession } from '../../lib/session';
import { useLive } from '../../lib/live';
import { CASE_LIVE_TOPICS, caseKeys, isPinned, useCase, useNow, useOrgs, useUnits } from './api';
import { CaseActionModal } from './actions/CaseActionModal';
import type { CaseAction } from './actions/caseAction';
import { useCaseLabels } from './labels';
import { CaseStatusTag } from './status/CaseStatusTag';
import { EmergencyTag } from './status/EmergencyTag';
import { SeverityTag } from './status/SeverityTag';
import { CallbacksCard } from './detail/CallbacksCard';
import { EventItem } from './detail/EventItem';
import { SlaCard } from './detail/SlaCard';
import { WorkOrdersCard } from './detail/WorkOrdersCard';
import { fmt } from './detail/format';

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

  const menuItems = [
    p.followUp && { key: 'apology', icon: <MessageOutlined />, label: t('action.apology') },
    p.followUp && { key: 'customer_contact', icon: <PhoneOutlined />, label: t('action.customerContact') },
    p.pause && { key: 'pause', icon: <PauseOutlined />, label: t('action.pause') },
    p.resume && { key: 'resume', icon: <CaretRightOutlined />, label: t('action.resume') },
    p.extend && { key: 'extend', icon: <FieldTimeOutlined />, label: t('action.extend') },
    p.classify && { key: 'classify', icon: <EditOutlined />, label: t('action.classify') },
  ].filter(Boolean) as { key: string; icon: JSX.Element; label: string }[];
  const onMenu = (key: string) => {
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
            {menuItems.length > 0 && (
              <Dropdown menu={{ items: menuItems, onClick: (e) => onMenu(e.key) }}>
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
