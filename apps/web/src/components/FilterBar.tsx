import type { ReactNode } from 'react';
import { Col, Row, Typography } from 'antd';

/** The filters above a list (each in its own `Col`), in one wrapping line; `note` (what the list covers) at the right end. */
export function FilterBar({ note, children }: { note: ReactNode; children: ReactNode }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }} align="middle">
      {children}
      <Col flex="auto" style={{ textAlign: 'right' }}>
        <Typography.Text type="secondary">{note}</Typography.Text>
      </Col>
    </Row>
  );
}
