import { InputNumber, Select, Space, Switch, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DurationValue, SettingEntry } from '@hy/contracts';
import { roleLabel } from '../../i18n';

interface Props {
  entry: SettingEntry;
  value: unknown;
  onChange: (v: unknown) => void;
  disabled: boolean;
  invalid: boolean;
}

/** The input of one setting by its kind: a number with its unit, a duration (number + unit), a time of day, roles. */
export function SettingValueInput({ entry: e, value, onChange, disabled, invalid }: Props) {
  const { t, i18n } = useTranslation('settings');
  const status = invalid ? 'error' : undefined;
  const testId = `setting-${e.key}`;
  if (e.kind === 'duration') {
    const d = value as DurationValue;
    const noValue = d.unit === 'end_of_working_day';
    return (
      <Space.Compact style={{ width: '100%', maxWidth: 320 }}>
        {!noValue && (
          <InputNumber
            data-testid={testId}
            status={status}
            min={e.min ?? 0}
            max={e.max ?? undefined}
            precision={0}
            value={d.value}
            disabled={disabled}
            onChange={(v) => onChange({ ...d, value: v ?? 0 })}
            style={{ width: 110 }}
          />
        )}
        <Select
          data-testid={`${testId}-unit`}
          status={status}
          value={d.unit}
          disabled={disabled}
          onChange={(unit) => onChange({ unit, value: unit === 'end_of_working_day' ? 0 : d.value })}
          options={(e.units ?? []).map((u) => ({ value: u, label: t(`units.${u}`) }))}
          style={{ flex: 1, minWidth: 140 }}
        />
      </Space.Compact>
    );
  }
  if (e.kind === 'time')
    return (
      <TimePicker
        data-testid={testId}
        status={status}
        format="HH:mm"
        minuteStep={5}
        allowClear={false}
        value={dayjs(`2000-01-01 ${value as string}`)}
        disabled={disabled}
        onChange={(v) => v && onChange(v.format('HH:mm'))}
        style={{ width: 140 }}
      />
    );
  if (e.kind === 'roles')
    return (
      <Select
        data-testid={testId}
        status={status}
        mode="multiple"
        value={value as string[]}
        disabled={disabled}
        onChange={onChange}
        options={(e.options ?? []).map((r) => ({ value: r, label: roleLabel(r, i18n.language) }))}
        style={{ width: '100%', maxWidth: 420 }}
      />
    );
  const forever = e.nullable && value === null;
  return (
    <Space wrap>
      {e.nullable && (
        <Switch
          checked={forever}
          disabled={disabled}
          onChange={(on) => onChange(on ? null : (e.min ?? 1))}
          checkedChildren={t('forever')}
          unCheckedChildren={t('setYears')}
        />
      )}
      {!forever && (
        <InputNumber
          data-testid={testId}
          status={status}
          min={e.min ?? undefined}
          max={e.max ?? undefined}
          step={e.step ?? 1}
          precision={e.step && e.step < 1 ? 1 : 0}
          value={value as number}
          disabled={disabled}
          onChange={(v) => onChange(v ?? e.min ?? 0)}
          addonAfter={e.unit ? t(`units.${e.unit}`) : undefined}
          style={{ width: 180 }}
        />
      )}
    </Space>
  );
}
