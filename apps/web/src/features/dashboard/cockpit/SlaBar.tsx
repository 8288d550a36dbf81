/** Open cases by SLA state as one stacked bar with its legend; a segment opens /cases?sla=. */
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SLA_STATES, type SlaStateFilter } from '@hy/contracts';

export const SLA_COLORS: Record<SlaStateFilter, string> = {
  on_time: '#52c41a',
  warning: '#fa8c16',
  breached: '#f5222d',
  paused: '#8c8c8c',
};

export function SlaBar({ sla, large, dark }: { sla: Record<SlaStateFilter, number>; large?: boolean; dark?: boolean }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  const total = SLA_STATES.reduce((a, s) => a + sla[s], 0);
  return (
    <div data-testid="sla-bar">
      <div
        style={{
          display: 'flex',
          height: large ? 36 : 18,
          borderRadius: 6,
          overflow: 'hidden',
          background: dark ? '#26324a' : '#f0f0f0',
        }}
      >
        {SLA_STATES.filter((s) => sla[s] > 0).map((s) => (
          <div
            key={s}
            title={`${t(`sla.${s}`)} ${sla[s]}`}
            onClick={() => navigate(`/cases?sla=${s}`)}
            style={{ width: `${(sla[s] / total) * 100}%`, background: SLA_COLORS[s], cursor: 'pointer', minWidth: 6 }}
          />
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: large ? 24 : 12, marginTop: 8, fontSize: large ? 22 : 13 }}>
        {SLA_STATES.map((s) => (
          <a key={s} onClick={() => navigate(`/cases?sla=${s}`)} style={{ color: dark ? '#e6edf7' : undefined }}>
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: SLA_COLORS[s], marginRight: 6 }} />
            {t(`sla.${s}`)} <b>{sla[s]}</b>
          </a>
        ))}
      </div>
    </div>
  );
}
