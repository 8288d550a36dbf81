import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { SCHEMA_LOCK_KEY, type Tx } from '../db/client.ts';
import {
  properties,
  buildings,
  floors,
  organizations,
  units,
  venues,
  venueLinks,
  venueAllowedOrganizations,
  users,
  userRoles,
  auditEvents,
  venueManagers,
  kbEntries,
} from '../db/schema/index.ts';
import { KB_DEMO_ENTRIES } from '../domains/cases/index.ts';
import { checkPassword, hashPassword } from '../domains/identity/index.ts';
import { loadFrontDeskDemo } from '../domains/front-desk/index.ts';
import { loadInspectionsDemo } from '../domains/inspections/index.ts';
import { loadTenantsDemo } from '../domains/tenants/index.ts';
import { loadStaffQualityDemo } from '../domains/staff-quality/index.ts';
import { loadBillingDemo } from '../domains/billing/index.ts';
import { loadPaidServicesDemo } from '../domains/paid-services/index.ts';
import { loadGuestRoomsDemo } from '../domains/guest-rooms/index.ts';
import { loadEventsDemo } from '../domains/events/index.ts';
import { loadCasesDemo } from '../domains/cases/index.ts';
import { loadDemoActivity } from './demo-activity.ts';
import { DEMO_PROPERTY, SECOND_PROPERTY, DEMO_BUILDINGS, DEMO_ORGANIZATIONS, DEMO_VENUES, DEMO_USERS, DEMO_PASSWORD } from './demo-data.ts';

/** A new property stores no overrides: every setting takes its default from the registry (settingsOf). */
export const DEFAULT_PROPERTY_SETTINGS = {};

function floorLabel(level: number) {
  return level < 0 ? `B${-level}` : `${level}F`;
}

async function createBuildings(tx: Tx, propertyId: string, list: typeof DEMO_BUILDINGS) {
  const bByCode = new Map<string, string>();
  const fByKey = new Map<string, string>();
  for (const b of list) {
    const [row] = await tx
      .insert(buildings)
      .values({ propertyId, ...b })
      .returning();
    bByCode.set(b.code, row!.id);
    const levels = [...Array(b.floorsBelow).keys()].map((i) => -(i + 1)).concat([...Array(b.floorsAbove).keys()].map((i) => i + 1));
    const fl = await tx
      .insert(floors)
      .values(levels.map((level) => ({ propertyId, buildingId: row!.id, level, label: floorLabel(level) })))
      .returning();
    for (const f of fl) fByKey.set(`${b.code}:${f.level}`, f.id);
  }
  return { bByCode, fByKey };
}

/** Loads the demo property (行政办事中心), a second small property, and one user per role. */
export async function loadDemoData(tx: Tx) {
  const [prop] = await tx
    .insert(properties)
    .values({ ...DEMO_PROPERTY, settings: DEFAULT_PROPERTY_SETTINGS })
    .returning();
  const pid = prop!.id;
  const { bByCode, fByKey } = await createBuildings(tx, pid, DEMO_BUILDINGS);

  const orgIds = new Map<string, string>();
  const unitOfOrg = new Map<string, string>();
  for (const o of DEMO_ORGANIZATIONS) {
    const [org] = await tx
      .insert(organizations)
      .values({
        propertyId: pid,
        name: o.name,
        shortName: o.shortName,
        kind: o.kind,
        contactName: o.contactName,
        contactPhone: o.contactPhone,
      })
      .returning();
    orgIds.set(o.name, org!.id);
    // One unit per floor the organization occupies; households spread over its floors.
    for (const [i, level] of o.floors.entries()) {
      const [u] = await tx
        .insert(units)
        .values({
          propertyId: pid,
          buildingId: bByCode.get(o.building)!,
          floorId: fByKey.get(`${o.building}:${level}`) ?? null,
          code: `${o.building}-${String(level).padStart(2, '0')}01`,
          name: o.floors.length > 1 ? `${o.shortName}（${level}楼）` : o.shortName,
          households: Math.max(1, Math.round(o.households / o.floors.length)) + (i === 0 && o.households > o.floors.length ? 0 : 0),
          organizationId: org!.id,
          phone: o.contactPhone,
        })
        .returning();
      if (!unitOfOrg.has(o.name)) unitOfOrg.set(o.name, u!.id);
    }
  }

  const venueIds = new Map<string, string>();
  for (const v of DEMO_VENUES) {
    const [row] = await tx
      .insert(venues)
      .values({
        propertyId: pid,
        buildingId: bByCode.get(v.building)!,
        floorId: fByKey.get(`${v.building}:${v.floor}`) ?? null,
        code: v.code,
        name: v.name,
        venueType: v.type,
        venueClass: v.cls,
        seats: v.seats,
        minAttendees: v.min ?? null,
        layouts: v.layouts,
        defaultLayout: v.layouts[0]?.layout ?? null,
        equipment: v.equipment,
        bookable: true,
        restricted: v.restricted ?? false,
        description: v.description ?? null,
        openFrom: v.openFrom ?? '07:00',
        openTo: v.openTo ?? '22:00',
      })
      .returning();
    venueIds.set(v.code, row!.id);
  }
  for (const v of DEMO_VENUES) {
    for (const l of v.links ?? []) await tx.insert(venueLinks).values({ venueId: venueIds.get(v.code)!, linkedVenueId: venueIds.get(l)! });
    for (const o of v.allowed ?? [])
      await tx.insert(venueAllowedOrganizations).values({ venueId: venueIds.get(v.code)!, organizationId: orgIds.get(o)! });
  }

  // Created a moment later so that lists (and the default property of the admin) put 行政办事中心 first.
  const [second] = await tx
    .insert(properties)
    .values({ ...SECOND_PROPERTY, settings: DEFAULT_PROPERTY_SETTINGS, createdAt: new Date(prop!.createdAt.getTime() + 1000) })
    .returning();
  const second2 = await createBuildings(tx, second!.id, [{ code: 'A', name: 'A座', floorsAbove: 6, floorsBelow: 1, sort: 1 }]);
  await tx.insert(venues).values({
    propertyId: second!.id,
    buildingId: second2.bByCode.get('A')!,
    floorId: second2.fByKey.get('A:2') ?? null,
    code: 'A-0201',
    name: 'A座二楼会议室',
    venueType: 'discussion_room',
    venueClass: 'A',
    seats: 20,
    layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 15, cleanupMinutes: 15 }],
    defaultLayout: 'discussion',
    equipment: [],
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const [row] = await tx
      .insert(users)
      .values({
        username: u.role,
        displayName: u.displayName,
        passwordHash,
        phone: u.phone,
        email: u.email ?? `${u.role}@huiwu.example`,
        organizationId: u.org ? orgIds.get(u.org)! : null,
        unitId: u.unitOf ? unitOfOrg.get(u.unitOf)! : null,
      })
      .returning();
    userIds.set(u.role, row!.id);
    await tx.insert(userRoles).values([u.role, ...(u.extraRoles ?? [])].map((role) => ({ userId: row!.id, propertyId: pid, role })));
  }
  // The administrator also runs the second property; venue managers for the halls.
  await tx.insert(userRoles).values({ userId: userIds.get('admin')!, propertyId: second!.id, role: 'admin' });
  for (const code of ['HY-0101', 'HY-0201', 'HY-0203', 'HY-0301'])
    await tx.insert(venueManagers).values({ venueId: venueIds.get(code)!, userId: userIds.get('cs_assistant')! });
  for (const code of ['ZL-0201', 'ZL-0101', 'BL-0101', 'ZL-0401'])
    await tx.insert(venueManagers).values({ venueId: venueIds.get(code)!, userId: userIds.get('lobby_manager')! });
  await tx.insert(kbEntries).values(KB_DEMO_ENTRIES.map((e) => ({ ...e, propertyId: pid, updatedBy: userIds.get('affairs_admin')! })));
  await tx
    .insert(auditEvents)
    .values({ propertyId: pid, action: 'demo.loaded', entityType: 'property', entityId: pid, actorName: 'system' });
  return { propertyId: pid, secondPropertyId: second!.id, userIds, venueIds, orgIds };
}

/**
 * On an empty database: the demo data (never in production), or in production a first
 * administrator from HY_ADMIN_USERNAME / HY_ADMIN_PASSWORD, whose password may not be a default.
 */
export async function ensureInitialData(app: FastifyInstance) {
  // Under the migrations' advisory lock: instances starting at once on an empty PostgreSQL database
  // take turns, and the later ones find the data the first one loaded (issue 9).
  return app.database.exclusive(SCHEMA_LOCK_KEY, () => loadInitialData(app));
}

async function loadInitialData(app: FastifyInstance) {
  const db = app.database.db;
  const [{ n }] = (await db.select({ n: count() }).from(users)) as [{ n: number }];
  if (Number(n) > 0) return;
  if (app.config.demo && !app.config.production) {
    await db.transaction(async (tx) => loadDemoData(tx));
    if (process.env.DEMO_ACTIVITY !== '0') {
      const t0 = Date.now();
      await loadDemoActivity(app);
      await loadFrontDeskDemo(app);
      await loadTenantsDemo(app);
      await loadInspectionsDemo(app);
      await loadStaffQualityDemo(app);
      await loadGuestRoomsDemo(app);
      await loadPaidServicesDemo(app);
      await loadCasesDemo(app);
      await loadBillingDemo(app);
      await loadEventsDemo(app);
      app.log.info({ ms: Date.now() - t0 }, 'demo activity generated (bookings, meeting services, cases, work orders)');
    }
    app.log.info('demo data loaded: users = role codes, password Demo@2026');
    return;
  }
  const username = process.env.HY_ADMIN_USERNAME ?? 'admin';
  const password = process.env.HY_ADMIN_PASSWORD;
  if (!password) {
    app.log.warn('empty database and no HY_ADMIN_PASSWORD: set it to create the first administrator');
    return;
  }
  const v = checkPassword(password, { production: app.config.production });
  if (!v.ok) throw new Error(`HY_ADMIN_PASSWORD refused: ${v.reasons.join(', ')}`);
  const propertyName = process.env.HY_PROPERTY_NAME ?? '物业项目';
  await db.transaction(async (tx) => {
    const [prop] = await tx.insert(properties).values({ code: 'P1', name: propertyName, settings: DEFAULT_PROPERTY_SETTINGS }).returning();
    const [u] = await tx
      .insert(users)
      .values({ username, displayName: '系统管理员', passwordHash: await hashPassword(password), mustChangePassword: false })
      .returning();
    await tx.insert(userRoles).values({ userId: u!.id, propertyId: prop!.id, role: 'admin' });
    await tx
      .insert(auditEvents)
      .values({ propertyId: prop!.id, action: 'bootstrap.admin_created', entityType: 'user', entityId: u!.id, actorName: 'system' });
  });
}
