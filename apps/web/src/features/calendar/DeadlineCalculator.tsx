/** What a duration from an instant comes to with the property's calendar (working hours, working days …). */
import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Statistic, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay as DayRow } from '@hy/contracts';
import { useApiMutation } from '../../lib/mutation';
import { useSession } from '../../lib/session';
import { computeDeadline } from './api';
import { useHolidayName } from './useHolidayName';

const DURATION_UNITS = ['minutes', 'hours', 'calendar_days', 'working_hours', 'working_days', 'end_of_working_day'] as const;

/** Local 'YYYY-MM-DD' of an instant string as the server wrote it (already in the property's zone). */
const localPart = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function DeadlineCalculator() {
  const { t } = useTranslation('calendar');
  const { propertyId } = useSession();
  const holidayName = useHolidayName();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const run = useApiMutation({
    mutationFn: (v: { start: Dayjs; value: number; unit: string }) => computeDeadline(propertyId, { ...v, start: v.start.format() }),
    form,
    onError: setError,
  });
  const r = run.data;
  const dayText = (d: DayRow) => `${d.date} · ${t(`kind.${d.kind}`)}${d.name ? `（${holidayName(d.name)}）` : ''}`;
  return (
    <Card
      size="small"
      title={
        <Space>
          <CalculatorOutlined />
          {t('compute.title')}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('compute.help')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="compute"
        size="small"
        initialValues={{ start: dayjs().second(0).millisecond(0), value: 2, unit: 'working_days' }}
        onFinish={(v) => run.mutate(v)}
      >
        <Form.Item name="start" label={t('compute.start')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="compute-start" />
        </Form.Item>
        <Row gutter={8}>
          <Col span={9}>
            <Form.Item name="value" label={t('compute.value')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="compute-value" />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item name="unit" label={t('compute.unit')} style={{ marginBottom: 8 }}>
              <Select
                options={DURATION_UNITS.map((u) => ({ value: u, label: t(`compute.unit_${u}`) }))}
                data-testid="compute-unit"
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={run.isPending} block data-testid="compute-run">
          {t('compute.run')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {r && !error && (
        <div style={{ marginTop: 12 }} data-testid="compute-result">
          <Statistic title={t('compute.result')} value={localPart(r.result)} valueStyle={{ fontSize: 20 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.timeZone} · {r.withinWorkingHours ? t('compute.within') : t('compute.outside')}
          </Typography.Text>
          <Descriptions size="small" column={1} style={{ marginTop: 8 }} labelStyle={{ width: 90 }}>
            <Descriptions.Item label={t('compute.startDay')}>{dayText(r.startDay)}</Descriptions.Item>
            <Descriptions.Item label={t('compute.resultDay')}>{dayText(r.workingDay)}</Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Card>
  );
}
