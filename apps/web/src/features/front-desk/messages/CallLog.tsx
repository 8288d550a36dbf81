/** Business calls that are neither repairs nor complaints: logged with the department they were passed to. */
import { useState } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN, type DeskCall, type DirectoryEntry } from '@hy/contracts';
import { PagedTable } from '../../../components/PagedTable';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { useDateTime } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { callsQuery, logCall, messageKeys } from './api';

interface Values {
  callerName: string;
  callerPhone?: string;
  topic: string;
  department?: DirectoryEntry | null;
  note?: string;
  durationMin?: number | null;
}

export function CallLog() {
  const { t } = useTranslation('messages');
  const { propertyId } = useSession();
  const dt = useDateTime();
  const [form] = Form.useForm<Values>();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useInfiniteQuery(callsQuery(propertyId, { q }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const save = useApiMutation({
    mutationFn: logCall,
    form,
    invalidate: [messageKeys.all],
    success: t('call.saved'),
    onSuccess: () => form.resetFields(),
  });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} className="no-print">
        <Card title={t('call.title')} size="small">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('call.hint')}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            name="call"
            requiredMark={false}
            onFinish={(v) =>
              save.mutate({
                propertyId,
                input: {
                  callerName: v.callerName,
                  callerPhone: v.callerPhone || null,
                  topic: v.topic,
                  departmentEntryId: v.department?.id ?? null,
                  note: v.note || null,
                  durationMin: v.durationMin ?? null,
                },
              })
            }
          >
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              <Form.Item
                name="callerName"
                label={t('call.callerName')}
                rules={[{ required: true, whitespace: true }]}
                style={{ flex: '1 1 120px' }}
              >
                <Input maxLength={40} data-testid="call-caller" />
              </Form.Item>
              <Form.Item
                name="callerPhone"
                label={t('call.callerPhone')}
                rules={[{ pattern: PHONE_PATTERN }]}
                style={{ flex: '1 1 140px' }}
              >
                <Input maxLength={30} inputMode="tel" />
              </Form.Item>
            </div>
            <Form.Item name="topic" label={t('call.topic')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} data-testid="call-topic" />
            </Form.Item>
            <Form.Item name="department" label={t('call.department')}>
              <DirectoryPicker kinds={['department', 'tenant']} testId="call-department" size="middle" />
            </Form.Item>
            <Form.Item name="note" label={t('call.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'end' }}>
              <Form.Item name="durationMin" label={t('call.duration')} style={{ marginBottom: 0 }}>
                <InputNumber min={0} max={600} style={{ width: 100 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="call-save" size="large">
                {t('call.save')}
              </Button>
            </div>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Input.Search
          allowClear
          placeholder={t('call.search')}
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 320, marginBottom: 8 }}
          className="no-print"
        />
        <PagedTable<DeskCall>
          list={list}
          dataSource={rows}
          size="small"
          tableLayout="fixed"
          scroll={{ x: 700 }}
          data-testid="call-table"
          columns={[
            { title: t('call.col.takenAt'), dataIndex: 'takenAt', width: 130, render: (v: string) => dt(v) },
            {
              title: t('call.col.caller'),
              dataIndex: 'callerName',
              width: 140,
              render: (v: string, c: DeskCall) => (
                <>
                  {v}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {c.callerPhone}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('call.col.topic'),
              dataIndex: 'topic',
              render: (v: string, c: DeskCall) => (
                <>
                  {v}
                  {c.note && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {c.note}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            { title: t('call.col.department'), dataIndex: 'departmentName', width: 130 },
            { title: t('call.col.takenBy'), dataIndex: 'takenByName', width: 90 },
          ]}
          empty={t('common:msg.noData')}
          total={t('count', { count: rows.length })}
          loadMore={t('more')}
        />
      </Col>
    </Row>
  );
}
