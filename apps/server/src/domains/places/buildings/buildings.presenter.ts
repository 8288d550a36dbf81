/** The JSON shapes of a building and its floors (every field picked by name). */
import type { Actor } from '../../../lib/context.ts';
import type * as repo from './buildings.repository.ts';
import { recordPolicies } from '../resource/resource.policy.ts';

export const presentFloor = (f: repo.FloorRow) => ({ id: f.id, level: f.level, label: f.label });

export const presentBuilding = (actor: Actor, b: repo.BuildingRow, fl?: repo.FloorRow[]) => ({
  id: b.id,
  propertyId: b.propertyId,
  code: b.code,
  name: b.name,
  floorsAbove: b.floorsAbove,
  floorsBelow: b.floorsBelow,
  sort: b.sort,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
  ...(fl ? { floors: fl.map(presentFloor) } : {}),
  policies: recordPolicies(actor, b.propertyId),
});
