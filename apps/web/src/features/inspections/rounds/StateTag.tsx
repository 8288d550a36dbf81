import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundStateCode } from '@hy/contracts';

const COLORS: Record<RoundStateCode, string> = { scheduled: 'blue', in_progress: 'gold', completed: 'green', missed: 'red' };

/** A round's state, and "late" when it was completed after its window. */
export function StateTag({ state, late }: { state: RoundStateCode; late: boolean }) {
  const { t } = useTranslation('patrolRounds');
  return (
    <Space size={4} data-testid="round-state" data-state={state}>
      <Tag color={COLORS[state]}>{t(`state.${state}`)}</Tag>
      {late && <Tag color="orange">{t('late')}</Tag>}
    </Space>
  );
}
