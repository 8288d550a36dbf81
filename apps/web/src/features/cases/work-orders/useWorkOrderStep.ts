import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderWithCase } from '@hy/contracts';
import { signWorkOrder, useCaseWrite, workOrderStep } from '../api';

export type StepPath = 'accept' | 'arrive' | 'complete' | 'sign';
export interface Step {
  w: WorkOrderWithCase;
  path: StepPath;
  body?: any;
}

/** An engineer's step on a work order (accept, arrive, complete, paper signature); field errors land on `form`. */
export function useWorkOrderStep(form?: FormInstance) {
  const { t } = useTranslation('cases');
  return useCaseWrite((v: Step) => (v.path === 'sign' ? signWorkOrder(v.w.id, v.body) : workOrderStep(v.w.id, v.path, v.body)), {
    success: (_, v) => t(`my.${v.path}Done`),
    form,
  });
}
