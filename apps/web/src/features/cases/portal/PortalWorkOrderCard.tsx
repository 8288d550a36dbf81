/** A work order of the tenant's case: the work done, materials, who signed; the tenant signs a completed one. */
import { useState } from 'react';
import { Button, Card, Input, Space, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkOrderRow } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { signWorkOrder, useCaseWrite } from '../api';
import { WoStatusTag } from '../status/WoStatusTag';

export function PortalWorkOrderCard({
  w,
  signing,
  onSigning,
}: {
  w: WorkOrderRow;
  /** this one's signature is being entered */
  signing: boolean;
  onSigning(on: boolean): void;
}) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const [name, setName] = useState('');
  const signWrite = useCaseWrite((v: { id: string; name: string }) => signWorkOrder(v.id, { name: v.name, method: 'portal' }), {
    success: t('portal.signed'),
    onSuccess: () => onSigning(false),
  });
  const sign = () => {
    if (name.trim()) signWrite.mutate({ id: w.id, name: name.trim() });
  };
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
      {w.signedByName && (
        <Typography.Text type="success">
          {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
        </Typography.Text>
      )}
      {w.status === 'completed' && (
        <Button
          type="primary"
          icon={<FormOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => {
            setName(me?.displayName ?? '');
            onSigning(true);
          }}
          data-testid="portal-sign"
        >
          {t('portal.sign')}
        </Button>
      )}
      {signing && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('field.signerName')}
            data-testid="portal-sign-name"
          />
          <Button type="primary" onClick={sign} data-testid="portal-sign-ok">
            {t('portal.signConfirm')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
