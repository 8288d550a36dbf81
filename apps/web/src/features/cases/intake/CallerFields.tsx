/** The intake form's caller rows: channel, phone (looked up), name, kind; unit, organization, location. */
import { useMemo } from 'react';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CASE_CHANNELS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useOrgs, useUnits } from '../api';
import { useCaseLabels, useCaseOptions } from '../labels';

const STAFF_CHANNELS = CASE_CHANNELS.filter((c) => c !== 'tenant_portal');

export function CallerFields({ lookupNote, onLookup }: { lookupNote: string | null; onLookup(): void }) {
  const L = useCaseLabels();
  const O = useCaseOptions();
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const form = Form.useFormInstance();
  const unitsData = useUnits(propertyId).data;
  const orgsData = useOrgs(propertyId).data;
  const units = useMemo(() => unitsData ?? [], [unitsData]);
  const orgs = useMemo(() => orgsData ?? [], [orgsData]);
  const unitOptions = useMemo(
    () =>
      units.map((u) => ({
        value: u.id,
        label: `${u.buildingName} ${u.code}${u.name ? ` ${u.name}` : ''}${u.organizationName ? ` · ${u.organizationName}` : ''}`,
      })),
    [units],
  );
  const orgOptions = useMemo(() => orgs.map((o) => ({ value: o.id, label: o.name })), [orgs]);
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="channel" label={t('field.channel')} rules={[{ required: true }]}>
            <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: L.channel(c) }))} data-testid="intake-channel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="contactPhone"
            label={t('field.contactPhone')}
            extra={lookupNote && <span data-testid="lookup-note">{lookupNote}</span>}
          >
            <Input prefix={<PhoneOutlined />} maxLength={30} onBlur={onLookup} onPressEnter={onLookup} data-testid="intake-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name="contactName" label={t('field.contactName')}>
            <Input maxLength={64} data-testid="intake-contact" />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={O.kind} data-testid="intake-kind" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="unitId" label={t('field.unit')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={unitOptions}
              data-testid="intake-unit"
              onChange={(id) => {
                const u = units.find((x) => x.id === id);
                if (u?.organizationId && !form.getFieldValue('organizationId')) form.setFieldValue('organizationId', u.organizationId);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="organizationId" label={t('field.organization')}>
            <Select allowClear showSearch optionFilterProp="label" options={orgOptions} data-testid="intake-org" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="location" label={t('field.location')}>
            <Input maxLength={200} placeholder={t('intake.locationPlaceholder')} data-testid="intake-location" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
