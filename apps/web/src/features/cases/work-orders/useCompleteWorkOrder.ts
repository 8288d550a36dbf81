import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileRef, WorkOrderCompleteBody, WorkOrderWithCase } from '@hy/contracts';
import { signWorkOrder, useCaseWrite, workOrderStep } from '../api';

export interface Completion {
  w: WorkOrderWithCase;
  body: WorkOrderCompleteBody;
  /** the customer's signature drawn on the engineer's screen, when they were there */
  signature: FileRef | null;
}

/** 完工 on site: the work done, materials and photos, then the customer's drawn signature if there is one. */
export function useCompleteWorkOrder(form: FormInstance) {
  const { t } = useTranslation('cases');
  return useCaseWrite(
    async ({ w, body, signature }: Completion) => {
      await workOrderStep(w.id, 'complete', body);
      if (signature)
        await signWorkOrder(w.id, { name: signature.signerName ?? w.contactName ?? '', method: 'screen', signatureId: signature.id });
    },
    { success: (_, v) => (v.signature ? t('my.signDone') : t('my.completeDone')), form },
  );
}
