import type { ReactNode } from 'react';

export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div className="hy-page-title">
      <h2>{title}</h2>
      {extra && <div>{extra}</div>}
    </div>
  );
}
