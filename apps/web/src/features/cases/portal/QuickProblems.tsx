/** The tenant's common repairs as one-tap chips: a leak is reported with one tap, the photo and 提交. */
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const QUICK_PROBLEMS = ['leak', 'light', 'ac', 'drain', 'door', 'power'] as const;

export function QuickProblems({ onPick }: { onPick(text: string): void }) {
  const { t } = useTranslation('cases');
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6, fontSize: 13 }}>
        {t('portal.quick')}
      </Typography.Text>
      <Space size={[8, 8]} wrap>
        {QUICK_PROBLEMS.map((k) => (
          <Button
            key={k}
            shape="round"
            style={{ minHeight: 40 }}
            onClick={() => onPick(t(`portal.quickItem.${k}`))}
            data-testid={`quick-${k}`}
          >
            {t(`portal.quickItem.${k}`)}
          </Button>
        ))}
      </Space>
    </div>
  );
}
