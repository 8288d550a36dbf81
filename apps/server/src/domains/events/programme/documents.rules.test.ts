import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maySee, type DocumentAccess } from './documents.rules.ts';

const none: DocumentAccess = { read: false, work: false, approve: false, inner: false, asOrganizer: false };
const reader: DocumentAccess = { ...none, read: true };
const team: DocumentAccess = { ...reader, work: true, inner: true };
const organizer: DocumentAccess = { ...reader, inner: true, asOrganizer: true };
const supervisor: DocumentAccess = { ...reader, inner: true };

test('maySee: visibility and confidentiality by who reads', () => {
  const cases: [string, DocumentAccess, 'team' | 'guests' | 'organizer' | 'public', boolean, boolean][] = [
    ['outsider, public', none, 'public', false, false],
    ['reader, public', reader, 'public', false, true],
    ['reader, public confidential', reader, 'public', true, false],
    ['reader, team', reader, 'team', false, false],
    ['team, team confidential', team, 'team', true, true],
    ['organizer, team', organizer, 'team', false, false],
    ['organizer, organizer confidential', organizer, 'organizer', true, true],
    ['organizer, guests', organizer, 'guests', false, true],
    ['supervisor, team', supervisor, 'team', true, true],
  ];
  for (const [name, a, visibility, confidential, want] of cases) assert.equal(maySee(a, { visibility, confidential }), want, name);
});
