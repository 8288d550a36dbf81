/** One dimension of the monthly complaint statistics: each value with its count. */
import { Card, Table } from 'antd';

export function Breakdown({ title, data, label }: { title: string; data: Record<string, number>; label(k: string): string }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey="k"
        showHeader={false}
        dataSource={Object.entries(data).map(([k, v]) => ({ k, v }))}
        columns={[
          { dataIndex: 'k', render: (k: string) => label(k) },
          { dataIndex: 'v', align: 'right', width: 60 },
        ]}
      />
    </Card>
  );
}
