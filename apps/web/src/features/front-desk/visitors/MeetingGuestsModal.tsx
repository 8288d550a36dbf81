/**
 * Pre-register a meeting's guests (F1): the day's meetings with how many of their attendees are guests and how
 * many are registered; the desk picks one (and, when the meeting's contact is not in the directory, the host)
 * and registers them all as appointments. Running it again adds only attendees added since.
 */
import { useState } from 'react';
import { Alert, Form, Radio, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { DirectoryEntry, VisitMeeting } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { visitKeys, visitMeetingsQuery, visitsFromMeeting } from './api';

type Values = { noticeId: string; host: DirectoryEntry | null };

export function useMeetingTime() {
  const tz = useSession().property?.timeZone ?? 'Asia/Shanghai';
  return (m: Pick<VisitMeeting, 'startAt' | 'endAt'>) =>
    `${dayjs(m.startAt).tz(tz).format('HH:mm')}–${dayjs(m.endAt).tz(tz).format('HH:mm')}`;
}

export function MeetingGuestsModal({ onClose, onDone }: { onClose: () => void; onDone: (noticeId: string) => void }) {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [needHost, setNeedHost] = useState(false);
  const meetings = useQuery(visitMeetingsQuery(propertyId));
  const time = useMeetingTime();
  const save = useApiMutation({
    mutationFn: visitsFromMeeting,
    form,
    invalidate: [visitKeys.all],
    success: (r) => t('meeting.done', { created: r.created, existing: r.existing, host: r.hostName }),
    onSuccess: (r) => onDone(r.noticeId),
    onError: (m, err) => {
      setError(m);
      if ((err as { code?: string })?.code === 'visit_meeting_host_unknown') setNeedHost(true);
    },
  });
  const rows = meetings.data?.data ?? [];
  return (
    <FormModal
      open
      onClose={onClose}
      title={t('meeting.preRegister')}
      form={form}
      name="visit-from-meeting"
      saving={save.isPending}
      error={error}
      saveTestId="visit-from-meeting-save"
      width={620}
      onFinish={(v) => save.mutate({ propertyId, noticeId: v.noticeId, hostEntryId: v.host?.id ?? null })}
    >
      <Typography.Paragraph type="secondary">{t('meeting.hint')}</Typography.Paragraph>
      {!rows.length && !meetings.isLoading && <Alert type="info" showIcon message={t('meeting.none')} />}
      <Form.Item name="noticeId" rules={[{ required: true, message: t('meeting.choose') }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {rows.map((m) => (
              <Radio key={m.noticeId} value={m.noticeId} className="fd-meeting-option" data-testid={`visit-meeting-${m.noticeId}`}>
                <div className="fd-visit-who">
                  {time(m)} {m.topic}
                </div>
                <div className="fd-visit-sub">
                  {[m.organizerUnit, m.contactName, t('meeting.counts', { guests: m.guests, registered: m.registered })].join(' · ')}
                </div>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {needHost && (
        <Form.Item name="host" label={t('meeting.host')} extra={t('meeting.hostHint')} rules={[{ required: true }]}>
          <DirectoryPicker kinds={['person']} testId="visit-meeting-host" />
        </Form.Item>
      )}
    </FormModal>
  );
}
