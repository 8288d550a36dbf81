import { Checkbox, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const WALL = 'YYYY-MM-DD HH:mm';

/**
 * F6 "do when the occupant is out" on a repair: a checkbox and the window, as wall-clock times in the property's
 * zone (the form holds two 'YYYY-MM-DD HH:mm' strings). The server refuses a window that ends before it starts
 * or is over (422 on occupantOutFrom / occupantOutTo).
 */
export function OccupantOutField({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('cases');
  const form = Form.useFormInstance();
  const on = Form.useWatch('occupantOut', form);
  const today = () => dayjs(dayjs().tz(timeZone).format(WALL));
  return (
    <div className="hy-occupant-out">
      <Form.Item name="occupantOut" valuePropName="checked" style={{ marginBottom: on ? 8 : undefined }}>
        <Checkbox data-testid="intake-occupant-out">{t('intake.occupantOut')}</Checkbox>
      </Form.Item>
      {on && (
        <Form.Item
          name="occupantOutWindow"
          label={t('intake.occupantOutWindow')}
          extra={t('intake.occupantOutHint')}
          rules={[{ required: true, message: t('intake.occupantOutRequired') }]}
          getValueProps={(v: [string, string] | undefined) => ({ value: v ? [dayjs(v[0], WALL), dayjs(v[1], WALL)] : null })}
          normalize={(d: [Dayjs | null, Dayjs | null] | null) => (d?.[0] && d[1] ? [d[0].format(WALL), d[1].format(WALL)] : undefined)}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format={WALL}
            disabledDate={(d) => d.isBefore(today(), 'day')}
            style={{ width: '100%', maxWidth: 400 }}
            data-testid="intake-occupant-out-window"
          />
        </Form.Item>
      )}
    </div>
  );
}

/** The form's window as instants (ISO with offset), or nothing when not asked for. */
export const occupantOutInput = (v: { kind?: string; occupantOut?: boolean; occupantOutWindow?: [string, string] }, timeZone: string) =>
  v.kind === 'repair' && v.occupantOut && v.occupantOutWindow
    ? {
        occupantOut: true,
        occupantOutFrom: dayjs.tz(v.occupantOutWindow[0], WALL, timeZone).format(),
        occupantOutTo: dayjs.tz(v.occupantOutWindow[1], WALL, timeZone).format(),
      }
    : {};
