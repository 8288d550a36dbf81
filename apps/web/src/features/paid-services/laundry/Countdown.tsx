import { useEffect, useState } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LaundryRequest } from '@hy/contracts';

const mmss = (ms: number) => {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The live collect countdown of a phoned request: time left, then (red) how long overdue. */
export function Countdown({ r }: { r: LaundryRequest }) {
  const { t } = useTranslation('laundry');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);
  if (!r.collectDueAt || r.collectedAt) return null;
  const left = Date.parse(r.collectDueAt) - now;
  return left >= 0 ? (
    <Tag color={left < 5 * 60_000 ? 'orange' : 'blue'} data-testid="laundry-countdown" style={{ fontSize: 14, padding: '2px 8px' }}>
      {t('board.left', { time: mmss(left) })}
    </Tag>
  ) : (
    <Tag color="red" data-testid="laundry-overdue" style={{ fontSize: 14, padding: '2px 8px' }}>
      {t('board.overdue', { time: mmss(left) })}
    </Tag>
  );
}
