import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useEngineers, useWorkload } from '../api';
import type { CaseAction } from './caseAction';

/** Who a case or work order may go to: the engineers, and (issuing, transferring) with their open work orders. */
export function useAssignees(action: CaseAction | null) {
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const engineers = useEngineers(propertyId).data ?? [];
  const workload = useWorkload(propertyId, action?.kind === 'issue' || action?.kind === 'transfer').data;
  const assigneeOptions = workload?.engineers.length
    ? workload.engineers.map((u) => ({
        value: u.userId,
        label: t('dispatch.workloadOpen', { name: u.displayName, count: u.openWorkOrders }),
      }))
    : engineers.map((u) => ({ value: u.id, label: u.displayName }));
  return { engineers, assigneeOptions };
}
export type Assignees = ReturnType<typeof useAssignees>;
