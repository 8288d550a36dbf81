/** Record a planned visit (住户访问统计表): whom we met, opinions, satisfaction, the issues raised. */
import { Button, Form, Input, Radio, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TenantVisit, VisitSatisfaction } from '@hy/contracts';
import { VISIT_SATISFACTIONS } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { recordVisit, visitKeys } from './api';

interface Values {
  metNames: string;
  opinions?: string;
  satisfaction: VisitSatisfaction;
  issues?: string[];
}

export function RecordVisitForm({ v }: { v: TenantVisit }) {
  const { t } = useTranslation('tenantVisits');
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({
    mutationFn: (x: Values) =>
      recordVisit({
        id: v.id,
        input: {
          metNames: x.metNames,
          opinions: x.opinions || null,
          satisfaction: x.satisfaction,
          issues: (x.issues ?? []).filter((s) => s?.trim()),
        },
      }),
    form,
    invalidate: [visitKeys.all],
    success: t('record.done'),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(x) => save.mutate(x)}
      initialValues={{ metNames: v.contactName, issues: [] }}
      data-testid="record-form"
    >
      <Form.Item name="metNames" label={t('field.metNames')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input data-testid="record-met" />
      </Form.Item>
      <Form.Item name="opinions" label={t('field.opinions')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="record-opinions" />
      </Form.Item>
      <Form.Item name="satisfaction" label={t('field.satisfaction')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" data-testid="record-satisfaction">
          {VISIT_SATISFACTIONS.map((s) => (
            <Radio.Button key={s} value={s}>
              <span data-testid={`sat-${s}`}>{t(`satisfaction.${s}`)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('field.issues')}>
        <Form.List name="issues">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }} align="baseline">
                  <Form.Item name={f.name} rules={[{ max: 500 }]} style={{ marginBottom: 0, flex: 1, minWidth: 240 }}>
                    <Input placeholder={t('record.issuePlaceholder')} data-testid={`record-issue-${i}`} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} data-testid="record-issue-add">
                {t('record.issueAdd')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending} style={{ minHeight: 44 }} data-testid="record-submit">
        {t('record.submit')}
      </Button>
    </Form>
  );
}
