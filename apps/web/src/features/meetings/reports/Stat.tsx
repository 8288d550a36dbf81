/** One summary figure of a report (a card with a title, the value and an optional hint). */
import { type ReactNode } from 'react';
import { Card, Statistic, Typography } from 'antd';
import '../meetings.css';
import './reports.css';

export function Stat({
  title,
  value,
  suffix,
  testid,
  danger,
  hint,
}: {
  title: string;
  value: ReactNode;
  suffix?: ReactNode;
  testid?: string;
  danger?: boolean;
  hint?: ReactNode;
}) {
  return (
    <Card size="small" className="mr-stat">
      <Statistic
        title={title}
        suffix={suffix}
        valueStyle={danger ? { color: '#cf1322' } : undefined}
        valueRender={() => <span data-testid={testid}>{value}</span>}
      />
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}
