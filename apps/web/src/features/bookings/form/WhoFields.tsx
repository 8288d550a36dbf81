/** Who books: the organization (staff pick it, an organizer books for their own), the organizing unit, the contact, the channel. */
import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { BOOKING_CHANNELS, PHONE_PATTERN } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useOrganizations } from '../../places/api';
import { useBookingLabels } from '../labels';

export function WhoFields({ staff, editing, open }: { staff: boolean; editing: boolean; open: boolean }) {
  const L = useBookingLabels();
  const { t } = L;
  const session = useSession();
  const form = Form.useFormInstance();
  const orgs = useOrganizations(session.propertyId, staff && open);
  return (
    <>
      <Divider orientation="left" plain className="bk-divider">
        {t('form.section.who')}
      </Divider>
      <Row gutter={12}>
        <Col span={12}>
          {staff ? (
            <Form.Item name="organizationId" label={t('field.organization')} extra={t('form.orgHint')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                loading={orgs.isLoading}
                placeholder={t('form.orgPlaceholder')}
                data-testid="org-select"
                options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                onChange={(id?: string) => {
                  const o = orgs.data?.find((x) => x.id === id);
                  if (!o) return;
                  form.setFieldsValue({
                    organizerUnit: o.name,
                    ...(!form.getFieldValue('contactName') && o.contactName ? { contactName: o.contactName } : {}),
                    ...(!form.getFieldValue('contactPhone') && o.contactPhone ? { contactPhone: o.contactPhone } : {}),
                  });
                  if (!form.getFieldValue(['application', 'applicantUnit'])) form.setFieldValue(['application', 'applicantUnit'], o.name);
                }}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('field.organization')}>
              <Input value={session.me?.organizationName ?? '—'} disabled />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item
            name="organizerUnit"
            label={t('field.organizerUnit')}
            extra={staff ? t('form.unitHint') : undefined}
            rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.organizerUnit') }) }]}
          >
            <Input maxLength={200} disabled={!staff} data-testid="organizer-unit" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="contactName"
            label={t('field.contactName')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.contactName') }) }]}
          >
            <Input maxLength={64} data-testid="contact-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="contactPhone"
            label={t('field.contactPhone')}
            rules={[
              { required: true, message: t('form.required', { field: t('field.contactPhone') }) },
              { pattern: PHONE_PATTERN, message: t('form.phoneInvalid') },
            ]}
          >
            <Input maxLength={30} data-testid="contact-phone" />
          </Form.Item>
        </Col>
        {staff && !editing && (
          <Col span={8}>
            <Form.Item name="channel" label={t('field.channel')}>
              <Select options={BOOKING_CHANNELS.filter((c) => c !== 'online').map((c) => ({ value: c, label: L.channel(c) }))} />
            </Form.Item>
          </Col>
        )}
      </Row>{' '}
    </>
  );
}
