/** One department's readiness as a coloured tag (grey preparing, blue reported, green verified, red late). */
import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled, SafetyCertificateFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Department } from '@hy/contracts';
import { DEPT_COLORS, readinessOf, type DeptReadiness, type ReadinessState } from '../labels';

const STATE_COLOR: Record<ReadinessState, string> = {
  none: 'default',
  open: 'default',
  ready: 'processing',
  verified: 'success',
  late: 'error',
};
const STATE_ICON: Record<ReadinessState, ReactNode> = {
  none: null,
  open: <ClockCircleOutlined />,
  ready: <CheckCircleFilled />,
  verified: <SafetyCertificateFilled />,
  late: <ExclamationCircleFilled />,
};

export function DeptReadyTag({ department, d }: { department: Department; d: DeptReadiness | undefined }) {
  const { t } = useTranslation('meetings');
  const s = readinessOf(d);
  const tip = `${t(`dept.${department}`)} · ${t(`readiness.${s}`)}${d ? ` · ${d.done}/${d.total}` : ''}`;
  return (
    <Tooltip title={tip}>
      <Tag
        color={STATE_COLOR[s]}
        icon={STATE_ICON[s]}
        style={{ marginInlineEnd: 4, paddingInline: 5, opacity: s === 'none' ? 0.45 : 1 }}
        data-testid="dept-ready"
        data-dept={department}
        data-state={s}
      >
        <span style={{ borderLeft: `3px solid ${DEPT_COLORS[department]}`, paddingLeft: 4 }}>{t(`dept.short.${department}`)}</span>
      </Tag>
    </Tooltip>
  );
}
