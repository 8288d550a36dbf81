import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverrideKind } from './import/parseLines';

/** An override's kind as a coloured tag: holiday (red) or make-up working day (orange). */
export function OverrideKindTag({ kind }: { kind: OverrideKind }) {
  const { t } = useTranslation('calendar');
  return <Tag color={kind === 'holiday' ? 'red' : 'orange'}>{kind === 'holiday' ? t('kind.holiday') : t('kind.makeup_workday')}</Tag>;
}
