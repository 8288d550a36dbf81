import { useState } from 'react';
import { Rate, Space, Typography } from 'antd';

/** antd Rate as a form control, with the label of the chosen (or hovered) rating beside it. */
export function RateField({
  value,
  onChange,
  labels,
  current,
}: {
  value?: number;
  onChange?: (v: number) => void;
  labels: string[];
  current?: number;
}) {
  const [hover, setHover] = useState<number | undefined>(undefined);
  const shown = hover || current || value;
  return (
    <Space size={12} align="center">
      <span data-testid="survey-rate" data-value={value ?? 0}>
        <Rate
          allowClear={false}
          value={value}
          onChange={onChange}
          onHoverChange={(v) => setHover(v || undefined)}
          tooltips={labels}
          style={{ fontSize: 28 }}
        />
      </span>
      <Typography.Text type={shown && shown <= 2 ? 'danger' : 'secondary'} style={{ minWidth: 72 }}>
        {shown ? labels[shown - 1] : ''}
      </Typography.Text>
    </Space>
  );
}
