/** The tenant rates a resolved or closed case: satisfied or not, stars, a comment. */
import { useState } from 'react';
import { Button, Card, Input, Radio, Rate } from 'antd';
import { StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rateCase, useCaseWrite } from '../api';

export function RatingCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['cases', 'common']);
  const [rate, setRate] = useState<{ satisfied: boolean; rating: number; comment: string } | null>(null);
  const rateWrite = useCaseWrite(
    (v: { id: string; satisfied: boolean; rating: number; comment: string | null }) =>
      rateCase(v.id, { satisfied: v.satisfied, rating: v.rating, comment: v.comment }),
    { success: t('portal.rated'), onSuccess: () => setRate(null) },
  );
  const send = () => {
    if (rate) rateWrite.mutate({ id: caseId, satisfied: rate.satisfied, rating: rate.rating, comment: rate.comment || null });
  };
  if (!rate)
    return (
      <Button
        icon={<StarOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => setRate({ satisfied: true, rating: 5, comment: '' })}
        data-testid="portal-rate"
      >
        {t('portal.rate')}
      </Button>
    );
  return (
    <Card size="small" title={t('portal.rateTitle')} style={{ marginBottom: 12 }}>
      <Radio.Group
        value={rate.satisfied}
        onChange={(e) => setRate({ ...rate, satisfied: e.target.value })}
        options={[
          { value: true, label: t('callback.satisfied') },
          { value: false, label: t('callback.dissatisfied') },
        ]}
      />
      <div style={{ margin: '8px 0' }}>
        <Rate value={rate.rating} onChange={(v) => setRate({ ...rate, rating: v || 1 })} />
      </div>
      <Input.TextArea
        rows={2}
        maxLength={1000}
        value={rate.comment}
        onChange={(e) => setRate({ ...rate, comment: e.target.value })}
        placeholder={t('field.comment')}
      />
      <Button type="primary" style={{ marginTop: 8 }} onClick={send} data-testid="portal-rate-ok">
        {t('common:action.submit')}
      </Button>
    </Card>
  );
}
