/** 重新分类: kind, complaint nature and type, category and subcategory, severity, urgency, emergency, and why. */
import { Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useCaseOptions } from '../labels';
import { useRequired } from './useRequired';

export function ClassifyFields({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const O = useCaseOptions();
  const req = useRequired();
  const session = useSession();
  const form = Form.useFormInstance();
  const kind = Form.useWatch('kind', form);
  const nature = Form.useWatch('nature', form);
  const category = Form.useWatch('category', form);
  // an emergency not yet signed off is lifted by a manager only
  const pinned = c.emergency && !c.emergencySignedOffAt && !session.can('cases.supervise');
  return (
    <>
      <Form.Item name="kind" label={t('field.kind')}>
        <Radio.Group optionType="button" options={O.kind} />
      </Form.Item>
      {kind === 'complaint' && (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="nature" label={t('field.nature')} style={{ flex: 1 }}>
            <Select allowClear options={O.nature} />
          </Form.Item>
          {nature === 'communicative' && (
            <Form.Item name="natureType" label={t('field.natureType')} style={{ flex: 1 }}>
              <Select allowClear options={O.natureType} />
            </Form.Item>
          )}
        </div>
      )}
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="category" label={t('field.category')} style={{ flex: 1 }}>
          <Select allowClear options={O.category} data-testid="classify-category" />
        </Form.Item>
        {category === 'equipment' && (
          <Form.Item name="subcategory" label={t('field.subcategory')} style={{ flex: 1 }}>
            <Select allowClear options={O.subcategory} data-testid="classify-subcategory" />
          </Form.Item>
        )}
      </div>
      <Form.Item name="severity" label={t('field.severity')}>
        <Radio.Group optionType="button" options={O.severity} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 24 }}>
        <Form.Item name="urgency" label={t('field.urgency')}>
          <Radio.Group optionType="button" options={O.urgency} />
        </Form.Item>
        <Form.Item
          name="emergency"
          label={t('field.emergency')}
          valuePropName="checked"
          extra={pinned ? t('signOff.liftByManager') : undefined}
        >
          <Switch disabled={pinned} />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('field.reclassifyReason')} rules={req(t('field.reclassifyReason'))}>
        <Input.TextArea rows={2} maxLength={500} data-testid="action-note" />
      </Form.Item>
    </>
  );
}
