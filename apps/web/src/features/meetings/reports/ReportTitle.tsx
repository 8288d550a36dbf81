/** A report's printed title. */
import { type ReactNode } from 'react';
import { Typography } from 'antd';
import '../meetings.css';
import './reports.css';

export function ReportTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={4} className="mr-title">
      {children}
    </Typography.Title>
  );
}
