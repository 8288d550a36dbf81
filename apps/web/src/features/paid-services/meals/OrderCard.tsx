import { useState } from 'react';
import { Button, Card, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money, type MealOrder } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { SignButton } from '../laundry/SignButton';
import { checkOrder, deliverOrder, mealKeys, signOrder } from './api';

const COLORS = { ordered: 'blue', passed: 'cyan', redo: 'orange', delivered: 'purple', signed: 'green' } as const;

/** One order: company, dishes × count, the flags (late, redo, delivered late), the desk's next step or the tenant's signature. */
export function OrderCard({ o, staff }: { o: MealOrder; staff: boolean }) {
  const { t } = useTranslation('meals');
  const when = useDateTime();
  const [redo, setRedo] = useState(false);
  const [note, setNote] = useState('');
  const check = useApiMutation<{ result: 'pass' | 'redo'; note?: string }>({
    mutationFn: (v) => checkOrder(o.id, v.result, v.note),
    invalidate: [mealKeys.all],
    success: (_d, v) => t(`done.${v.result}`),
    onSuccess: () => setRedo(false),
  });
  const deliver = useApiMutation<void>({ mutationFn: () => deliverOrder(o.id), invalidate: [mealKeys.all], success: t('done.deliver') });
  return (
    <Card size="small" data-testid="meal-order" style={{ marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <div>
          <Typography.Text strong>{o.organizationName}</Typography.Text>{' '}
          {o.unitCode && <Typography.Text type="secondary">{o.unitCode}</Typography.Text>}
          <div>
            <Typography.Text type="secondary">
              {o.contactName} · {when(o.createdAt)}
            </Typography.Text>
          </div>
        </div>
        <Space direction="vertical" align="end" size={4}>
          <Tag color={COLORS[o.state]}>{t(`state.${o.state}`)}</Tag>
          {o.late && <Tag color="volcano">{t('day.late', { name: o.lateAcceptedByName })}</Tag>}
          {o.redoCount > 0 && <Tag color="orange">{t('day.redo', { n: o.redoCount })}</Tag>}
          {o.deliveredLate && <Tag color="red">{t('day.deliveredLate')}</Tag>}
        </Space>
      </Space>
      <div style={{ marginTop: 6 }}>
        {o.lines.map((l) => (
          <div key={l.dish}>
            {l.dish} × {l.count} · {money(l.priceFen * l.count)}
          </div>
        ))}
        <Typography.Text strong>
          {t('field.total')} {money(o.totalFen)}
        </Typography.Text>
      </div>
      {o.checkNote && <Typography.Text type="warning">{o.checkNote}</Typography.Text>}
      {o.signedAt && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {o.signerName} · {when(o.signedAt)}
        </Typography.Text>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {staff && (o.state === 'ordered' || o.state === 'redo') && (
          <>
            <Button
              type="primary"
              style={{ minHeight: 44 }}
              data-testid="meal-pass"
              loading={check.isPending}
              onClick={() => check.mutate({ result: 'pass' })}
            >
              {t('act.pass')}
            </Button>
            <Button danger style={{ minHeight: 44 }} data-testid="meal-redo" onClick={() => setRedo(true)}>
              {t('act.redo')}
            </Button>
          </>
        )}
        {staff && o.state === 'passed' && (
          <Button
            type="primary"
            style={{ minHeight: 44 }}
            data-testid="meal-deliver"
            loading={deliver.isPending}
            onClick={() => deliver.mutate()}
          >
            {t('act.deliver')}
          </Button>
        )}
        {o.state === 'delivered' && (
          <SignButton
            propertyId={o.propertyId}
            label={staff ? t('act.sign') : t('mine.sign')}
            title={t('sign.title')}
            signerName={o.contactName}
            done={t('done.sign')}
            invalidate={[mealKeys.all]}
            sign={(name, id) => signOrder(o.id, name, id)}
            testId="meal-sign"
          />
        )}
      </Space>
      <Modal
        open={redo}
        title={t('redo.title')}
        onCancel={() => setRedo(false)}
        onOk={() => check.mutate({ result: 'redo', note })}
        okButtonProps={{ disabled: !note.trim() }}
        confirmLoading={check.isPending}
        okText={t('act.submit')}
        cancelText={t('act.cancel')}
      >
        <Typography.Text>{t('redo.note')}</Typography.Text>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} />
      </Modal>
    </Card>
  );
}
