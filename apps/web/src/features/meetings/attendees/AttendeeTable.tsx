/** The attendees: name, organization, title, phone, seat, when and how they signed in; desk sign-in and a personal QR code. */
import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useAttendeeSignInCode, useSignInAttendee, type Attendee, type SignInCode } from '../api';
import { fmtAt } from '../labels';
import { PersonalQrModal } from './PersonalQrModal';

export function AttendeeTable({ noticeId, rows, loading }: { noticeId: string; rows: Attendee[]; loading: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [personal, setPersonal] = useState<{ a: Attendee; code: SignInCode } | null>(null);
  const signIn = useSignInAttendee({
    success: (_, id) => t('att.signedMsg', { name: rows.find((a) => a.id === id)?.name ?? '' }),
  });
  const personalCode = useAttendeeSignInCode();
  return (
    <>
      <Table<Attendee>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('att.none') }}
        columns={[
          { title: t('att.name'), dataIndex: 'name', width: 110 },
          { title: t('att.organization'), render: (_, a) => a.organization ?? '—' },
          { title: t('att.title'), render: (_, a) => a.title ?? '—' },
          { title: t('att.phone'), width: 130, render: (_, a) => a.phone ?? '—' },
          { title: t('att.seat'), width: 70, render: (_, a) => a.seat ?? '—' },
          {
            title: t('att.signedIn'),
            width: 150,
            render: (_, a) =>
              a.signedInAt ? (
                <Tag color="success" icon={<CheckOutlined />}>
                  {fmtAt(a.signedInAt, tz, 'HH:mm')} {t(`att.via.${a.signedInVia ?? 'qr'}`)}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('att.notSigned')}</Typography.Text>
              ),
          },
          {
            title: '',
            width: 170,
            render: (_, a) => (
              <Space size={4}>
                {!a.signedInAt && (
                  <Button size="small" onClick={() => signIn.mutate(a.id)} data-testid="desk-sign-in">
                    {t('att.deskSignIn')}
                  </Button>
                )}
                <Button
                  size="small"
                  icon={<QrcodeOutlined />}
                  title={t('att.personalQr')}
                  onClick={() => personalCode.mutate({ noticeId, attendeeId: a.id }, { onSuccess: (c) => setPersonal({ a, code: c }) })}
                />
              </Space>
            ),
          },
        ]}
      />
      <PersonalQrModal personal={personal} onClose={() => setPersonal(null)} />
    </>
  );
}
