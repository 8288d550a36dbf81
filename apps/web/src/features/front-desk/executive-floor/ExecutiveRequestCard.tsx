/** One request from an executive's office: what, for whom, by when (the window when it waits for them to be out), its steps. */
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExecutiveRequest } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';

const STATUS_COLOR = { open: 'blue', accepted: 'gold', done: 'green', cancelled: 'default' } as const;

export function ExecutiveRequestCard({ r, onStep }: { r: ExecutiveRequest; onStep: (action: 'accept' | 'complete' | 'cancel') => void }) {
  const { t } = useTranslation('executive');
  const at = useDateTime();
  const hm = (v: string | null) => (v ? at(v).slice(11) : '');
  return (
    <Card size="small" data-testid="exec-request" data-kind={r.kind} data-status={r.status} style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{t(`kind.${r.kind}`)}</Typography.Text> · {r.executiveName}
          {r.executiveTitle ? <Typography.Text type="secondary">（{r.executiveTitle}）</Typography.Text> : null}
          <div>
            <Typography.Text type="secondary">
              {[r.location, `${t('card.due')} ${hm(r.dueAt)}`, t(`department.${r.department}`)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
          {r.detail && <div>{r.detail}</div>}
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag color={STATUS_COLOR[r.status]}>{t(`status.${r.status}`)}</Tag>
            {r.overdue && <Tag color="red">{t('card.overdue')}</Tag>}
            {r.whenOut && (
              <Tag color="purple">
                {t('card.whenOut')}
                {r.windowFrom ? ` ${hm(r.windowFrom)}–${hm(r.windowTo)}` : ''}
              </Tag>
            )}
            {r.via === 'recurring' && <Tag>{t('card.recurring')}</Tag>}
            {r.doneByName && (
              <Typography.Text type="secondary">
                {t('card.doneBy', { name: r.doneByName, at: hm(r.doneAt) })}
                {r.note ? ` · ${r.note}` : ''}
              </Typography.Text>
            )}
          </Space>
        </div>
        <Space wrap>
          {r.policies.accept && (
            <Button style={{ minHeight: 40 }} onClick={() => onStep('accept')} data-testid="exec-accept">
              {t('action.accept')}
            </Button>
          )}
          {r.policies.complete && (
            <Button type="primary" style={{ minHeight: 40 }} onClick={() => onStep('complete')} data-testid="exec-complete">
              {t('action.complete')}
            </Button>
          )}
          {r.policies.cancel && (
            <Button danger style={{ minHeight: 40 }} onClick={() => onStep('cancel')} data-testid="exec-cancel">
              {t('action.cancel')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}
