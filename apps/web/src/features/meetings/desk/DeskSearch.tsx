/** Find an attendee by name, phone, unit or seat and sign them in with one tap; those not yet signed in first. */
import { useMemo, useState } from 'react';
import { Button, Empty, Input, Tag } from 'antd';
import { CheckOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSignInAttendee, type Attendee } from '../api';
import { resultOf, type DeskResult } from './deskResult';

const SHOWN = 30;

export function DeskSearch({
  rows,
  tz,
  autoFocus,
  onResult,
}: {
  rows: Attendee[];
  tz: string;
  autoFocus: boolean;
  onResult: (r: DeskResult) => void;
}) {
  const { t } = useTranslation('meetings');
  const [q, setQ] = useState('');
  const signIn = useSignInAttendee({
    onSuccess: (r) => onResult(resultOf(r)),
    onError: (message) => onResult({ kind: 'error', message, at: Date.now() }),
  });
  const found = useMemo(() => {
    const s = q.trim().toLowerCase();
    return rows
      .filter((a) => !s || [a.name, a.phone, a.organization, a.seat].some((x) => x?.toLowerCase().includes(s)))
      .sort((a, b) => Number(!!a.signedInAt) - Number(!!b.signedInAt) || a.name.localeCompare(b.name, 'zh-CN'));
  }, [rows, q]);
  return (
    <div className="mt-desk-search">
      <Input
        size="large"
        allowClear
        autoFocus={autoFocus}
        prefix={<SearchOutlined />}
        placeholder={t('desk.searchHint')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        inputMode="search"
        data-testid="desk-search"
      />
      {found.length === 0 ? (
        <Empty description={rows.length ? t('desk.noMatch') : t('att.none')} style={{ margin: '24px 0' }} />
      ) : (
        <div className="mt-desk-list">
          {found.slice(0, SHOWN).map((a) => (
            <div key={a.id} className="mt-desk-row" data-testid="desk-attendee" data-name={a.name} data-signed={a.signedInAt ? '1' : '0'}>
              <div className="mt-desk-who">
                <div className="mt-desk-row-name">{a.name}</div>
                <div className="mt-sub">
                  {[a.organization, a.seat && t('desk.seat', { seat: a.seat }), a.phone].filter(Boolean).join(' · ')}
                </div>
              </div>
              {a.signedInAt ? (
                <Tag color="success" icon={<CheckOutlined />} className="mt-desk-done">
                  {dayjs(a.signedInAt).tz(tz).format('HH:mm')}
                </Tag>
              ) : (
                <Button
                  type="primary"
                  size="large"
                  loading={signIn.isPending && signIn.variables === a.id}
                  onClick={() => signIn.mutate(a.id)}
                  data-testid="desk-sign-in"
                >
                  {t('att.deskSignIn')}
                </Button>
              )}
            </div>
          ))}
          {found.length > SHOWN && <div className="mt-sub mt-desk-more">{t('desk.more', { count: found.length - SHOWN })}</div>}
        </div>
      )}
    </div>
  );
}
