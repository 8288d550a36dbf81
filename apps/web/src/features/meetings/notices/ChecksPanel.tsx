/** The three-level check (M5): each level's due time, result and finding; record a check. */
import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Radio, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECK_LEVELS } from '@hy/contracts';
import { useRecordCheck, type Notice, type NoticeCheck } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';

export function ChecksPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const [level, setLevel] = useState<number | null>(null);
  const [form] = Form.useForm<{ result: 'ok' | 'problem'; finding?: string }>();
  const record = useRecordCheck({ form, success: t('check.recorded') });
  const color = { pending: 'default', ok: 'green', problem: 'red', missed: 'orange' } as const;
  const checks: NoticeCheck[] = CHECK_LEVELS.map((c) => n.checks.find((x) => x.level === c.level)).filter((x): x is NoticeCheck => !!x);
  return (
    <Card size="small" title={t('check.title')} data-testid="checks-panel">
      <Timeline
        items={checks.map((c) => ({
          key: c.level,
          color: c.status === 'ok' ? 'green' : c.status === 'problem' ? 'red' : c.status === 'missed' ? 'orange' : 'gray',
          children: (
            <div data-testid="check-item" data-level={c.level} data-status={c.status}>
              <div className="mt-check-head">
                <Typography.Text strong>{t(`check.level${c.level}`)}</Typography.Text>
                <Tag color={color[c.status]} style={{ marginInlineEnd: 0 }}>
                  {t(`check.${c.status}`)}
                </Tag>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.checkedAt
                  ? t('check.by', { name: c.checkedByName ?? '', at: fmtAt(c.checkedAt, tz) })
                  : t('check.due', { at: fmtAt(c.dueAt, tz) })}
              </Typography.Text>
              {c.finding && (
                <div className="mt-pre" style={{ fontSize: 12 }}>
                  {c.finding}
                </div>
              )}
              {n.policies.checks.includes(c.level) && (c.status === 'pending' || c.status === 'missed') && (
                <div>
                  <Button
                    size="small"
                    type="link"
                    style={{ padding: 0 }}
                    data-testid="record-check"
                    onClick={() => {
                      form.setFieldsValue({ result: 'ok', finding: '' });
                      setLevel(c.level);
                    }}
                  >
                    {t('check.record')}
                  </Button>
                </div>
              )}
            </div>
          ),
        }))}
      />
      <Modal
        open={level !== null}
        title={level ? t(`check.level${level}`) : ''}
        onCancel={() => setLevel(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'check-submit' }}
        confirmLoading={record.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          record.mutate(
            { noticeId: n.id, level: level!, result: v.result, finding: v.finding?.trim() || null },
            { onSuccess: () => setLevel(null) },
          );
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ result: 'ok' }}>
          <Form.Item name="result" label={t('check.result')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'ok', label: t('check.ok') },
                { value: 'problem', label: t('check.problem') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => (
              <Form.Item
                name="finding"
                label={t('check.finding')}
                rules={[{ required: form.getFieldValue('result') === 'problem', whitespace: true, message: t('check.findingRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={1000} data-testid="check-finding" />
              </Form.Item>
            )}
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
