/**
 * /s/:token — a guest's satisfaction survey (M13), no login: the link from the survey SMS (their personal invitation
 * token). Five ratings and a comment, once. Phone-first (390 px), zh/en switch.
 */
import { useState } from 'react';
import { Button, Card, Form, Input, Rate, Result, Skeleton, Typography } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SURVEY_ITEMS, type EventPublicSurvey, type EventSurveyAnswer } from '@hy/contracts';
import { api } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { setLang } from '../../../i18n';

const surveyKey = (token: string | undefined) => ['public-event-survey', token] as const;

export default function SurveyPage() {
  const { token } = useParams();
  const { t, i18n } = useTranslation('eventWrapup');
  const qc = useQueryClient();
  const [form] = Form.useForm<EventSurveyAnswer>();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const q = useQuery({
    queryKey: surveyKey(token),
    queryFn: () => api.get<EventPublicSurvey>(`/public/event-survey/${token}`),
    retry: false,
  });
  const other = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
  const langButton = (
    <Button size="small" icon={<GlobalOutlined />} onClick={() => setLang(other)} data-testid="survey-lang">
      {t('pub.lang')}
    </Button>
  );
  if (q.isLoading) return <Skeleton active style={{ padding: 16 }} />;
  if (q.isError || !q.data) return <Result status="404" title={t('pub.invalid')} extra={langButton} />;
  const s = q.data;
  const submit = async (v: EventSurveyAnswer) => {
    setSending(true);
    setError(null);
    try {
      qc.setQueryData(surveyKey(token), await api.post<EventPublicSurvey>(`/public/event-survey/${token}`, v));
    } catch (err) {
      setError(applyProblem(err, form, t('pub.invalid')));
    } finally {
      setSending(false);
    }
  };
  return (
    <div style={{ maxWidth: 520, margin: '0 auto', padding: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('pub.title')}
        </Typography.Title>
        {langButton}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {s.event} · {s.hostUnit} · {s.startsOn} ~ {s.endsOn}
      </Typography.Paragraph>
      {s.answered ? (
        <div data-testid="survey-done">
          <Result status="success" title={t('pub.thanks')} subTitle={t('pub.done')} />
        </div>
      ) : !s.open ? (
        <Result status="info" title={t('pub.notOpen')} />
      ) : (
        <Card size="small">
          <Typography.Paragraph>{t('pub.hello', { name: s.guestName })}</Typography.Paragraph>
          {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ ratings: Object.fromEntries(SURVEY_ITEMS.map((k) => [k, 5])) }}
          >
            {SURVEY_ITEMS.map((k) => (
              <Form.Item key={k} name={['ratings', k]} label={t(`item.${k}`)} rules={[{ required: true }]}>
                <Rate style={{ fontSize: 30 }} data-testid={`survey-rate-${k}`} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t('pub.comment')}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="survey-comment" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={sending} style={{ minHeight: 44 }} data-testid="survey-submit">
              {t('pub.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
