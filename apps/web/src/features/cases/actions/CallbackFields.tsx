/** 回访: satisfied or not, the courtesy and attitude ratings, a comment. */
import { Form, Input, Radio, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function CallbackFields() {
  const { t } = useTranslation('cases');
  return (
    <>
      <Form.Item name="satisfied" label={t('field.satisfiedResult')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('callback.satisfied') },
            { value: false, label: t('callback.dissatisfied') },
          ]}
          data-testid="callback-satisfied"
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 24 }}>
        <Form.Item name="courtesyRating" label={t('field.courtesy')}>
          <Rate />
        </Form.Item>
        <Form.Item name="attitudeRating" label={t('field.attitude')}>
          <Rate />
        </Form.Item>
      </div>
      <Form.Item name="comment" label={t('field.comment')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Typography.Text type="secondary">{t('callback.reopenHint')}</Typography.Text>
    </>
  );
}
