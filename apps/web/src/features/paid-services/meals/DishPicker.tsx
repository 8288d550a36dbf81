import { InputNumber, List, Typography } from 'antd';
import { money, type MenuDish } from '@hy/contracts';

/** Today's dishes with a count each (0 = not ordered), large enough for a thumb. */
export function DishPicker({
  dishes,
  counts,
  onChange,
}: {
  dishes: MenuDish[];
  counts: Record<string, number>;
  onChange: (c: Record<string, number>) => void;
}) {
  return (
    <List
      size="small"
      dataSource={dishes}
      data-testid="dish-picker"
      renderItem={(d, i) => (
        <List.Item
          extra={
            <InputNumber
              min={0}
              max={50}
              precision={0}
              value={counts[d.dish] ?? 0}
              onChange={(v) => onChange({ ...counts, [d.dish]: Number(v ?? 0) })}
              style={{ width: 90 }}
              size="large"
              data-testid={`dish-count-${i}`}
            />
          }
        >
          <div>
            <Typography.Text strong>{d.dish}</Typography.Text>
            <div>
              <Typography.Text type="secondary">{money(d.priceFen)}</Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

export const linesOf = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([dish, count]) => ({ dish, count }));
