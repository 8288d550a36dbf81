/** The AV emergency plan (音视频应急预案), shown with an equipment failure. */
import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

export function AvPlanAlert({ style, testid }: { style: CSSProperties; testid?: string }) {
  const { t } = useTranslation('meetings');
  return <Alert type="warning" showIcon style={style} message={t('incident.plan')} description={t('avPlan')} data-testid={testid} />;
}
