/** A row of summary figures (a card each) above a report; a figure that needs attention shows red. */
import { Card, Col, Row, Statistic } from 'antd';

export interface StatItem {
  key: string;
  title: string;
  value: number | string;
  danger?: boolean;
}

export function StatRow({ items, width }: { items: StatItem[]; width: number }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {items.map((s) => (
        <Col key={s.key} flex={`${width}px`}>
          <Card size="small">
            <Statistic title={s.title} value={s.value} valueStyle={s.danger ? { color: '#cf1322' } : undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
