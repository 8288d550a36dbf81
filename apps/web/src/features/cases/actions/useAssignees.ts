import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useWorkload } from '../api';
import type { CaseAction } from './caseAction';

/**
 * Who a case or work order may go to: the property's engineers with their open work orders, asked only
 * when the dialog that needs them is open (those who may dispatch may read the workload).
 */
export function useAssignees(action: CaseAction | null) {
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const needed = action?.kind === 'dispatch' || action?.kind === 'issue' || action?.kind === 'transfer';
  const workload = useWorkload(propertyId, needed).data;
  const engineers = (workload?.engineers ?? []).map((u) => ({ id: u.userId, displayName: u.displayName }));
  const assigneeOptions = (workload?.engineers ?? []).map((u) => ({
    value: u.userId,
    label: t('dispatch.workloadOpen', { name: u.displayName, count: u.openWorkOrders }),
  }));
  return { engineers, assigneeOptions };
}
export type Assignees = ReturnType<typeof useAssignees>;
