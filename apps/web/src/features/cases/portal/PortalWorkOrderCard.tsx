/** A work order of the tenant's case: the work done, materials, photos, who signed; the tenant signs a completed one by drawing. */
import { Button, Card, Space, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FileRef, WorkOrderRow } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useSession } from '../../../lib/session';
import { signWorkOrder, useCaseWrite } from '../api';
import { WoStatusTag } from '../status/WoStatusTag';
import { WorkOrderFiles } from '../work-orders/WorkOrderFiles';
import { ChargeCard } from '../charges/ChargeCard';

export function PortalWorkOrderCard({
  w,
  signing,
  onSigning,
}: {
  w: WorkOrderRow;
  /** this one's signature is being drawn */
  signing: boolean;
  onSigning(on: boolean): void;
}) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const signWrite = useCaseWrite(
    (ref: FileRef) => signWorkOrder(w.id, { name: ref.signerName ?? me?.displayName ?? '', method: 'portal', signatureId: ref.id }),
    { success: t('portal.signed'), onSuccess: () => onSigning(false) },
  );
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          {t('portal.workOrder')} {w.number}
          <WoStatusTag status={w.status} />
        </Space>
      }
    >
      {w.workDone && (
        <div>
          {t('wo.workDone')}：{w.workDone}
        </div>
      )}
      {w.materials.length > 0 && (
        <div>
          {t('wo.materials')}：{w.materials.map((m) => `${m.name}×${m.qty}${m.unit ?? ''}`).join('，')}
        </div>
      )}
      <WorkOrderFiles w={w} size={64} />
      {w.paid && w.status !== 'voided' && <ChargeCard woId={w.id} bordered={false} />}
      {w.signedByName && (
        <Typography.Text type="success">
          {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
        </Typography.Text>
      )}
      {w.status === 'completed' && (
        <Button
          type="primary"
          block
          size="large"
          icon={<FormOutlined />}
          style={{ marginTop: 8 }}
          loading={signWrite.isPending}
          onClick={() => onSigning(true)}
          data-testid="portal-sign"
        >
          {t('portal.sign')}
        </Button>
      )}
      <SignatureModal
        open={signing}
        propertyId={w.propertyId}
        title={t('portal.signTitle', { number: w.number })}
        signerName={me?.displayName ?? ''}
        onClose={() => onSigning(false)}
        onSigned={(ref) => signWrite.mutate(ref)}
      />
    </Card>
  );
}
