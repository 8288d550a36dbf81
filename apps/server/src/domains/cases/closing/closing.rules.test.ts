import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeBlockers, type CloseInput } from './closing.rules.ts';

test('closing conditions (S8)', () => {
  const base: CloseInput = {
    kind: 'repair',
    severity: 'general',
    status: 'resolved',
    result: 'resolved',
    workOrders: [{ status: 'returned' }, { status: 'voided' }],
    proofChecked: false,
    openLinkedCases: 0,
    lastCallbackSatisfied: true,
    closerRoles: ['front_desk'],
    approverRoles: [],
  };
  const rows: [Partial<CloseInput>, string[]][] = [
    [{}, []],
    [{ workOrders: [] }, ['no_work_order']],
    [{ workOrders: [{ status: 'voided' }] }, ['no_work_order']],
    [{ workOrders: [{ status: 'returned' }, { status: 'signed' }] }, ['work_order_not_returned']],
    [{ kind: 'complaint', workOrders: [] }, ['proof_not_checked']],
    [{ kind: 'complaint', workOrders: [], proofChecked: true }, []],
    [{ openLinkedCases: 1 }, ['linked_case_open']],
    [{ severity: 'major' }, ['approval_required']],
    [{ severity: 'major', closerRoles: ['cs_supervisor'] }, []],
    [{ severity: 'major', approverRoles: ['project_manager'] }, []],
    [{ status: 'waiting_customer' }, ['waiting_customer']],
    [{ lastCallbackSatisfied: false }, ['callback_dissatisfied']],
    [{ result: 'unresolvable', workOrders: [] }, ['project_manager_signature_required']],
    [{ result: 'unresolvable', workOrders: [], closerRoles: ['project_manager'] }, []],
    [
      { kind: 'complaint', severity: 'major', workOrders: [{ status: 'completed' }], openLinkedCases: 2 },
      ['work_order_not_returned', 'proof_not_checked', 'linked_case_open', 'approval_required'],
    ],
  ];
  for (const [over, want] of rows) assert.deepEqual(closeBlockers({ ...base, ...over }), want, JSON.stringify(over));
});
