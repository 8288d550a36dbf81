/**
 * Find a host or a recipient in the directory as the desk types: a name, unit, company, pinyin initials
 * ("lmh") or phone digits. Each option shows who and where; the chosen entry is handed back whole.
 */
import { useState } from 'react';
import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryKind } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useDebounced } from '../../../lib/useDebounced';
import { directorySearchQuery } from './api';

export function DirectoryPicker(props: {
  value?: DirectoryEntry | null;
  onChange?: (entry: DirectoryEntry | null) => void;
  /** Only these kinds (e.g. people and tenants as visit hosts). */
  kinds?: DirectoryKind[];
  /** Only the executives. */
  executive?: boolean;
  placeholder?: string;
  testId?: string;
  size?: 'middle' | 'large';
}) {
  const { t } = useTranslation('directory');
  const { propertyId } = useSession();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const found = useQuery(directorySearchQuery(propertyId, { q, limit: 20, executive: props.executive }));
  const rows = (found.data?.data ?? []).filter((e) => !props.kinds || props.kinds.includes(e.kind));
  const options = [...(props.value && !rows.some((r) => r.id === props.value!.id) ? [props.value] : []), ...rows];
  return (
    <Select
      showSearch
      allowClear
      size={props.size ?? 'large'}
      style={{ width: '100%' }}
      filterOption={false}
      onSearch={setText}
      loading={found.isFetching}
      placeholder={props.placeholder ?? t('picker.placeholder')}
      notFoundContent={q ? t('picker.none') : t('picker.hint')}
      value={props.value?.id}
      onChange={(id: string | undefined) => props.onChange?.(options.find((e) => e.id === id) ?? null)}
      data-testid={props.testId ?? 'directory-picker'}
      optionLabelProp="label"
      options={options.map((e) => ({
        value: e.id,
        label: e.parentName && e.kind === 'person' ? `${e.nameZh}（${e.parentName}）` : e.nameZh,
        entry: e,
      }))}
      optionRender={(o) => {
        const e = (o.data as { entry: DirectoryEntry }).entry;
        return (
          <div data-testid="directory-option" style={{ lineHeight: 1.35, padding: '2px 0' }}>
            <div>
              {e.nameZh}
              {e.title ? <Typography.Text type="secondary"> · {e.title}</Typography.Text> : null}
              {e.executive ? <Typography.Text type="warning"> · {t('executive')}</Typography.Text> : null}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[e.kind === 'person' ? e.parentName : t(`kind.${e.kind}`), e.location, e.phone ?? e.mobile].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        );
      }}
    />
  );
}
