/**
 * The places domain's public entry: its routes. Every record has the same five routes (list, get,
 * create, update, delete/archive) declared through resource/.
 *
 *   resource/       what every record shares: the five routes, read scope and policy, keyset pages,
 *                   references within a property, the write guard (409 taken, 422 in_use)
 *   properties/     the properties you hold a role in, their working hours
 *   settings/       a property's settings: every number of the seeds with its default, unit and range
 *   buildings/      buildings and their floors
 *   organizations/  单位: organizations of a property
 *   units/          units (households, offices) in a building
 *   venues/         venues: layouts, equipment, hours, links, managers, restriction; archived, never deleted
 */
import type { FastifyInstance } from 'fastify';
import { propertiesRoutes } from './properties/properties.routes.ts';
import { buildingsRoutes } from './buildings/buildings.routes.ts';
import { organizationsRoutes } from './organizations/organizations.routes.ts';
import { unitsRoutes } from './units/units.routes.ts';
import { venuesRoutes } from './venues/venues.routes.ts';
import { settingsOf } from '@hy/contracts';
import type { DbOrTx } from '../../db/client.ts';
import { findSettings } from './settings/settings.repository.ts';
import { settingsRoutes } from './settings/settings.routes.ts';

export async function placesRoutes(fastify: FastifyInstance) {
  propertiesRoutes(fastify);
  buildingsRoutes(fastify);
  organizationsRoutes(fastify);
  unitsRoutes(fastify);
  venuesRoutes(fastify);
  settingsRoutes(fastify);
}

/** Used by other domains: a property's effective settings (its overrides over the registry's defaults). */
export async function effectiveSettings(db: DbOrTx, propertyId: string) {
  return settingsOf(await findSettings(db, propertyId));
}
