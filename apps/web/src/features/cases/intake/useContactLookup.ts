import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { lookupContact } from '../api';

/** Looks the caller's phone up and fills the name, unit and organization the desk has not typed yet. */
export function useContactLookup(form: FormInstance) {
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const [note, setNote] = useState<string | null>(null);
  const lookup = async () => {
    const phone = String(form.getFieldValue('contactPhone') ?? '').trim();
    if (phone.replace(/\D/g, '').length < 3 || !propertyId) return;
    try {
      const r = await lookupContact(propertyId, phone);
      const user = r.users[0];
      const unit = r.units[0];
      const org = r.organizations[0];
      const patch: Record<string, unknown> = {};
      const cur = form.getFieldsValue(['contactName', 'unitId', 'organizationId']);
      if (!cur.contactName) patch.contactName = user?.displayName ?? org?.contactName ?? undefined;
      if (!cur.unitId) patch.unitId = user?.unitId ?? unit?.id ?? undefined;
      if (!cur.organizationId) patch.organizationId = user?.organizationId ?? unit?.organizationId ?? org?.id ?? undefined;
      form.setFieldsValue(patch);
      const found = r.users.length + r.units.length + r.organizations.length;
      setNote(
        found ? t('intake.lookupFound', { name: user?.displayName ?? org?.contactName ?? '', count: found }) : t('intake.lookupNone'),
      );
    } catch {
      setNote(null);
    }
  };
  return { note, lookup, clear: () => setNote(null) };
}
