import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';

/** The property the pages show (for people working in several). */
export function PropertySwitcher(props: { block?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.me!;
  if (me.properties.length === 0) return null;
  return (
    <Select
      data-testid="property-switcher"
      value={session.propertyId ?? undefined}
      style={props.block ? { width: '100%' } : { minWidth: 180 }}
      size={props.block ? 'large' : 'middle'}
      onChange={(v) => session.setPropertyId(v)}
      options={me.properties.map((p) => ({ value: p.id, label: p.name }))}
      aria-label={t('shell.switchProperty')}
    />
  );
}
