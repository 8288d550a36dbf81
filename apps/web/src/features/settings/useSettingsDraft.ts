import { useState } from 'react';
import { SETTING_KEYS, type ProblemField, type SettingEntry, type SettingKey, type SettingsPatch } from '@hy/contracts';

/** The page's unsaved changes: values set, settings to reset to their default, and the server's errors by setting. */
export function useSettingsDraft() {
  const [set, setSet] = useState<Partial<Record<SettingKey, unknown>>>({});
  const [resets, setResets] = useState<SettingKey[]>([]);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const clearError = (k: SettingKey) => setErrors(({ [k]: _, ...rest }) => rest as typeof errors);
  const without = (k: SettingKey) => setSet(({ [k]: _, ...rest }) => rest as typeof set);
  return {
    errors,
    count: Object.keys(set).length + resets.length,
    isEdited: (k: SettingKey) => k in set,
    isReset: (k: SettingKey) => resets.includes(k),
    valueOf: (e: SettingEntry) => (e.key in set ? set[e.key] : resets.includes(e.key) ? e.default : e.value),
    change(k: SettingKey, v: unknown) {
      setSet((s) => ({ ...s, [k]: v }));
      setResets((r) => r.filter((x) => x !== k));
      clearError(k);
    },
    reset(k: SettingKey) {
      without(k);
      setResets((r) => [...r.filter((x) => x !== k), k]);
      clearError(k);
    },
    undo(k: SettingKey) {
      without(k);
      setResets((r) => r.filter((x) => x !== k));
      clearError(k);
    },
    patch: (): SettingsPatch => ({ set, reset: resets }),
    clear() {
      setSet({});
      setResets([]);
      setErrors({});
    },
    /** Puts problem+json field errors (`set.<key>[.part]`) on their settings. */
    showErrors(fields: ProblemField[]) {
      const out: Partial<Record<SettingKey, string>> = {};
      for (const f of fields) {
        const path = f.path.replace(/^(set|reset)\./, '');
        const key = SETTING_KEYS.find((k) => path === k || path.startsWith(`${k}.`));
        if (key) out[key] = f.message;
      }
      setErrors(out);
    },
  };
}
export type SettingsDraft = ReturnType<typeof useSettingsDraft>;
