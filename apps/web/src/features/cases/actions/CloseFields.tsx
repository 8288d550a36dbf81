/** 结案: resolved or unresolvable, the proof check of a complaint, the closing note. */
import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';

export function CloseFields({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  return (
    <>
      <Form.Item name="result" label={t('field.closeResult')}>
        <Radio.Group
          options={[
            { value: 'resolved', label: t('closeResult.resolved') },
            { value: 'unresolvable', label: t('closeResult.unresolvable') },
          ]}
        />
      </Form.Item>
      {c.kind !== 'repair' && (
        <>
          <Form.Item name="proofChecked" valuePropName="checked">
            <Checkbox>{t('action.proofChecked')}</Checkbox>
          </Form.Item>
          <Form.Item name="proofNote" label={t('field.proofNote')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('field.closeNote')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="action-note" />
      </Form.Item>
    </>
  );
}
