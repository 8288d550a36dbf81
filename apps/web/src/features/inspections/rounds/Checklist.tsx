/** A checkpoint's checklist to fill on the phone: pass/fail (or N/A), numbers with their range, text, photos. */
import { Button, Form, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, FileRef, ResultInput } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { useSession } from '../../../lib/session';

interface Values {
  items: Record<
    string,
    { outcome?: 'pass' | 'fail' | 'na'; valueNumber?: number | null; valueText?: string; photos?: FileRef[]; note?: string }
  >;
}

export function Checklist(props: {
  cp: Checkpoint;
  saving: boolean;
  onSubmit: (results: ResultInput[]) => void;
  form: ReturnType<typeof Form.useForm<Values>>[0];
}) {
  const { t } = useTranslation('patrolRounds');
  const { t: tp } = useTranslation('patrolPlans');
  const { propertyId } = useSession();
  const initial: Values = {
    items: Object.fromEntries(props.cp.items.map((i) => [i.id, i.kind === 'pass_fail' ? { outcome: 'pass' as const } : {}])),
  };
  return (
    <Form<Values>
      form={props.form}
      layout="vertical"
      initialValues={initial}
      data-testid="checklist-form"
      onFinish={(v) =>
        props.onSubmit(
          props.cp.items.map((i) => {
            const a = v.items?.[i.id] ?? {};
            return {
              checkItemId: i.id,
              ...(a.outcome ? { outcome: a.outcome } : {}),
              ...(i.kind === 'number' ? { valueNumber: a.valueNumber ?? null } : {}),
              ...(a.valueText ? { valueText: a.valueText } : {}),
              photoFileIds: (a.photos ?? []).map((f) => f.id),
              ...(a.note ? { note: a.note } : {}),
            };
          }),
        )
      }
    >
      {props.cp.items.map((i, n) => (
        <div key={i.id} data-testid="check-item" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8, marginBottom: 12 }}>
          <Space style={{ marginBottom: 6 }} wrap>
            <Typography.Text strong>
              {n + 1}. {i.label}
            </Typography.Text>
            <Tag>{tp(`category.${i.category}`)}</Tag>
            {i.kind === 'number' && (
              <Typography.Text type="secondary">
                {t('round.range', { min: i.minValue ?? '', max: i.maxValue ?? '', unit: i.unit ?? '' })}
              </Typography.Text>
            )}
          </Space>
          {i.kind === 'number' && (
            <Form.Item
              name={['items', i.id, 'valueNumber']}
              label={t('round.value')}
              rules={[{ required: true }]}
              style={{ marginBottom: 8 }}
            >
              <InputNumber inputMode="decimal" addonAfter={i.unit || undefined} style={{ width: 180 }} />
            </Form.Item>
          )}
          {i.kind === 'text' && (
            <Form.Item
              name={['items', i.id, 'valueText']}
              label={t('round.text')}
              rules={[{ required: true, whitespace: true }]}
              style={{ marginBottom: 8 }}
            >
              <Input maxLength={500} />
            </Form.Item>
          )}
          <Form.Item
            name={['items', i.id, 'outcome']}
            style={{ marginBottom: 8 }}
            rules={i.kind === 'pass_fail' ? [{ required: true }] : []}
          >
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="outcome">
              <Radio.Button value="pass" style={{ minHeight: 40, lineHeight: '38px' }}>
                {t('round.pass')}
              </Radio.Button>
              <Radio.Button value="fail" style={{ minHeight: 40, lineHeight: '38px' }}>
                {t('round.fail')}
              </Radio.Button>
              <Radio.Button value="na" style={{ minHeight: 40, lineHeight: '38px' }}>
                {t('round.na')}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) =>
              (i.kind === 'photo' || i.photoRequired || getFieldValue(['items', i.id, 'outcome']) === 'fail') && (
                <>
                  <Form.Item
                    name={['items', i.id, 'photos']}
                    label={t('round.photos')}
                    style={{ marginBottom: 8 }}
                    rules={i.kind === 'photo' || i.photoRequired ? [{ required: true }] : []}
                  >
                    <PhotoPicker propertyId={propertyId!} capture="environment" max={3} />
                  </Form.Item>
                  <Form.Item name={['items', i.id, 'note']} label={t('round.note')} style={{ marginBottom: 8 }}>
                    <Input maxLength={300} />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
        </div>
      ))}
      <Button type="primary" htmlType="submit" block loading={props.saving} style={{ minHeight: 44 }} data-testid="checklist-submit">
        {t('round.submit')}
      </Button>
    </Form>
  );
}
