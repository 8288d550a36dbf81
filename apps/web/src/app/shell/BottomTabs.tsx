import { AppstoreOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PageDef } from '../routes';

/** The phone's bottom bar: the user's four main pages and "more" (the whole menu). Targets ≥ 56 px. */
export function BottomTabs(props: { tabs: PageDef[]; selected: string; onMore: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <nav className="hy-tabs no-print" data-testid="bottom-tabs">
      {props.tabs.map((p) => (
        <button
          key={p.path}
          type="button"
          className={p.path === props.selected ? 'hy-tab hy-tab-on' : 'hy-tab'}
          onClick={() => navigate(p.path)}
          data-testid={`tab-${p.path}`}
          aria-current={p.path === props.selected ? 'page' : undefined}
        >
          <span className="hy-tab-icon">{p.icon}</span>
          <span className="hy-tab-label">{t(p.labelKey)}</span>
        </button>
      ))}
      <button type="button" className="hy-tab" onClick={props.onMore} data-testid="tab-more">
        <span className="hy-tab-icon">
          <AppstoreOutlined />
        </span>
        <span className="hy-tab-label">{t('shell.more')}</span>
      </button>
    </nav>
  );
}
