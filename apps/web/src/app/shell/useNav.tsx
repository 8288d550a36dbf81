import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { PAGES, pageAllowed, type PageDef } from '../routes';

/** The pages the user may open, as menu items (sections in the order staff meet them), the phone's tabs and the current page. */
export function useNav() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const visible = useMemo(() => PAGES.filter((p) => !p.hidden && pageAllowed(p, session)), [session]);
  const items = useMemo(() => {
    const entry = (p: PageDef) => ({ key: p.path, icon: p.icon, label: t(p.labelKey) });
    const top = visible.filter((p) => !p.group).map(entry);
    const sections = (['meetings', 'events', 'service', 'frontdesk', 'patrol', 'tenants', 'fees', 'admin'] as const)
      .map((g) => ({ g, children: visible.filter((p) => p.group === g).map(entry) }))
      .filter((x) => x.children.length)
      .map((x) => ({ type: 'group' as const, key: x.g, label: t(`nav.group.${x.g}`), children: x.children }));
    return [...top, ...sections];
  }, [visible, t]);
  const tabs = useMemo(
    () =>
      visible
        .filter((p) => p.tab !== undefined && (!p.tabRoles || session.hasRole(...p.tabRoles)))
        .sort((a, b) => a.tab! - b.tab!)
        .slice(0, 4),
    [visible, session],
  );
  const selected =
    PAGES.map((p) => p.path)
      .filter((p) => p === location.pathname || (p !== '/' && location.pathname.startsWith(p + '/')))
      .sort((a, b) => b.length - a.length)[0] ?? '/';
  const current = PAGES.find((p) => p.path === selected);
  return { visible, items, tabs, selected, title: current ? t(current.labelKey) : t('appShort') };
}
