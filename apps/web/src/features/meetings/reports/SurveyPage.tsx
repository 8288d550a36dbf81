/**
 * /service-notices/:id/survey — the organizer's satisfaction survey after a meeting (SPEC M10): the
 * target of the survey invitation. The organizing unit's organizer rates the service once (1–5 and a
 * comment); report readers see the answer. The server decides who may read or answer.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Result, Skeleton, Typography } from 'antd';
import { SmileOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { fmtAt } from '../labels';
import { meetingKeys, surveyQuery, useAnswerSurvey, type SurveyView } from '../api';
import { useRatingLabels } from './useRatingLabels';
import { SurveyAnswerView } from './SurveyAnswerView';
import { RateField } from './RateField';

export default function SurveyPage() {
  const { id } = useParams();
  const { t } = useTranslation(['meetings', 'common']);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const labels = useRatingLabels();
  const [form] = Form.useForm<{ rating: number; comment?: string }>();
  const rating = Form.useWatch('rating', form);
  const [thanks, setThanks] = useState(false);
  const q = useQuery({ ...surveyQuery(id), enabled: !!id });
  const answer = useAnswerSurvey({
    form,
    success: t('survey.submitted'),
    onSuccess: (s) => {
      qc.setQueryData<SurveyView>(meetingKeys.survey(id), (old) => (old ? { ...old, survey: s, policies: { answer: false } } : old));
      setThanks(true);
    },
    onError: (text, err) => {
      message.error(text);
      if (err instanceof ApiError && (err.code === 'survey_exists' || err.code === 'survey_not_open')) void q.refetch();
    },
  });

  if (q.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (q.error || !q.data) {
    const gone = q.error instanceof ApiError && [400, 403, 404].includes(q.error.status);
    return (
      <Result
        status={gone ? '404' : 'error'}
        title={gone ? t('survey.notFound') : applyProblem(q.error, undefined, t('common:error.generic'))}
        extra={
          <Link to="/">
            <Button type="primary">{t('common:error.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  const v = q.data;
  const answered = v.survey?.answeredAt ? v.survey : null;

  const submit = (values: { rating: number; comment?: string }) =>
    answer.mutate({ noticeId: v.noticeId, rating: values.rating, comment: values.comment?.trim() || null });

  return (
    <div data-testid="survey-page" data-number={v.number} style={{ maxWidth: 760 }}>
      <PageHeader title={t('survey.title')} />
      <Card size="small" title={t('survey.meeting')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={1} bordered labelStyle={{ width: 120, whiteSpace: 'nowrap' }}>
          <Descriptions.Item label={t('field.number')}>{v.number}</Descriptions.Item>
          <Descriptions.Item label={t('field.meetingName')}>{v.meetingName}</Descriptions.Item>
          <Descriptions.Item label={t('field.venue')}>{v.venue}</Descriptions.Item>
          <Descriptions.Item label={t('field.time')}>
            {fmtAt(v.startAt, tz, 'YYYY-MM-DD HH:mm')}–{fmtAt(v.endAt, tz, 'HH:mm')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {answered ? (
        <Card size="small" title={t('survey.yourAnswer')}>
          {thanks && (
            <Result
              status="success"
              icon={<SmileOutlined />}
              title={t('survey.thanks')}
              subTitle={t('survey.thanksHint')}
              style={{ padding: '8px 0 16px' }}
            />
          )}
          <SurveyAnswerView s={answered} tz={tz} />
        </Card>
      ) : v.policies.answer ? (
        <Card size="small" title={t('survey.question')}>
          <Typography.Paragraph type="secondary">{t('survey.intro')}</Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="rating" label={t('survey.rating')} rules={[{ required: true, message: t('survey.ratingRequired') }]}>
              <RateField labels={labels} current={rating} />
            </Form.Item>
            <Form.Item name="comment" label={t('survey.comment')}>
              <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('survey.commentHint')} data-testid="survey-comment" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="survey-submit">
              {t('survey.submit')}
            </Button>
          </Form>
        </Card>
      ) : !v.open ? (
        <Alert
          type="info"
          showIcon
          message={t('survey.notOpen')}
          description={t('survey.notOpenHint', { at: fmtAt(v.endAt, tz, 'YYYY-MM-DD HH:mm') })}
          data-testid="survey-not-open"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          message={t('survey.awaiting')}
          description={
            v.survey?.invitedAt ? t('survey.invitedAt', { at: fmtAt(v.survey.invitedAt, tz, 'YYYY-MM-DD HH:mm') }) : t('survey.notInvited')
          }
          data-testid="survey-awaiting"
        />
      )}
    </div>
  );
}
