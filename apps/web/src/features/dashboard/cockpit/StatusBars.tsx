/** Counts by status as horizontal bars (the engineer's work orders): label, bar, number. */
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_STATUSES } from '@hy/contracts';

const COLORS: Record<string, string> = {
  issued: '#fa8c16',
  accepted: '#1677ff',
  on_site: '#722ed1',
  completed: '#13c2c2',
  signed: '#52c41a',
  returned: '#389e0d',
  voided: '#bfbfbf',
};

export function StatusBars({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation('cockpit');
  const max = Math.max(1, ...Object.values(counts));
  return (
    <div data-testid="work-order-bars">
      {WORK_ORDER_STATUSES.map((s) => (
        <div key={s} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
          <span style={{ width: 64, flex: 'none', fontSize: 13 }}>{t(`wo.${s}`)}</span>
          <div style={{ flex: 1, background: '#f5f5f5', borderRadius: 4, height: 14 }}>
            <div style={{ width: `${((counts[s] ?? 0) / max) * 100}%`, background: COLORS[s], height: '100%', borderRadius: 4 }} />
          </div>
          <b style={{ width: 28, textAlign: 'right' }}>{counts[s] ?? 0}</b>
        </div>
      ))}
    </div>
  );
}
