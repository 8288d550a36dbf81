/** The live sign-in count: signed in of all, as a number and a bar (updated by the live sign-in events). */
import { Card, Progress, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SignInCount } from '../api';

export function SignInCountCard({ count }: { count: SignInCount }) {
  const { t } = useTranslation('meetings');
  return (
    <Card size="small" title={t('att.live')} data-testid="sign-in-count" data-signed={count.signedIn} data-total={count.total}>
      <Statistic value={count.signedIn} suffix={`/ ${count.total}`} valueStyle={{ fontSize: 32, fontVariantNumeric: 'tabular-nums' }} />
      <Progress percent={count.total ? Math.round((count.signedIn / count.total) * 100) : 0} size="small" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('att.liveHint')}
      </Typography.Text>
    </Card>
  );
}
