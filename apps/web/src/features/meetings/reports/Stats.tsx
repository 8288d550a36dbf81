import { type ReactNode } from 'react';
import '../meetings.css';
import './reports.css';

/** Summary cards in a grid of `cols` equal columns (fewer on narrow screens). */
export function Stats({ cols, children }: { cols: number; children: ReactNode }) {
  return (
    <div className="mr-stats" style={{ ['--mr-cols' as string]: cols }}>
      {children}
    </div>
  );
}
