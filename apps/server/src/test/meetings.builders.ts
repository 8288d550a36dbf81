/** Test builders of the meetings suites: the conference building's main hall and a small room. */
import type { Db } from '../db/client.ts';
import { buildings, venues } from '../db/schema/index.ts';
import { uniq, type Fixture } from './helpers.ts';

export async function makeMeetingVenues(db: Db, fx: Fixture): Promise<{ hall: string; room: string }> {
  const [hyds] = await db
    .insert(buildings)
    .values({ propertyId: fx.propertyId, code: 'HYDS', name: '会议大厦', floorsAbove: 4 })
    .returning();
  const [hall] = await db
    .insert(venues)
    .values({
      propertyId: fx.propertyId,
      buildingId: hyds!.id,
      code: uniq('HY'),
      name: '会议大厦主会场',
      venueType: 'main_hall',
      venueClass: 'C',
      seats: 1200,
      minAttendees: 450,
      layouts: [{ layout: 'theatre', capacity: 1200, setupMinutes: 180, cleanupMinutes: 120 }],
      defaultLayout: 'theatre',
      openFrom: '07:00',
      openTo: '22:00',
    })
    .returning();
  const [room] = await db
    .insert(venues)
    .values({
      propertyId: fx.propertyId,
      buildingId: fx.buildingId,
      code: uniq('V'),
      name: '第一座谈室',
      venueType: 'discussion_room',
      venueClass: 'A',
      seats: 30,
      layouts: [{ layout: 'discussion', capacity: 30, setupMinutes: 15, cleanupMinutes: 15 }],
      defaultLayout: 'discussion',
    })
    .returning();
  return { hall: hall!.id, room: room!.id };
}
