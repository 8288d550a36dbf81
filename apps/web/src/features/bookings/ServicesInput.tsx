/** The intake's service requirements (SPEC M2) as a checklist with quantity, kind, banner text and notes. */
import { Checkbox, Input, InputNumber, Select, Typography } from 'antd';
import { BOOKING_SERVICES, WATER_KINDS, type BookingServiceCode, type BookingServiceItem, type WaterKind } from '@hy/contracts';
import { useBookingLabels } from './labels';

/** Which extra inputs a service shows. */
const QTY: ReadonlySet<BookingServiceCode> = new Set([
  'water',
  'microphones',
  'name_plates',
  'flowers',
  'signage',
  'fruit',
  'tea_break',
  'wet_towels',
]);

export function ServicesInput({
  value = [],
  onChange,
  attendees,
}: {
  value?: BookingServiceItem[];
  onChange?: (v: BookingServiceItem[]) => void;
  attendees?: number;
}) {
  const L = useBookingLabels();
  const { t } = L;
  const find = (code: BookingServiceCode) => value.find((s) => s.code === code);
  const set = (code: BookingServiceCode, item: BookingServiceItem | null) => {
    const rest = value.filter((s) => s.code !== code);
    const next = item ? [...rest, item] : rest;
    onChange?.(BOOKING_SERVICES.flatMap((c) => next.filter((s) => s.code === c)));
  };
  const patch = (code: BookingServiceCode, p: Partial<BookingServiceItem>) => {
    const cur = find(code) ?? { code };
    const next = { ...cur, ...p };
    for (const k of Object.keys(next) as (keyof BookingServiceItem)[])
      if (next[k] === null || next[k] === '' || next[k] === undefined) delete next[k];
    set(code, next);
  };
  return (
    <div className="bk-services" data-testid="services-input">
      {BOOKING_SERVICES.map((code) => {
        const item = find(code);
        const on = !!item;
        return (
          <div key={code} className={`bk-service-row${on ? ' is-on' : ''}`}>
            <Checkbox
              checked={on}
              data-testid={`service-${code}`}
              onChange={(e) =>
                set(
                  code,
                  e.target.checked
                    ? {
                        code,
                        ...(code === 'water' ? { kind: 'filtered_tea' as WaterKind } : {}),
                        ...(code === 'water' || code === 'name_plates' ? (attendees ? { qty: attendees } : {}) : {}),
                      }
                    : null,
                )
              }
            >
              {L.service(code)}
            </Checkbox>
            {on && (
              <div className="bk-service-extra">
                {code === 'banner' && (
                  <Input
                    size="small"
                    style={{ width: 260 }}
                    placeholder={t('form.bannerText')}
                    value={item.text}
                    maxLength={200}
                    status={!item.text ? 'warning' : undefined}
                    onChange={(e) => patch(code, { text: e.target.value })}
                  />
                )}
                {code === 'water' && (
                  <Select
                    size="small"
                    style={{ width: 150 }}
                    value={item.kind}
                    onChange={(k) => patch(code, { kind: k })}
                    options={WATER_KINDS.map((k) => ({ value: k, label: L.water(k) }))}
                  />
                )}
                {QTY.has(code) && (
                  <InputNumber
                    size="small"
                    min={1}
                    max={100000}
                    style={{ width: 96 }}
                    placeholder={t('form.qty')}
                    value={item.qty}
                    addonAfter={code === 'microphones' ? t('form.unitMic') : undefined}
                    onChange={(q) => patch(code, { qty: q ?? undefined })}
                  />
                )}
                <Input
                  size="small"
                  style={{ flex: 1, minWidth: 120 }}
                  placeholder={t('form.serviceNotes')}
                  value={item.notes}
                  maxLength={500}
                  onChange={(e) => patch(code, { notes: e.target.value })}
                />
              </div>
            )}
          </div>
        );
      })}
      {value.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('form.noServices')}
        </Typography.Text>
      )}
    </div>
  );
}
