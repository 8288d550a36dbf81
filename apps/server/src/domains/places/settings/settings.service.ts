/**
 * Property settings (SPEC intro: every number of the seeds is a per-property setting): members read
 * them; administrators ('settings.manage' in that property) change or reset any of them — validated
 * against the registry (400 with the offending `set.<key>` paths), in one transaction with the row
 * locked, audited with the effective values before and after.
 */
import { applySettings, settingsPatchErrors, type SettingsPatch } from '@hy/contracts';
import { type Ctx, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { authorizeTarget } from '../resource/resource.policy.ts';
import * as repo from './settings.repository.ts';
import { presentSettings } from './settings.presenter.ts';
import { changedValues } from './settings.rules.ts';

export async function getSettings(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  if (!isStaffIn(actor, propertyId)) throw errors.forbidden();
  const doc = await repo.findSettings(ctx.db, propertyId);
  if (!doc) throw errors.notFound('property');
  return presentSettings(actor, propertyId, doc);
}

export async function updateSettings(
  ctx: Ctx,
  propertyId: string,
  patch: { set: Record<string, unknown>; reset: SettingsPatch['reset'] & {} },
) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  authorizeTarget(actor, propertyId, 'settings.manage');
  const problems = settingsPatchErrors(patch);
  if (problems.length) throw errors.validation(problems, say(ctx, '设置值无效，请检查标出的项', 'Some settings are invalid'));
  const doc = await ctx.db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, propertyId, true);
    if (!before) throw errors.notFound('property');
    const after = applySettings(before, patch);
    const change = changedValues(before, after);
    if (!Object.keys(change.after).length) return before;
    await repo.saveSettings(tx, propertyId, after, ctx.now());
    await audit(tx, ctx, { action: 'property.settings_changed', entityType: 'property', entityId: propertyId, propertyId, ...change });
    return after;
  });
  return presentSettings(actor, propertyId, doc);
}
