/** Incidents during the meeting (M8): report one (the AV emergency plan for equipment failures), resolve it. */
import { useState } from 'react';
import { Alert, Badge, Button, Card, Empty, Form, Input, List, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '@hy/contracts';
import { useReportIncident, useResolveIncident, type Incident, type Notice } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';

export function IncidentsPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const [resolving, setResolving] = useState<Incident | null>(null);
  const [form] = Form.useForm();
  const [rform] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const report = useReportIncident({ form, success: t('incident.reported') });
  const resolve = useResolveIncident({ form: rform, success: t('incident.resolvedMsg') });
  return (
    <Card
      size="small"
      title={t('incident.title')}
      data-testid="incidents-panel"
      extra={
        n.policies.reportIncident && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setOpen(true);
            }}
            data-testid="report-incident"
          >
            {t('incident.report')}
          </Button>
        )
      }
    >
      {n.incidents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incident.none')} style={{ margin: 8 }} />
      ) : (
        <List
          size="small"
          dataSource={n.incidents}
          renderItem={(i) => (
            <List.Item data-testid="incident-item" style={{ display: 'block', paddingInline: 0 }}>
              <Space size={4} wrap>
                <Tag color={i.kind === 'equipment_failure' ? 'volcano' : 'orange'}>{t(`incident.kinds.${i.kind}`)}</Tag>
                {i.severity === 'serious' && <Tag color="red">{t('incident.escalated')}</Tag>}
                {i.resolvedAt ? (
                  <Badge status="success" text={t('incident.resolved')} />
                ) : (
                  <Badge status="processing" text={t('incident.open')} />
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('incident.reportedBy', { at: fmtAt(i.reportedAt, tz) })}
                </Typography.Text>
              </Space>
              <div className="mt-pre">{i.description}</div>
              {i.handling && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('incident.handling')}：{i.handledBy ? `${i.handledBy} · ` : ''}
                  {i.handling}
                </Typography.Text>
              )}
              {i.kind === 'equipment_failure' && !i.resolvedAt && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 6, fontSize: 12 }}
                  message={t('incident.plan')}
                  description={t('avPlan')}
                />
              )}
              {!i.resolvedAt && n.policies.reportIncident && (
                <div>
                  <Button
                    size="small"
                    type="link"
                    style={{ padding: 0 }}
                    data-testid="resolve-incident"
                    onClick={() => {
                      rform.resetFields();
                      setResolving(i);
                    }}
                  >
                    {t('incident.resolve')}
                  </Button>
                </div>
              )}
            </List.Item>
          )}
        />
      )}
      <Modal
        open={open}
        title={t('incident.report')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'incident-submit' }}
        width={560}
        confirmLoading={report.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          report.mutate(
            { noticeId: n.id, body: { ...v, handledBy: v.handledBy || null, handling: v.handling || null } },
            { onSuccess: () => setOpen(false) },
          );
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'equipment_failure', severity: 'normal' }} preserve={false}>
          <Form.Item name="kind" label={t('incident.kind')}>
            <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incident.kinds.${k}`) }))} data-testid="incident-kind" />
          </Form.Item>
          {kind === 'equipment_failure' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('incident.plan')}
              description={t('avPlan')}
              data-testid="av-plan"
            />
          )}
          <Form.Item name="severity" label={t('incident.severity')}>
            <Radio.Group
              options={[
                { value: 'normal', label: t('incident.severities.normal') },
                { value: 'serious', label: t('incident.severities.serious') },
              ]}
            />
          </Form.Item>
          <Form.Item name="description" label={t('incident.description')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="incident-description" />
          </Form.Item>
          <Form.Item name="handledBy" label={t('incident.handledBy')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="handling" label={t('incident.handling')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!resolving}
        title={t('incident.resolve')}
        onCancel={() => setResolving(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'resolve-submit' }}
        confirmLoading={resolve.isPending}
        onOk={async () => {
          const v = await rform.validateFields();
          resolve.mutate(
            { incidentId: resolving!.id, handledBy: v.handledBy || null, handling: v.handling },
            { onSuccess: () => setResolving(null) },
          );
        }}
      >
        <Form form={rform} layout="vertical" preserve={false}>
          <Form.Item name="handledBy" label={t('incident.handledBy')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="handling"
            label={t('incident.handling')}
            rules={[{ required: true, whitespace: true, message: t('incident.handlingRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="resolve-handling" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
