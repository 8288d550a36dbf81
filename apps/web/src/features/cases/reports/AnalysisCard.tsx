/** The month's complaint analysis (原因分析及整改措施): shown, or edited and saved. */
import { useState } from 'react';
import { Button, Card, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintsMonthly } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { caseKeys, saveComplaintAnalysis } from '../api';

export function AnalysisCard({ r }: { r: ComplaintsMonthly }) {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [text, setText] = useState<string | null>(null);
  const write = useApiMutation({
    mutationFn: saveComplaintAnalysis,
    invalidate: [caseKeys.reports()],
    success: t('common:msg.saved'),
    onSuccess: () => setText(null),
  });
  const save = () => write.mutate({ propertyId, month: r.month, analysis: text ?? '' });
  return (
    <Card
      size="small"
      title={t('rep.analysis')}
      extra={
        text === null && (
          <Button size="small" className="no-print" onClick={() => setText(r.analysis ?? '')}>
            {t('common:action.edit')}
          </Button>
        )
      }
    >
      {text === null ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {r.analysis ?? <Typography.Text type="secondary">{t('rep.noAnalysis')}</Typography.Text>}
        </Typography.Paragraph>
      ) : (
        <>
          <Input.TextArea rows={5} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" onClick={save} disabled={!text?.trim()}>
              {t('common:action.save')}
            </Button>
            <Button onClick={() => setText(null)}>{t('common:action.cancel')}</Button>
          </Space>
        </>
      )}
    </Card>
  );
}
