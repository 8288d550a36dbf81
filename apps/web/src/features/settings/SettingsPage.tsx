/** /admin/settings: every number of the seeds as a per-property setting, grouped, with units, defaults and reset. */
import { Alert, App, Button, Skeleton, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SETTING_GROUPS } from '@hy/contracts';
import { ApiError } from '../../lib/api';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { settingsQuery } from './api/getSettings';
import { useUpdateSettings } from './api/updateSettings';
import { SettingsGroupCard } from './SettingsGroupCard';
import { useSettingsDraft } from './useSettingsDraft';
import './settings.css';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const { propertyId, property } = useSession();
  const q = useQuery(settingsQuery(propertyId));
  const draft = useSettingsDraft();
  const save = useUpdateSettings(propertyId, {
    success: t('saved'),
    onSuccess: () => draft.clear(),
    onError: (text, err) => {
      if (err instanceof ApiError && err.problem.fields?.length) {
        draft.showErrors(err.problem.fields);
        message.error(t('invalid'));
      } else message.error(text);
    },
  });
  const canEdit = !!q.data?.policies.update;
  return (
    <>
      <PageHeader title={t('title')} />
      <Typography.Paragraph type="secondary">{t('subtitle', { property: property?.name ?? '' })}</Typography.Paragraph>
      {q.data && !canEdit && <Alert type="info" showIcon message={t('readOnly')} style={{ marginBottom: 16 }} />}
      {!q.data ? (
        <Skeleton active />
      ) : (
        SETTING_GROUPS.map((g) => (
          <SettingsGroupCard key={g} group={g} entries={q.data.settings.filter((e) => e.group === g)} draft={draft} canEdit={canEdit} />
        ))
      )}
      {canEdit && (
        <div className="settings-savebar">
          <Typography.Text type="secondary">{draft.count ? t('changed', { count: draft.count }) : t('nothingChanged')}</Typography.Text>
          <Button onClick={draft.clear} disabled={!draft.count}>
            {t('discard')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!draft.count}
            loading={save.isPending}
            onClick={() => save.mutate(draft.patch())}
            data-testid="settings-save"
          >
            {t('save')}
          </Button>
        </div>
      )}
    </>
  );
}
