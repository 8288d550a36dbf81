/**
 * /sign-in/:token — the public target of a meeting's QR code (SPEC M11): no login. A per-attendee
 * code signs its person in with one tap; the meeting's code asks for name (and phone when names
 * repeat). Shows the agenda and attendee handbook. Phone-first layout.
 */
import { useState } from 'react';
import { Alert, Button, Card, Collapse, Form, Input, Result, Skeleton, Typography } from 'antd';
import { CheckCircleFilled, GlobalOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { setLang } from '../../../i18n';
import { publicSignInQuery, usePublicSignIn, type SignedIn } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';
import '../../../components/public-page.css';

export default function PublicSignInPage() {
  const { token } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const [form] = Form.useForm<{ name: string; phone?: string }>();
  const [done, setDone] = useState<SignedIn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = useQuery(publicSignInQuery(token));
  const signIn = usePublicSignIn({
    form,
    onSuccess: setDone,
    onError: (text, err) =>
      setError(err instanceof ApiError && err.status === 404 && err.problem.code === 'not_found' ? t('signin.notOnList') : text),
  });
  const busy = signIn.isPending;
  const tz = 'Asia/Shanghai';
  const at = (iso: string, f: string) => fmtAt(iso, tz, f);

  function submit(values?: { name: string; phone?: string }) {
    setError(null);
    signIn.mutate({ token, ...(values ? { name: values.name.trim(), phone: values.phone?.trim() || null } : {}) });
  }

  const lang = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
  const p = q.data;
  return (
    <div className="mt-public" data-testid="public-sign-in">
      <div className="mt-public-top">
        <span className="hy-logo-mark">会</span>
        <Typography.Text strong style={{ flex: 1 }}>
          {t('signin.brand')}
        </Typography.Text>
        <Button type="text" size="small" icon={<GlobalOutlined />} onClick={() => setLang(lang)}>
          {lang === 'en-US' ? 'English' : '中文'}
        </Button>
      </div>
      {q.isLoading && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {q.isError && <Result status="warning" title={t('signin.invalid')} subTitle={t('signin.invalidHint')} />}
      {p && (
        <>
          <Card className="mt-public-card">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {p.meetingName ?? t('signin.meeting')}
            </Typography.Title>
            <div className="mt-public-meta">
              <div>
                {t('field.time')}：{at(p.startAt, 'YYYY-MM-DD HH:mm')} — {at(p.endAt, 'HH:mm')}
              </div>
              {p.venue && (
                <div>
                  {t('field.venue')}：{p.venue}
                </div>
              )}
            </div>
            {done ? (
              <div data-testid="signed-in">
                <Result
                  status="success"
                  icon={<CheckCircleFilled />}
                  style={{ padding: '24px 0 8px' }}
                  title={
                    done.alreadySignedIn ? t('signin.already', { name: done.attendee.name }) : t('signin.ok', { name: done.attendee.name })
                  }
                  subTitle={
                    <>
                      {done.attendee.seat && <div className="mt-public-seat">{t('signin.seat', { seat: done.attendee.seat })}</div>}
                      {done.signedInAt && <div>{t('signin.at', { at: at(done.signedInAt, 'HH:mm') })}</div>}
                    </>
                  }
                />
              </div>
            ) : p.attendee ? (
              <div style={{ marginTop: 16 }}>
                <Typography.Paragraph>
                  {t('signin.personal', { name: p.attendee.name })}
                  {p.attendee.seat ? ` · ${t('signin.seat', { seat: p.attendee.seat })}` : ''}
                </Typography.Paragraph>
                {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
                <Button type="primary" size="large" block loading={busy} onClick={() => submit()} data-testid="sign-in-submit">
                  {p.attendee.signedInAt ? t('signin.again') : t('signin.confirm')}
                </Button>
              </div>
            ) : (
              <Form form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={submit} requiredMark={false}>
                <Typography.Paragraph type="secondary">{t('signin.ask')}</Typography.Paragraph>
                <Form.Item
                  name="name"
                  label={t('att.name')}
                  rules={[{ required: true, whitespace: true, message: t('signin.nameRequired') }]}
                >
                  <Input size="large" maxLength={50} autoComplete="name" data-testid="sign-in-name" />
                </Form.Item>
                <Form.Item name="phone" label={t('att.phone')} extra={t('signin.phoneHint')}>
                  <Input size="large" maxLength={30} inputMode="tel" autoComplete="tel" data-testid="sign-in-phone" />
                </Form.Item>
                {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="sign-in-error" />}
                <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="sign-in-submit">
                  {t('signin.confirm')}
                </Button>
              </Form>
            )}
          </Card>
          {(p.agenda || p.handbook) && (
            <Collapse
              className="mt-public-card"
              defaultActiveKey={done ? ['agenda'] : []}
              items={[
                ...(p.agenda ? [{ key: 'agenda', label: t('att.agenda'), children: <div className="mt-pre">{p.agenda}</div> }] : []),
                ...(p.handbook
                  ? [{ key: 'handbook', label: t('att.handbook'), children: <div className="mt-pre">{p.handbook}</div> }]
                  : []),
              ]}
            />
          )}
        </>
      )}
    </div>
  );
}
