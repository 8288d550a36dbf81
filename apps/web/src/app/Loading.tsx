import { Spin } from 'antd';

/** What shows while a lazily loaded part of the app arrives. */
export function Loading() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
