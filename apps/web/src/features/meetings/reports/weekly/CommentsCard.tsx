/** The week's survey comments: rating, meeting, the comment, who and when; answered of invited above. */
import { Card, List, Rate, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WeeklyReport } from '../../api';
import { fmtAt } from '../../labels';
import { pctText } from '../format';
import { Confidential } from '../Confidential';

export function CommentsCard({ sat, tz }: { sat: WeeklyReport['satisfaction']; tz: string }) {
  const { t } = useTranslation('meetings');
  return (
    <Card
      size="small"
      className="mr-card"
      title={t('mrep.commentsN', { count: sat.comments.length })}
      extra={
        <Typography.Text type="secondary">
          {t('mrep.satSummary', { answered: sat.answered, invited: sat.invited, rate: pctText(sat.satisfiedRate) })}
        </Typography.Text>
      }
    >
      <List
        size="small"
        dataSource={sat.comments}
        locale={{ emptyText: t('mrep.noComments') }}
        renderItem={(c) => (
          <List.Item data-testid="weekly-comment" data-number={c.number} data-rating={c.rating}>
            <List.Item.Meta
              title={
                <Space size={8} wrap>
                  <Rate disabled value={c.rating} style={{ fontSize: 13 }} />
                  <Typography.Text type={c.rating <= 2 ? 'danger' : undefined}>{t(`survey.ratings.${c.rating}`)}</Typography.Text>
                  <Link to={`/service-notices/${c.noticeId}`}>{c.number}</Link>
                  <span>{c.meetingName ?? <Confidential />}</span>
                </Space>
              }
              description={
                <>
                  {c.comment}
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                    —— {c.organizerUnit} · {fmtAt(c.answeredAt, tz, 'YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
