/** The meeting's QR sign-in code with its link; revoking it makes a new one. */
import { Alert, Button, Card, Image, Popconfirm, Skeleton, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signInCodeQuery, useRevokeSignInCode } from '../api';
import { signInLink } from './signInLink';

export function SignInQrCard({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation('meetings');
  const code = useQuery(signInCodeQuery(noticeId));
  const revoke = useRevokeSignInCode({ success: t('att.revoked'), onSuccess: () => void code.refetch() });
  return (
    <Card
      size="small"
      title={t('att.qr')}
      data-testid="sign-in-qr"
      extra={
        <Popconfirm title={t('att.revokeConfirm')} overlayStyle={{ maxWidth: 320 }} onConfirm={() => revoke.mutate(noticeId)}>
          <Button size="small" danger icon={<StopOutlined />}>
            {t('att.revoke')}
          </Button>
        </Popconfirm>
      }
    >
      {code.isLoading ? (
        <Skeleton.Image active />
      ) : code.data ? (
        <div className="mt-qr">
          <Image src={code.data.pngDataUrl} width={148} height={148} alt={t('att.qr')} preview={{ mask: t('att.enlarge') }} />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Paragraph style={{ marginBottom: 6 }}>{t('att.qrHint')}</Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: signInLink(code.data.url) }} className="mt-link" style={{ marginBottom: 6 }}>
              <a href={code.data.url} target="_blank" rel="noreferrer">
                {signInLink(code.data.url)}
              </a>
            </Typography.Paragraph>
          </div>
        </div>
      ) : (
        <Alert type="error" message={t('err.failed')} />
      )}
    </Card>
  );
}
