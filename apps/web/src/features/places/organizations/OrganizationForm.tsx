import { useMemo } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { nullIfEmpty, useSaveOrganization, type Organization } from '../api';
import { usePlaceLabels } from '../labels';

/** Create or edit an organization: name, short name, kind and contact. */
export function OrganizationForm({ open, org, onClose }: { open: boolean; org: Organization | null; onClose(): void }) {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const initial = useMemo(
    () =>
      org
        ? { ...org, shortName: org.shortName ?? '', contactName: org.contactName ?? '', contactPhone: org.contactPhone ?? '' }
        : { kind: 'government' as const },
    [org],
  );
  const { form, error, setError } = useDialogForm(open, initial);
  const save = useSaveOrganization(propertyId, { form, success: tc('msg.saved'), onSuccess: onClose, onError: setError });
  const trim = (s?: string) => s?.trim();
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={org ? t('orgs.edit') : t('orgs.create')}
      width={600}
      form={form}
      name="organization"
      saving={save.isPending}
      error={error}
      saveTestId="org-save"
      onFinish={(v) => {
        setError(null);
        save.mutate({
          id: org?.id,
          body: nullIfEmpty(
            {
              name: trim(v.name),
              shortName: trim(v.shortName),
              kind: v.kind,
              contactName: trim(v.contactName),
              contactPhone: trim(v.contactPhone),
            },
            ['shortName', 'contactName', 'contactPhone'],
          ),
        });
      }}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="name" label={t('orgs.name')} rules={L.required(t('orgs.name'))}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="shortName" label={t('orgs.shortName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('orgs.kind')}>
            <Select options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: L.orgKind(k) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactName" label={t('orgs.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactPhone" label={t('orgs.contactPhone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
