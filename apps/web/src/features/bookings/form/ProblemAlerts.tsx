/**
 * What the server refused, where it belongs: booking_conflict / venue_closed as the clashing bookings,
 * closures and occurrences; lead_time_too_short with the earliest start and, for dispatchers, an
 * override with a reason (its field lives in the form); any other problem as its title and detail.
 */
import { Alert, Button, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Problem } from '@hy/contracts';
import { span, type ClosureConflict, type Conflict } from '../api';
import { useBookingLabels } from '../labels';
import { ConflictList } from './ConflictList';

export function ProblemAlerts({
  problem,
  tz,
  earliest,
  canOverride,
  saving,
  useEarliest,
  submit,
}: {
  problem: Problem | null;
  tz: string;
  earliest: Dayjs | null;
  canOverride: boolean;
  saving: boolean;
  useEarliest(): void;
  submit(override: boolean): void;
}) {
  const { t } = useBookingLabels();
  const conflicts = problem?.code === 'booking_conflict' ? ((problem.conflicts as Conflict[] | undefined) ?? []) : [];
  const closures =
    problem?.code === 'booking_conflict' || problem?.code === 'venue_closed'
      ? ((problem.closures as ClosureConflict[] | undefined) ?? [])
      : [];
  const occurrences = (problem?.occurrences as { date: string; status: string; detail: string | null }[] | undefined) ?? [];
  return (
    <>
      {(problem?.code === 'booking_conflict' || problem?.code === 'venue_closed') && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="booking-conflict"
          message={problem.code === 'venue_closed' ? t('conflict.closedTitle') : t('conflict.title')}
          description={
            <>
              <div>{problem.detail}</div>
              <ConflictList conflicts={conflicts} tz={tz} />
              {closures.length > 0 && (
                <ul className="bk-conflicts">
                  {closures.map((c) => (
                    <li key={c.id}>{t('conflict.closure', { venue: c.venueName, time: span(c.start, c.end, tz), reason: c.reason })}</li>
                  ))}
                </ul>
              )}
              {occurrences.length > 0 && (
                <ul className="bk-conflicts">
                  {occurrences.map((o) => (
                    <li key={o.date}>
                      {o.date}：{o.detail ?? o.status}
                    </li>
                  ))}
                </ul>
              )}
              <Typography.Text type="secondary">{t('conflict.hint')}</Typography.Text>
            </>
          }
        />
      )}
      {problem?.code === 'lead_time_too_short' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="lead-time-alert"
          message={t('lead.title')}
          description={
            <div>
              <div>{problem.detail}</div>
              {earliest && (
                <div>
                  {t('lead.earliest')}：<b>{earliest.format('YYYY-MM-DD HH:mm')}</b>{' '}
                  <Button size="small" onClick={useEarliest}>
                    {t('lead.useEarliest')}
                  </Button>
                </div>
              )}
              {canOverride && (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text>{t('lead.overrideHint')}</Typography.Text>
                  <Form.Item name="overrideReason" style={{ margin: '6px 0' }}>
                    <Input.TextArea rows={2} maxLength={500} placeholder={t('lead.reason')} data-testid="override-reason" />
                  </Form.Item>
                  <Button danger onClick={() => submit(true)} loading={saving} data-testid="override-submit">
                    {t('lead.override')}
                  </Button>
                </div>
              )}
            </div>
          }
        />
      )}
      {problem && !['booking_conflict', 'venue_closed', 'lead_time_too_short', 'validation_failed'].includes(problem.code) && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={problem.title}
          description={problem.detail}
          data-testid="booking-problem"
        />
      )}{' '}
    </>
  );
}
