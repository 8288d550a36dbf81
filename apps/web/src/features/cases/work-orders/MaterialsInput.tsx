import { Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** Materials list input for the engineer's completion form. */
export function MaterialsInput({
  value = [],
  onChange,
}: {
  value?: { name: string; qty: number; unit?: string }[];
  onChange?(v: { name: string; qty: number; unit?: string }[]): void;
}) {
  const { t } = useTranslation('cases');
  const set = (i: number, patch: Partial<{ name: string; qty: number; unit?: string }>) =>
    onChange?.(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <div>
      {value.map((m, i) => (
        <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 6 }}>
          <Input
            placeholder={t('field.materialName')}
            value={m.name}
            onChange={(e) => set(i, { name: e.target.value })}
            style={{ flex: 2 }}
          />
          <InputNumber min={0.01} value={m.qty} onChange={(v) => set(i, { qty: Number(v ?? 1) })} style={{ width: 72 }} />
          <Input
            placeholder={t('field.materialUnit')}
            value={m.unit}
            onChange={(e) => set(i, { unit: e.target.value })}
            style={{ width: 56 }}
          />
          <a onClick={() => onChange?.(value.filter((_, j) => j !== i))} style={{ lineHeight: '32px' }}>
            ✕
          </a>
        </div>
      ))}
      <a onClick={() => onChange?.([...value, { name: '', qty: 1, unit: '' }])}>+ {t('wo.addMaterial')}</a>
    </div>
  );
}
