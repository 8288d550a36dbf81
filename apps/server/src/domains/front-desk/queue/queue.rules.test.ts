import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesAllow, type Role } from '@hy/contracts';
import { pastDeadline, sectionsFor } from './queue.rules.ts';

const of = (...roles: Role[]) => sectionsFor((p) => rolesAllow(roles, p));

test('sections per role: each section follows its list’s read permission', () => {
  const table: [Role[], Record<string, boolean>][] = [
    [['front_desk'], { consent: true, inside: true, parcels: true, messages: true, loans: true }],
    [['mail_clerk'], { consent: false, inside: false, parcels: true, messages: true, loans: true }],
    [['security'], { consent: true, inside: true, parcels: false, messages: false, loans: false }],
    [['cs_assistant'], { consent: true, inside: true, parcels: false, messages: true, loans: true }],
    [['tenant'], { consent: false, inside: false, parcels: false, messages: false, loans: false }],
    [['cleaner'], { consent: false, inside: false, parcels: false, messages: false, loans: false }],
  ];
  for (const [roles, want] of table) assert.deepEqual(of(...roles), want, roles.join(','));
});

test('a consent deadline is past only once it lies before now', () => {
  const now = new Date('2026-12-07T09:00:00Z');
  assert.equal(pastDeadline(null, now), false);
  assert.equal(pastDeadline(new Date('2026-12-07T08:59:59Z'), now), true);
  assert.equal(pastDeadline(new Date('2026-12-07T09:00:00Z'), now), false);
  assert.equal(pastDeadline(new Date('2026-12-07T09:10:00Z'), now), false);
});
