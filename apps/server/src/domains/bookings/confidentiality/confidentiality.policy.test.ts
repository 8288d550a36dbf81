/** SPEC M12: the confidentiality rule as a table — role × relation to the meeting × level. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONFIDENTIALITY_LEVELS, type Role } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import { boardView, isClosed, listViewer, maySee, needsRelation, publicView, seesAllClosed } from './confidentiality.policy.ts';

const P = 'prop-1';
const ORG = 'org-1';
const actor = (roles: Role[], organizationId: string | null = null, propertyId = P): Actor => ({
  id: `u-${roles.join('+')}`,
  username: 'x',
  displayName: 'x',
  organizationId,
  unitId: null,
  roles: { [propertyId]: roles },
});

type Relation = 'none' | 'assigned' | 'ownOrganization' | 'otherOrganization' | 'otherProperty';
/** Expected answer for a closed (confidential/secret) meeting; open levels are always visible here (base read rules apply elsewhere). */
const CLOSED_TABLE: [Role[], Relation, boolean][] = [
  [['dispatcher'], 'none', true], // bookings.manage
  [['cs_assistant'], 'none', true],
  [['lobby_manager'], 'none', true],
  [['admin'], 'none', true], // manager role (and bookings.manage)
  [['cs_supervisor'], 'none', true],
  [['project_manager'], 'none', true],
  [['general_manager'], 'none', true],
  [['bureau_approver'], 'none', true], // approves bookings
  [['organizer'], 'ownOrganization', true],
  [['organizer'], 'otherOrganization', false],
  [['organizer'], 'assigned', false], // an outside user is never let in by an assignment
  [['tenant'], 'ownOrganization', false],
  [['cleaner'], 'none', false],
  [['cleaner'], 'assigned', true],
  [['meeting_staff'], 'none', false],
  [['meeting_staff'], 'assigned', true],
  [['av_tech'], 'assigned', true],
  [['security'], 'none', false],
  [['engineer'], 'none', false],
  [['front_desk'], 'none', false],
  [['affairs_admin'], 'none', false],
  [['dispatcher'], 'otherProperty', false], // roles count only in the meeting's property
  [['cleaner'], 'otherProperty', false],
];

for (const [roles, relation, expected] of CLOSED_TABLE) {
  for (const level of CONFIDENTIALITY_LEVELS) {
    const closed = isClosed(level);
    test(`${roles.join('+')} / ${relation} / ${level} → ${closed ? (expected ? 'whole' : 'not at all') : 'whole'}`, () => {
      const org = relation === 'ownOrganization' ? ORG : relation === 'otherOrganization' ? 'org-2' : null;
      const a = actor(roles, org, relation === 'otherProperty' ? 'prop-2' : P);
      const m = { propertyId: P, organizationId: ORG, confidentiality: level };
      const want = closed ? expected : true;
      assert.equal(maySee(a, m, relation === 'assigned'), want);
      // The relation is asked for exactly when it can change the answer: closed, staff, not decided by role.
      const asked = needsRelation(a, m);
      if (asked) assert.equal(maySee(a, m, false), false);
      else assert.equal(maySee(a, m, true), maySee(a, m, false));
      // The list filter agrees: no filter for those who see every closed meeting.
      assert.equal(listViewer(a, P) === undefined, seesAllClosed(a, P));
      if (closed && !expected && relation !== 'assigned') assert.equal(boardView(maySee(a, m, false)), 'occupied');
    });
  }
}

test('levels: confidential and secret are closed; public and internal are not', () => {
  assert.deepEqual(CONFIDENTIALITY_LEVELS.filter(isClosed), ['confidential', 'secret']);
});

test("list viewer: an organizer's own organization, staff's assignments", () => {
  assert.deepEqual(listViewer(actor(['organizer'], ORG), P), { userId: 'u-organizer', organizationId: ORG, staff: false });
  assert.deepEqual(listViewer(actor(['cleaner']), P), { userId: 'u-cleaner', organizationId: null, staff: true });
  assert.equal(listViewer(actor(['bureau_approver']), P), undefined);
});

test('the public page of a closed meeting: neutral title, no venue, agenda or handbook', () => {
  const page = { meetingName: '机密会议', venue: '第一会议室', agenda: '议程', handbook: '手册', extra: 1 };
  assert.deepEqual(publicView('secret', page), { meetingName: '会议签到', venue: null, agenda: null, handbook: null, extra: 1 });
  assert.deepEqual(publicView('confidential', page).meetingName, '会议签到');
  assert.deepEqual(publicView('internal', page), page);
  assert.deepEqual(publicView('public', page), page);
});
