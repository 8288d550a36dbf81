/** The meeting: topic, attendees, layout, confidentiality, importance; its services, special setup and notes. */
import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { CONFIDENTIALITY_LEVELS, IMPORTANCE_LEVELS } from '@hy/contracts';
import type { Venue } from '../../places/api';
import { useBookingLabels } from '../labels';
import { ServicesInput } from '../ServicesInput';

export function MeetingFields({ venue }: { venue: Venue | null }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const form = Form.useFormInstance();
  const attendees = Form.useWatch('attendeeCount', form) as number | null | undefined;
  const specialSetup = Form.useWatch('specialSetup', form) as boolean | undefined;
  return (
    <>
      <Divider orientation="left" plain className="bk-divider">
        {t('form.section.meeting')}
      </Divider>
      <Form.Item
        name="topic"
        label={t('field.topic')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.topic') }) }]}
      >
        <Input maxLength={200} data-testid="topic" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="attendeeCount"
            label={t('field.attendeeCount')}
            rules={[{ required: true, message: t('form.required', { field: t('field.attendeeCount') }) }]}
          >
            <InputNumber min={1} max={100000} style={{ width: '100%' }} addonAfter={t('facts.people')} data-testid="attendees" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="layout" label={t('field.layout')}>
            <Select
              allowClear
              disabled={!venue}
              placeholder={venue ? undefined : t('form.pickVenueFirst')}
              options={(venue?.layouts ?? []).map((l) => ({
                value: l.layout,
                label: `${P.layout(l.layout)}${L.paren(`${l.capacity}${t('facts.people')}`)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="confidentiality" label={t('field.confidentiality')}>
            <Select options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: L.confidentiality(c) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="importance" label={t('field.importance')} extra={t('form.importanceHint')}>
        <Radio.Group optionType="button" options={IMPORTANCE_LEVELS.map((c) => ({ value: c, label: L.importance(c) }))} />
      </Form.Item>
      <Divider orientation="left" plain className="bk-divider">
        {t('form.section.services')}
      </Divider>
      <Form.Item name="services" noStyle={false} style={{ marginBottom: 8 }}>
        <ServicesInput attendees={attendees ?? undefined} />
      </Form.Item>
      <Row gutter={12} align="middle">
        <Col span={8}>
          <Form.Item name="specialSetup" label={t('field.specialSetup')} valuePropName="checked" extra={t('form.specialHint')}>
            <Switch />
          </Form.Item>
        </Col>
        <Col span={16}>
          {specialSetup && (
            <Form.Item
              name="setupPlan"
              label={t('field.setupPlan')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.setupPlan') }) }]}
            >
              <Input.TextArea rows={3} maxLength={4000} placeholder={t('form.setupPlanPlaceholder')} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item name="notes" label={t('field.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>{' '}
    </>
  );
}
