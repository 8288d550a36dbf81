import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SettingEntry, SettingGroup } from '@hy/contracts';
import { SettingRow } from './SettingRow';
import type { SettingsDraft } from './useSettingsDraft';

/** One section of the settings page (会务预订, 会议服务 …) with its settings. */
export function SettingsGroupCard({
  group,
  entries,
  draft,
  canEdit,
}: {
  group: SettingGroup;
  entries: SettingEntry[];
  draft: SettingsDraft;
  canEdit: boolean;
}) {
  const { t } = useTranslation('settings');
  return (
    <Card title={t(`groups.${group}`)} size="small" style={{ marginBottom: 16 }} data-testid={`settings-group-${group}`}>
      {entries.map((e) => (
        <SettingRow
          key={e.key}
          entry={e}
          value={draft.valueOf(e)}
          edited={draft.isEdited(e.key)}
          resetPending={draft.isReset(e.key)}
          error={draft.errors[e.key]}
          canEdit={canEdit}
          onChange={(v) => draft.change(e.key, v)}
          onReset={() => draft.reset(e.key)}
          onUndo={() => draft.undo(e.key)}
        />
      ))}
    </Card>
  );
}
