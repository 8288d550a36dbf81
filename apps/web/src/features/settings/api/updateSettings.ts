import type { PropertySettings, SettingsPatch } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { settingsKeys } from './keys';

/** Sets and resets settings of the property in one audited change. */
export const updateSettings = (propertyId: string | null, patch: SettingsPatch) =>
  api.patch<PropertySettings>(`/properties/${propertyId}/settings`, patch);

export const useUpdateSettings = (propertyId: string | null, o: Omit<ApiMutationOptions<SettingsPatch, PropertySettings>, 'mutationFn'>) =>
  useApiMutation({ mutationFn: (p) => updateSettings(propertyId, p), invalidate: [settingsKeys.all], ...o });
