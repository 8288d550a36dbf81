/** 退回工单: the engineer hands a work order back to the desk, with the reason. */
import { useState } from 'react';
import { Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderWithCase } from '@hy/contracts';
import { handBackWorkOrder, useCaseWrite } from '../api';

export function HandBackModal({ wo, onClose }: { wo: WorkOrderWithCase | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const [reason, setReason] = useState('');
  const handBack = useCaseWrite((v: { id: string; reason: string }) => handBackWorkOrder(v.id, { reason: v.reason }), {
    success: t('my.handBackDone'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open={!!wo}
      title={wo ? `${t('my.handBack')} · ${wo.number}` : ''}
      onCancel={onClose}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'my-hand-back-ok' } as ButtonProps}
      destroyOnHidden
      confirmLoading={handBack.isPending}
      onOk={() => handBack.mutate({ id: wo!.id, reason: reason.trim() })}
      afterOpenChange={(open) => open || setReason('')}
    >
      <Input.TextArea
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('my.handBackReason')}
      />
    </Modal>
  );
}
