/** The actions the case's policies allow: sign-off, follow-up, dispatch, issue, resolve, callback, close, more, history. */
import { Button, Dropdown, Space } from 'antd';
import {
  EditOutlined,
  MoreOutlined,
  SendOutlined,
  CheckOutlined,
  LockOutlined,
  PlusOutlined,
  PhoneOutlined,
  PauseOutlined,
  CaretRightOutlined,
  FieldTimeOutlined,
  MessageOutlined,
  FormOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { useSession } from '../../../lib/session';
import type { CaseAction } from '../actions/caseAction';

export function CaseActionBar({ c, onAction }: { c: CaseDetail; onAction(a: CaseAction): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const { can } = useSession();
  const p = c.policies;
  const menuItems = [
    p.followUp && { key: 'apology', icon: <MessageOutlined />, label: t('action.apology') },
    p.followUp && { key: 'customer_contact', icon: <PhoneOutlined />, label: t('action.customerContact') },
    p.pause && { key: 'pause', icon: <PauseOutlined />, label: t('action.pause') },
    p.resume && { key: 'resume', icon: <CaretRightOutlined />, label: t('action.resume') },
    p.extend && { key: 'extend', icon: <FieldTimeOutlined />, label: t('action.extend') },
    p.classify && { key: 'classify', icon: <EditOutlined />, label: t('action.classify') },
  ].filter(Boolean) as { key: string; icon: JSX.Element; label: string }[];
  const onMenu = (key: string) => {
    if (key === 'apology') onAction({ kind: 'followUp', followUpKind: 'apology' });
    else if (key === 'customer_contact') onAction({ kind: 'followUp', followUpKind: 'customer_contact' });
    else onAction({ kind: key } as CaseAction);
  };
  return (
    <Space wrap>
      {p.signOffEmergency && (
        <Button
          type="primary"
          danger
          icon={<SafetyCertificateOutlined />}
          onClick={() => onAction({ kind: 'signOffEmergency' })}
          data-testid="emergency-signoff"
        >
          {t('action.signOffEmergency')}
        </Button>
      )}
      {p.followUp && (
        <Button icon={<FormOutlined />} onClick={() => onAction({ kind: 'followUp' })} data-testid="act-followUp">
          {t('action.followUp')}
        </Button>
      )}
      {p.dispatch && (
        <Button icon={<SendOutlined />} onClick={() => onAction({ kind: 'dispatch' })} data-testid="act-dispatch">
          {t('action.dispatch')}
        </Button>
      )}
      {p.issueWorkOrder && c.kind === 'repair' && (
        <Button icon={<PlusOutlined />} onClick={() => onAction({ kind: 'issue' })} data-testid="act-issue">
          {t('action.issue')}
        </Button>
      )}
      {p.resolve && c.kind !== 'repair' && (
        <Button icon={<CheckOutlined />} onClick={() => onAction({ kind: 'resolve' })} data-testid="act-resolve">
          {t('action.resolve')}
        </Button>
      )}
      {p.callback && (
        <Button icon={<PhoneOutlined />} onClick={() => onAction({ kind: 'callback' })} data-testid="act-callback">
          {t('action.callback')}
        </Button>
      )}
      {p.close && (
        <Button type="primary" icon={<LockOutlined />} onClick={() => onAction({ kind: 'close' })} data-testid="act-close">
          {t('action.close')}
        </Button>
      )}
      {menuItems.length > 0 && (
        <Dropdown menu={{ items: menuItems, onClick: (e) => onMenu(e.key) }}>
          <Button icon={<MoreOutlined />} data-testid="act-more">
            {t('common:action.more')}
          </Button>
        </Dropdown>
      )}
      {can('audit.read') && <HistoryDrawer entityType="case" entityId={c.id} title={c.number} />}
    </Space>
  );
}
