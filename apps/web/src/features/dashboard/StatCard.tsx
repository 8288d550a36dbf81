import type { ReactNode } from 'react';
import { Card, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';

/** One number with its icon in a tinted square; a click opens the page it counts (`to`). */
export function StatCard({
  title,
  value,
  icon,
  color,
  to,
  testId,
}: {
  title: string;
  value: ReactNode;
  icon: ReactNode;
  color: string;
  to?: string;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <Card
      hoverable={!!to}
      onClick={() => to && navigate(to)}
      styles={{ body: { padding: 20 } }}
      data-testid={testId}
      style={{ height: '100%' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <div
          style={{
            width: 48,
            height: 48,
            borderRadius: 12,
            background: `${color}1a`,
            color,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 22,
            flex: 'none',
          }}
        >
          {icon}
        </div>
        <Statistic title={title} value={value as number | string} valueStyle={{ fontSize: 26, fontWeight: 600 }} />
      </div>
    </Card>
  );
}
