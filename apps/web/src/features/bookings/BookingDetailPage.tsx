/** One booking: every field, status, decisions, history timeline and the actions its policies allow. */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { span, useBooking, useBookingHistory, wall, BOOKING_LIVE_TOPICS, bookingKeys, type Booking, type BookingHistoryEvent } from './api';
import { BookingActions } from './BookingActions';
import { BookingForm } from './BookingForm';
import { IMPORTANCE_COLORS, useBookingLabels } from './labels';
import { ConfidentialityTag } from './status/ConfidentialityTag';
import { StatusTag } from './status/StatusTag';
import { NoticeLink } from '../../components/NoticeLink';
import './bookings.css';

const QUIET = new Set(['updatedAt', 'version', 'createdAt', 'id', 'propertyId', 'number']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'object') return Array.isArray(v) ? `${v.length}` : '…';
  return String(v);
}

function HistoryTimeline({ events, tz }: { events: BookingHistoryEvent[]; tz: string }) {
  const L = useBookingLabels();
  const { t } = L;
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />;
  const color = (a: string) =>
    a.endsWith('approved') ? 'green' : a.endsWith('rejected') || a.endsWith('cancelled') ? 'red' : a.endsWith('created') ? 'blue' : 'gray';
  return (
    <Timeline
      data-testid="booking-timeline"
      items={events.map((e) => {
        const changes = Object.entries(e.changes ?? {}).filter(([k]) => !QUIET.has(k));
        const reason = (e.meta?.reason as string | undefined) ?? (e.meta?.leadTimeOverride as { reason?: string } | undefined)?.reason;
        return {
          key: e.id,
          color: color(e.action),
          children: (
            <div>
              <Typography.Text strong>{L.action(e.action)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {e.actorName ?? t('detail.system')} · {wall(e.at, tz).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {reason && (
                <div style={{ fontSize: 12 }}>
                  {e.meta?.leadTimeOverride ? t('detail.overrideReason') : t('detail.reason')}：{reason}
                </div>
              )}
              {e.meta?.backToRequested === true && (
                <div style={{ fontSize: 12 }}>
                  <Tag color="orange">{t('detail.backToRequested')}</Tag>
                </div>
              )}
              {e.action !== 'booking.created' && changes.length > 0 && (
                <div className="bk-changes">
                  {changes.slice(0, 8).map(([k, [b, a]]) => (
                    <div key={k}>
                      <span className="bk-change-field">{t(`field.${k}`, { defaultValue: k })}</span>{' '}
                      {k === 'startAt' || k === 'endAt'
                        ? `${b ? wall(String(b), tz).format('MM-DD HH:mm') : '—'} → ${a ? wall(String(a), tz).format('MM-DD HH:mm') : '—'}`
                        : `${show(b)} → ${show(a)}`}
                    </div>
                  ))}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

export function BookingDetailView({ booking, onClose }: { booking: Booking; onClose?: () => void }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const history = useBookingHistory(booking.id);
  const [editing, setEditing] = useState(false);
  const b = booking;
  const F = (k: string) => t(`field.${k}`);
  return (
    <div className="bk-detail" data-testid="booking-detail">
      <div className="bk-detail-head">
        <Space size={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {b.topic}
          </Typography.Title>
          <StatusTag status={b.status} />
          <ConfidentialityTag level={b.confidentiality} />
          {b.importance !== 'ordinary' && <Tag color={IMPORTANCE_COLORS[b.importance]}>{L.importance(b.importance)}</Tag>}
          {b.specialSetup && <Tag color="orange">{t('field.specialSetup')}</Tag>}
          {b.seriesId && <Tag color="geekblue">{t('series.title')}</Tag>}
        </Space>
        <BookingActions
          booking={b}
          onEdit={() => setEditing(true)}
          onChanged={(x) => {
            if (x.status === 'cancelled') onClose?.();
          }}
        />
      </div>
      <Typography.Text type="secondary">
        {b.number} · {span(b.startAt, b.endAt, tz)} · {b.venue.name}
      </Typography.Text>
      {b.status === 'confirmed' && (
        <span style={{ marginLeft: 8 }}>
          <NoticeLink booking={b} />
        </span>
      )}
      {b.status === 'requested' && <Alert style={{ marginTop: 10 }} type="warning" showIcon message={t('detail.awaiting')} />}
      {b.status === 'rejected' && (
        <Alert style={{ marginTop: 10 }} type="error" showIcon message={t('detail.rejected')} description={b.decisionReason} />
      )}
      {b.status === 'cancelled' && (
        <Alert style={{ marginTop: 10 }} type="info" showIcon message={t('detail.cancelled')} description={b.cancelReason} />
      )}
      <Descriptions column={2} size="small" bordered style={{ marginTop: 12 }} labelStyle={{ width: 110, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={F('venue')} span={2}>
          {b.venue.name}
          {b.linkedVenues.length > 0 && (
            <Typography.Text type="secondary">
              {L.paren(`${t('facts.linked')}: ${b.linkedVenues.map((x) => x.name).join(', ')}`)}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={F('time')} span={2}>
          {span(b.startAt, b.endAt, tz)}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {t('detail.held', {
              from: wall(b.heldFrom, tz).format('HH:mm'),
              to: wall(b.heldTo, tz).format('HH:mm'),
              setup: b.setupMinutes,
              cleanup: b.cleanupMinutes,
            })}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={F('organizerUnit')}>{b.organizerUnit}</Descriptions.Item>
        <Descriptions.Item label={F('contact')}>
          {b.contactName} {b.contactPhone}
        </Descriptions.Item>
        <Descriptions.Item label={F('attendeeCount')}>{b.attendeeCount}</Descriptions.Item>
        <Descriptions.Item label={F('layout')}>{b.layout ? P.layout(b.layout) : '—'}</Descriptions.Item>
        <Descriptions.Item label={F('confidentiality')}>{L.confidentiality(b.confidentiality)}</Descriptions.Item>
        <Descriptions.Item label={F('importance')}>{L.importance(b.importance)}</Descriptions.Item>
        <Descriptions.Item label={F('channel')}>{L.channel(b.channel)}</Descriptions.Item>
        <Descriptions.Item label={F('requestedAt')}>{wall(b.requestedAt, tz).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
        <Descriptions.Item label={F('services')} span={2}>
          {b.services.length ? (
            <Space size={[4, 4]} wrap>
              {b.services.map((s) => (
                <Tag key={`${s.code}${s.kind ?? ''}`}>{L.serviceText(s)}</Tag>
              ))}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {b.specialSetup && (
          <Descriptions.Item label={F('setupPlan')} span={2}>
            <span className="bk-pre">{b.setupPlan}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={F('notes')} span={2}>
          <span className="bk-pre">{b.notes || '—'}</span>
        </Descriptions.Item>
        {b.leadTimeOverride && (
          <Descriptions.Item label={t('detail.overrideReason')} span={2}>
            <Tag color="red">{t('detail.override')}</Tag>
            {b.leadTimeOverride.reason}
          </Descriptions.Item>
        )}
        {b.decidedAt && (
          <Descriptions.Item label={t('detail.decision')} span={2}>
            {wall(b.decidedAt, tz).format('YYYY-MM-DD HH:mm')} {b.decisionReason ? `· ${b.decisionReason}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {b.application && (
        <Card size="small" title={t('application.title')} style={{ marginTop: 12 }} data-testid="application-view">
          <Descriptions column={2} size="small" labelStyle={{ whiteSpace: 'nowrap' }}>
            <Descriptions.Item label={t('application.applicantUnit')}>{b.application.applicantUnit}</Descriptions.Item>
            <Descriptions.Item label={t('application.handler')}>
              {[b.application.handlerName, b.application.handlerPhone].filter(Boolean).join(' ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.purpose')} span={2}>
              {b.application.purpose}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.leadersAttending')} span={2}>
              {b.application.leadersAttending || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.attendeeScope')} span={2}>
              {b.application.attendeeScope || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.remarks')} span={2}>
              {b.application.remarks || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('detail.timeline')}
      </Typography.Title>
      {history.isLoading ? <Skeleton active paragraph={{ rows: 2 }} /> : <HistoryTimeline events={history.data?.data ?? []} tz={tz} />}
      <BookingForm open={editing} onClose={() => setEditing(false)} booking={b} />
    </div>
  );
}

/** The detail in a drawer (board, lists, approvals). */
export function BookingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  const q = useBooking(id);
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={760}
      destroyOnHidden
      title={q.data ? `${t('detail.title')} · ${q.data.number}` : t('detail.title')}
      extra={id ? <Link to={`/bookings/${id}`}>{t('detail.openPage')}</Link> : null}
    >
      {q.isLoading ? (
        <Skeleton active />
      ) : q.data ? (
        <BookingDetailView booking={q.data} onClose={onClose} />
      ) : (
        <Empty description={t('detail.notFound')} />
      )}
    </Drawer>
  );
}

/** /bookings/:id — the page notifications link to. */
export default function BookingDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('bookings');
  const navigate = useNavigate();
  const session = useSession();
  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const q = useBooking(id);
  const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
  return (
    <div>
      <PageHeader
        title={q.data ? `${t('detail.title')} · ${q.data.number}` : t('detail.title')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/bookings'))}>
            {t('detail.back')}
          </Button>
        }
      />
      <Card>
        {q.isLoading ? (
          <Skeleton active />
        ) : missing || !q.data ? (
          <Result status="404" title={t('detail.notFound')} />
        ) : (
          <BookingDetailView booking={q.data} />
        )}
      </Card>
    </div>
  );
}
