import type { ReactNode } from 'react';
import { Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Asks before `onConfirm` runs: a pop-up with the question and confirm / cancel around the button
 * that starts it. A promise returned by `onConfirm` keeps it open (loading) until it settles.
 */
export function Confirm(props: {
  title: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  onConfirm: () => unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={props.title}
      description={props.description}
      disabled={props.disabled}
      onConfirm={props.onConfirm}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
    >
      {props.children}
    </Popconfirm>
  );
}
