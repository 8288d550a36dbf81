/**
 * 物资 tab (SPEC M7; seed 004 §3.3C, §5.2.3): materials drawn from the warehouse and counted back
 * (returned / lost — losses go to the fee statement), and proxy purchases 《会议采购通知单》
 * (代订代购) with their cost and invoice.
 */
import { Space } from 'antd';
import { useSession } from '../../../lib/session';
import { type Notice } from '../api';
import { MaterialsCard } from './MaterialsCard';
import { PurchasesCard } from './PurchasesCard';

export function MaterialsTab({ n }: { n: Notice }) {
  const session = useSession();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="materials-tab">
      {session.can('meetings.materials') && <MaterialsCard n={n} />}
      {session.can('meetings.fees.read') && <PurchasesCard n={n} />}
    </Space>
  );
}
