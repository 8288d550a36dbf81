import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RECEIVED_AT_MAX_DAYS } from '@hy/contracts';

const WALL = 'YYYY-MM-DD HH:mm';

/**
 * When the call or visit was received, as wall-clock time in the property's zone (the form holds
 * 'YYYY-MM-DD HH:mm'; empty = now). Not in the future, at most RECEIVED_AT_MAX_DAYS back: the server
 * checks both and puts its 422 on this field.
 */
export function ReceivedAtField({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('cases');
  const now = () => dayjs().tz(timeZone);
  const outside = (d: Dayjs) =>
    d.isAfter(dayjs(now().format(WALL)), 'day') || d.isBefore(dayjs(now().format(WALL)).subtract(RECEIVED_AT_MAX_DAYS, 'day'), 'day');
  return (
    <Form.Item
      name="receivedAt"
      label={t('field.receivedAt')}
      extra={t('intake.receivedAtHint', { days: RECEIVED_AT_MAX_DAYS })}
      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v, WALL) : null })}
      normalize={(d: Dayjs | null) => (d ? d.format(WALL) : undefined)}
    >
      <DatePicker
        showTime={{ format: 'HH:mm', minuteStep: 1 }}
        format={WALL}
        disabledDate={outside}
        placeholder={t('intake.receivedAtNow')}
        style={{ width: '100%', maxWidth: 260 }}
        data-testid="intake-received-at"
      />
    </Form.Item>
  );
}

/** The form's wall-clock received-at as an instant (ISO with offset), or undefined for now. */
export const receivedAtInstant = (wall: string | undefined, timeZone: string) =>
  wall ? dayjs.tz(wall, WALL, timeZone).format() : undefined;
