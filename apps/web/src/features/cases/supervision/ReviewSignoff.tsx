/** A review's sign-off: who signed it and when (late or not), or the note and button to sign it (daily, monthly). */
import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseReportSignoff } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { caseKeys, signReview, type ReviewTab } from '../api';

export function ReviewSignoff({
  kind,
  period,
  signoff,
  late,
  canSign,
}: {
  kind: ReviewTab;
  period: string;
  signoff: CaseReportSignoff;
  late: boolean;
  canSign: boolean;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [note, setNote] = useState('');
  const write = useApiMutation({
    mutationFn: (v: { kind: 'daily' | 'monthly'; body: Parameters<typeof signReview>[1] }) => signReview(v.kind, v.body),
    invalidate: [caseKeys.reviews()],
    success: t('sup.signedDone'),
    onSuccess: () => setNote(''),
  });
  const sign = () => {
    if (kind !== 'weekly') write.mutate({ kind, body: { propertyId, period, note: note || null } });
  };
  if (signoff?.signedAt)
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined />}
        style={{ marginBottom: 12 }}
        data-testid="signoff"
        message={t('sup.signedAt', { at: dayjs(signoff.signedAt).format('YYYY-MM-DD HH:mm') })}
        description={
          <>
            {signoff.late && <Tag color="red">{t('sup.late')}</Tag>}
            {signoff.note}
          </>
        }
      />
    );
  if (kind === 'weekly') return null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} className="no-print">
      {late && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('sup.lateWarning')} />}
      {canSign ? (
        <Space.Compact style={{ width: '100%' }}>
          <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} placeholder={t('sup.notePlaceholder')} />
          <Button type="primary" icon={<EditOutlined />} loading={write.isPending} onClick={sign} data-testid="signoff-sign">
            {kind === 'daily' ? t('sup.signDaily') : t('sup.signMonthly')}
          </Button>
        </Space.Compact>
      ) : (
        <Typography.Text type="secondary">{kind === 'daily' ? t('sup.notSignedDaily') : t('sup.notSignedMonthly')}</Typography.Text>
      )}
    </Card>
  );
}
