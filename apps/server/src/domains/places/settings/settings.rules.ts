/**
 * Property settings, pure (no I/O; table-tested in settings.rules.test.ts): the view of every setting
 * (effective value, default, overridden), and what a change did. The registry itself, its validation
 * and `settingsOf` are in packages/contracts (places/settings.ts), shared with the web.
 */
import { SETTING_KEYS, SETTINGS, overrideOf, settingsOf, type SettingDef, type SettingEntry } from '@hy/contracts';

const meta = (d: SettingDef) => ({
  unit: d.kind === 'number' ? d.unit : null,
  units: d.kind === 'duration' ? [...d.units] : null,
  options: d.kind === 'roles' ? [...d.options] : null,
  min: d.kind === 'number' || d.kind === 'duration' ? d.min : null,
  max: d.kind === 'number' || d.kind === 'duration' ? d.max : null,
  step: d.kind === 'number' ? d.step : d.kind === 'duration' ? 1 : null,
  nullable: d.kind === 'number' && !!d.nullable,
});

/** Every setting of the registry, in page order, with its effective value, default and whether it is overridden. */
export function settingEntries(doc: unknown): SettingEntry[] {
  const eff = settingsOf(doc);
  return SETTING_KEYS.map((key) => {
    const d: SettingDef = SETTINGS[key];
    return { key, group: d.group, kind: d.kind, value: eff[key], default: d.default, overridden: !!overrideOf(doc, key), ...meta(d) };
  });
}

/** The effective values that a change moved, before and after (keyed by setting), for the audit. */
export function changedValues(before: unknown, after: unknown) {
  const a = settingsOf(before);
  const b = settingsOf(after);
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const k of SETTING_KEYS) {
    const overBefore = !!overrideOf(before, k);
    const overAfter = !!overrideOf(after, k);
    if (JSON.stringify(a[k]) === JSON.stringify(b[k]) && overBefore === overAfter) continue;
    was[k] = overBefore ? a[k] : { default: a[k] };
    now[k] = overAfter ? b[k] : { default: b[k] };
  }
  return { before: was, after: now };
}
