/**
 * /service-notices/:id/survey — the organizer's satisfaction survey after a meeting (SPEC M10): the
 * target of the survey invitation. The organizing unit's organizer rates the service once (1–5 and a
 * comment); report readers see the answer. The server decides who may read or answer.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Rate, Result, Skeleton, Space, Typography } from 'antd';
import { SmileOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { fmtAt } from '../labels';
import { surveyKey, type SurveyAnswer, type SurveyView } from './periods';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The rating labels 很不满意 … 非常满意 in the UI language. */
export function useRatingLabels() {
  const { t } = useTranslation('meetings');
  return RATINGS.map((r) => t(`survey.ratings.${r}`));
}

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
  const [saving, setSaving] = useState(false);
  const [thanks, setThanks] = useState(false);
  const q = useQuery({
    queryKey: surveyKey(id),
    queryFn: () => api.get<SurveyView>(`/service-notices/${id}/survey`),
    enabled: !!id,
    retry: false,
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

  const submit = async (values: { rating: number; comment?: string }) => {
    setSaving(true);
    try {
      const s = await api.post<SurveyAnswer>(`/service-notices/${v.noticeId}/survey`, {
        rating: values.rating,
        comment: values.comment?.trim() || null,
      });
      qc.setQueryData<SurveyView>(surveyKey(id), { ...v, survey: s, policies: { answer: false } });
      setThanks(true);
      message.success(t('survey.submitted'));
    } catch (err) {
      message.error(applyProblem(err, form, t('common:error.generic')));
      if (err instanceof ApiError && (err.code === 'survey_exists' || err.code === 'survey_not_open')) void q.refetch();
    } finally {
      setSaving(false);
      void qc.invalidateQueries({ queryKey: ['meetings', 'reports'] });
    }
  };

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
            <Button type="primary" htmlType="submit" loading={saving} data-testid="survey-submit">
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

/** antd Rate as a form control, with the label of the chosen (or hovered) rating beside it. */
function RateField({
  value,
  onChange,
  labels,
  current,
}: {
  value?: number;
  onChange?: (v: number) => void;
  labels: string[];
  current?: number;
}) {
  const [hover, setHover] = useState<number | undefined>(undefined);
  const shown = hover || current || value;
  return (
    <Space size={12} align="center">
      <span data-testid="survey-rate" data-value={value ?? 0}>
        <Rate
          allowClear={false}
          value={value}
          onChange={onChange}
          onHoverChange={(v) => setHover(v || undefined)}
          tooltips={labels}
          style={{ fontSize: 28 }}
        />
      </span>
      <Typography.Text type={shown && shown <= 2 ? 'danger' : 'secondary'} style={{ minWidth: 72 }}>
        {shown ? labels[shown - 1] : ''}
      </Typography.Text>
    </Space>
  );
}
