import { useMemo } from 'react';
import { Col, Divider, Form, Input, Row, Select, Switch, type SelectProps } from 'antd';
import { useSession } from '../../../lib/session';
import { useAllVenues, useOrganizations, useStaffUsers, type Venue } from '../api';
import { usePlaceLabels } from '../labels';

/** A searchable multiple choice (the ids lists of the relations section). */
const multiple: SelectProps = { mode: 'multiple', showSearch: true, optionFilterProp: 'label' };

/** The venue form's relations: who may book it (restricted), linked venues, managers, description. */
export function VenueRelationsFields({ venue }: { venue: Venue | null }) {
  const { t, venueField: F, required: req } = usePlaceLabels();
  const { propertyId, can } = useSession();
  const form = Form.useFormInstance();
  const restricted = Form.useWatch('restricted', form);
  const orgs = useOrganizations(propertyId);
  const staff = useStaffUsers(propertyId, can('users.manage'));
  const allVenues = useAllVenues(propertyId);
  const managerOptions = useMemo(() => {
    const list = (staff.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
    // Keep current managers visible even when the user list is not available (non-admin).
    for (const m of venue?.managers ?? []) if (!list.some((o) => o.value === m.id)) list.push({ value: m.id, label: m.displayName });
    return list;
  }, [staff.data, venue]);
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('venues.section.relations')}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="restricted" label={F('restricted')} valuePropName="checked" extra={t('venues.hint.restricted')}>
            <Switch data-testid="venue-restricted" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="allowedOrganizationIds"
            label={F('allowedOrganizationIds')}
            rules={restricted ? req(F('allowedOrganizationIds')) : []}
          >
            <Select
              {...multiple}
              disabled={!restricted}
              loading={orgs.isLoading}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              data-testid="venue-allowed-orgs"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="linkedVenueIds" label={F('linkedVenueIds')} extra={t('venues.hint.linked')}>
            <Select
              {...multiple}
              loading={allVenues.isLoading}
              options={(allVenues.data ?? []).filter((x) => x.id !== venue?.id).map((x) => ({ value: x.id, label: `${x.code} ${x.name}` }))}
              data-testid="venue-linked"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="managerUserIds" label={F('managerUserIds')} extra={t('venues.hint.managersOnlyAdmin')}>
            <Select {...multiple} loading={staff.isLoading} options={managerOptions} data-testid="venue-managers" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={F('description')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
