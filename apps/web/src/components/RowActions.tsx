import type { ReactNode } from 'react';
import { Space } from 'antd';
import './RowActions.css';

/** A table row's action buttons in one line; the shared history button looks like the link buttons beside it. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Space size={0} className="hy-row-actions">
      {children}
    </Space>
  );
}
