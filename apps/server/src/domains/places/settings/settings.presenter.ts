/** The JSON shape of a property's settings: every setting of the registry, and whether the reader may change them. */
import type { PropertySettings } from '@hy/contracts';
import { type Actor, can } from '../../../lib/context.ts';
import { settingEntries } from './settings.rules.ts';

export const presentSettings = (actor: Actor, propertyId: string, doc: unknown): PropertySettings => ({
  propertyId,
  settings: settingEntries(doc),
  policies: { update: can(actor, propertyId, 'settings.manage') },
});
