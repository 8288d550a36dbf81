/** The organizer's satisfaction survey on a notice's detail page: read-only, for those the server lets read it (report roles); others see nothing. */
import { Card, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { fmtAt } from '../labels';
import { surveyQuery } from '../api';
import { SurveyAnswerView } from './SurveyAnswerView';

export function NoticeSurveyCard({ noticeId, tz }: { noticeId: string; tz: string }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const q = useQuery({ ...surveyQuery(noticeId), enabled: !!session.propertyId, staleTime: 60_000 });
  const s = q.data?.survey;
  if (!s) return null;
  return (
    <Card
      size="small"
      title={t('survey.cardTitle')}
      data-testid="notice-survey"
      extra={
        <Link to={`/service-notices/${noticeId}/survey`} style={{ fontSize: 12 }}>
          {t('survey.open')}
        </Link>
      }
    >
      {s.answeredAt ? (
        <SurveyAnswerView s={s} tz={tz} compact />
      ) : (
        <Typography.Text type="secondary">
          {s.invitedAt ? t('survey.invitedAt', { at: fmtAt(s.invitedAt, tz, 'YYYY-MM-DD HH:mm') }) : t('survey.awaiting')}
        </Typography.Text>
      )}
    </Card>
  );
}
