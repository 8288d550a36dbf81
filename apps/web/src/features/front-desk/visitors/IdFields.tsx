/** ID type and number (a resident ID's GB 11643 check digit checked as typed), party size, car plate, badge. */
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ID_TYPES, isValidResidentId } from '@hy/contracts';

export function IdFields({ badge = true }: { badge?: boolean }) {
  const { t } = useTranslation('visitors');
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item name="idType" label={t('f.idType')}>
          <Select allowClear data-testid="visit-id-type" options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={16}>
        <Form.Item
          name="idNumber"
          label={t('f.idNumber')}
          dependencies={['idType']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                getFieldValue('idType') === 'resident_id' && v && !isValidResidentId(v)
                  ? Promise.reject(new Error(t('idInvalid')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input maxLength={40} data-testid="visit-id-number" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={8} sm={4}>
        <Form.Item name="partySize" label={t('f.partySize')}>
          <InputNumber min={1} max={200} style={{ width: '100%' }} data-testid="visit-party" />
        </Form.Item>
      </Col>
      <Col xs={16} sm={10}>
        <Form.Item name="carPlate" label={t('f.carPlate')}>
          <Input maxLength={16} data-testid="visit-car" />
        </Form.Item>
      </Col>
      {badge && (
        <Col xs={24} sm={10}>
          <Form.Item name="badgeNo" label={t('f.badgeNo')}>
            <Input maxLength={20} data-testid="visit-badge" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
