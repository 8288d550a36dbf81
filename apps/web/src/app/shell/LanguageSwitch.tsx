import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLang, type Lang } from '../../i18n';

/** 简体中文 / English; on a phone the icon alone. */
export function LanguageSwitch(props: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Dropdown
      menu={{
        selectedKeys: [i18n.language],
        items: (['zh-CN', 'en-US'] as Lang[]).map((l) => ({ key: l, label: t(`lang.${l}`) })),
        onClick: (e) => setLang(e.key as Lang),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        data-testid="lang-switch"
        aria-label={t(`lang.${i18n.language}`)}
        style={{ minHeight: 40 }}
      >
        {!props.compact && t(`lang.${i18n.language}`)}
      </Button>
    </Dropdown>
  );
}
