import { Button, Tag, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SettingEntry } from '@hy/contracts';
import { SettingValueInput } from './SettingValueInput';
import { useSettingText } from './useSettingText';
import './settings.css';

interface Props {
  entry: SettingEntry;
  /** the value shown: the draft when edited, else the effective one */
  value: unknown;
  edited: boolean;
  resetPending: boolean;
  error?: string;
  canEdit: boolean;
  onChange: (v: unknown) => void;
  onReset: () => void;
  onUndo: () => void;
}

/** One setting: its name, its input with the unit, the default, reset to default, and its error. */
export function SettingRow({ entry: e, value, edited, resetPending, error, canEdit, onChange, onReset, onUndo }: Props) {
  const { t } = useTranslation('settings');
  const { label, text } = useSettingText();
  const overridden = (e.overridden && !resetPending) || edited;
  return (
    <div className="setting-row" data-testid={`setting-row-${e.key}`}>
      <div className="setting-row__label">
        <Typography.Text strong>{label(e)}</Typography.Text>
        {overridden && <Tag color="blue">{t('overridden')}</Tag>}
      </div>
      <div className="setting-row__input">
        <SettingValueInput entry={e} value={value} onChange={onChange} disabled={!canEdit} invalid={!!error} />
        {error && (
          <Typography.Text type="danger" className="setting-row__error" data-testid={`setting-error-${e.key}`}>
            {error}
          </Typography.Text>
        )}
      </div>
      <div className="setting-row__default">
        <Typography.Text type="secondary">{resetPending ? t('resetPending') : t('default', { value: text(e, e.default) })}</Typography.Text>
        {canEdit && (edited || resetPending) && (
          <Button size="small" type="link" icon={<UndoOutlined />} onClick={onUndo}>
            {t('undo')}
          </Button>
        )}
        {canEdit && e.overridden && !resetPending && !edited && (
          <Button size="small" type="link" onClick={onReset} data-testid={`setting-reset-${e.key}`}>
            {t('reset')}
          </Button>
        )}
      </div>
    </div>
  );
}
