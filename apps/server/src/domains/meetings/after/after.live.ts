/**
 * Who may read a lost item (and so its photos and the owner's drawn signature, X3): the property's staff
 * who keep the register (meetings.lost_property) and, for an item found at a meeting, those who may read
 * that meeting's records (as the after-the-meeting page shows them).
 */
import { can } from '../../../lib/context.ts';
import type { LiveReader } from '../../notifications/index.ts';
import { meetingRecordReader } from '../meeting/meeting.live.ts';
import * as repo from './after.repository.ts';

export const lostItemReader: LiveReader = async (db, id, candidates) => {
  const l = await repo.findLostItem(db, id);
  if (!l) return null;
  const meeting = l.noticeId ? await meetingRecordReader(db, l.noticeId, candidates) : null;
  return (a) => can(a, l.propertyId, 'meetings.lost_property') || !!meeting?.(a);
};
