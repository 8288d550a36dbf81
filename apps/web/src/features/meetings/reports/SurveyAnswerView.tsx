import { Rate, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtAt } from '../labels';
import type { SurveyAnswer } from '../api';

/** A submitted answer: stars, label, comment and when. */
export function SurveyAnswerView({ s, tz, compact }: { s: SurveyAnswer; tz: string; compact?: boolean }) {
  const { t } = useTranslation('meetings');
  const rating = s.rating ?? 0;
  return (
    <div data-testid="survey-answered" data-rating={rating}>
      <Space size={8} wrap>
        <Rate disabled value={rating} style={{ fontSize: compact ? 14 : 20 }} />
        <Typography.Text strong type={rating <= 2 ? 'danger' : undefined}>
          {rating ? t(`survey.ratings.${rating}`) : '—'}
        </Typography.Text>
      </Space>
      {s.comment && <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>{s.comment}</Typography.Paragraph>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('survey.answeredAt', { at: fmtAt(s.answeredAt, tz, 'YYYY-MM-DD HH:mm') })}
      </Typography.Text>
    </div>
  );
}
