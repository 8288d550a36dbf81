/** Every department's readiness tag, in the departments' order. */
import { DEPARTMENTS } from '@hy/contracts';
import type { DeptReadiness } from '../labels';
import { DeptReadyTag } from './DeptReadyTag';

export function DeptReadyTags({ departments }: { departments: DeptReadiness[] }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {DEPARTMENTS.map((dep) => (
        <DeptReadyTag key={dep} department={dep} d={departments.find((x) => x.department === dep)} />
      ))}
    </span>
  );
}
