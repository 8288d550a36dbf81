/** The managers' monthly review of receivables: review text and measures against arrears, signed by a manager. */
import { useEffect, useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { payKeys } from '../notices/api';
import { reviewQuery, signReview } from './api';

interface Values {
  review: string;
  measures: { measure: string; owner: string; due: Dayjs }[];
}

export function ReviewCard() {
  const { t } = useTranslation('billingDunning');
  const { propertyId, hasRole } = useSession();
  const dt = useDateTime();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const q = useQuery(reviewQuery(propertyId, month));
  const [form] = Form.useForm<Values>();
  const signer = hasRole('cs_supervisor', 'project_manager', 'general_manager');
  const r = q.data?.review;
  useEffect(() => {
    form.setFieldsValue({ review: r?.review ?? '', measures: (r?.measures ?? []).map((m) => ({ ...m, due: dayjs(m.due) })) });
  }, [r, form]);
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      signReview({
        propertyId,
        month,
        review: v.review,
        measures: (v.measures ?? []).map((m) => ({ measure: m.measure, owner: m.owner, due: m.due.format('YYYY-MM-DD') })),
      }),
    form,
    invalidate: [payKeys.all],
    success: t('review.done'),
  });
  return (
    <Card
      size="small"
      title={t('review.title')}
      extra={
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(v) => v && setMonth(v.format('YYYY-MM'))} />
      }
    >
      <Typography.Paragraph type="secondary">
        {r ? t('review.signed', { name: r.signedByName, at: dt(r.signedAt) }) : t('review.none')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!signer} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="review" label={t('review.text')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Typography.Text strong>{t('review.measures')}</Typography.Text>
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline" style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[f.name, 'measure']} rules={[{ required: true }]} noStyle>
                    <Input placeholder={t('review.measure')} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'owner']} rules={[{ required: true }]} noStyle>
                    <Input placeholder={t('review.owner')} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'due']} rules={[{ required: true }]} noStyle>
                    <DatePicker placeholder={t('review.due')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add()}>
                {t('review.add')}
              </Button>
            </>
          )}
        </Form.List>
        {signer && (
          <div style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('review.sign')}
            </Button>
          </div>
        )}
      </Form>
    </Card>
  );
}
