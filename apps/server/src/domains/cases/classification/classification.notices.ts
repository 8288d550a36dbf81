/** What classification tells people (S2/S4): an emergency goes to the managers at once, by SMS and e-mail. */
import type { Role } from '@hy/contracts';
import type { Tx } from '../../../db/client.ts';
import { notify } from '../../notifications/index.ts';
import type { CaseRow } from '../case/case.repository.ts';

const MANAGERS: Role[] = ['cs_supervisor', 'project_manager', 'general_manager'];

export async function notifyEmergency(tx: Tx, c: CaseRow) {
  await notify(tx, {
    propertyId: c.propertyId,
    roles: MANAGERS,
    kind: 'case.emergency',
    severity: 'critical',
    channels: ['sms', 'email'],
    message: {
      key: 'case.emergency',
      params: { number: c.number, caseKind: c.kind, location: c.location, content: c.content.slice(0, 500) },
    },
    link: `/cases/${c.id}`,
    data: { caseId: c.id },
  });
}
