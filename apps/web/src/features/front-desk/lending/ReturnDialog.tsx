/** Take a loan back: fine, damaged or lost (a note is needed for the last two). */
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOAN_CONDITIONS, type Loan, type LoanCondition } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { lendingKeys, returnLoan } from './api';

interface Values {
  condition: LoanCondition;
  note?: string;
}

export function ReturnDialog({ loan, onClose }: { loan: Loan | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('lending');
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({ mutationFn: returnLoan, form, invalidate: [lendingKeys.all], success: t('returned'), onSuccess: onClose });
  const condition = Form.useWatch('condition', form);
  const item = loan ? (i18n.language === 'en-US' ? (loan.itemNameEn ?? loan.itemNameZh) : loan.itemNameZh) : '';
  return (
    <FormModal<Values>
      open={!!loan}
      onClose={onClose}
      title={t('returnTitle', { item, quantity: loan?.quantity ?? 0 })}
      form={form}
      name="return"
      saving={save.isPending}
      error={null}
      saveTestId="return-save"
      onFinish={(v) => save.mutate({ id: loan!.id, condition: v.condition, note: v.note || null })}
    >
      <Form.Item name="condition" label={t('form.condition')} initialValue="ok" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={LOAN_CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('form.returnNote')}
        rules={[{ required: condition !== undefined && condition !== 'ok', whitespace: true }]}
      >
        <Input.TextArea rows={2} maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
