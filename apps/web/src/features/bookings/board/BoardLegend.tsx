/** What the board's colours mean, the drag hint, and how many venues are shown. */
import { Typography } from 'antd';
import { useBookingLabels } from '../labels';

const SWATCHES = [
  ['bk-requested', 'board.legend.requested'],
  ['bk-confirmed', 'board.legend.confirmed'],
  ['bk-closed', 'board.legend.closed'],
  ['bk-buffer-swatch', 'board.legend.buffer'],
  ['bk-linked-swatch', 'board.legend.linked'],
] as const;

export function BoardLegend({ dragHint, count }: { dragHint: boolean; count: number }) {
  const { t } = useBookingLabels();
  return (
    <div className="bk-legend">
      {SWATCHES.map(([cls, label]) => (
        <span key={cls}>
          <i className={`bk-swatch ${cls}`} />
          {t(label)}
        </span>
      ))}
      {dragHint && <Typography.Text type="secondary">{t('board.dragHint')}</Typography.Text>}
      <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
        {t('board.count', { n: count })}
      </Typography.Text>
    </div>
  );
}
