import { useState } from 'react';
import { Card, Form, Input, Button, Alert, Typography, Segmented } from 'antd';
import { UserOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../lib/api';
import { useSession } from '../lib/session';
import { ALL_ERROR_CODES } from '@hy/contracts';
import { setLang, type Lang } from '../i18n';
import { useLogin } from '../features/account/api';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The failure is kept as what happened (code, wait), and worded at render time: switching the
  // language after a failed sign-in rewords the message too.
  const [error, setError] = useState<{ code: string; title: string; retryAfter?: number } | null>(null);
  const login = useLogin({
    onSuccess: (me) => {
      session.signedIn(me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    },
    // Shown above the form, not as a toast.
    onError: (_, e) =>
      setError(
        e instanceof ApiError
          ? { code: e.code, title: e.problem.title, retryAfter: Number(e.problem.retryAfter) || undefined }
          : { code: 'network', title: '' },
      ),
  });
  const errorText = (() => {
    if (!error) return null;
    if (error.code === 'network') return t('error.network');
    const known = ALL_ERROR_CODES[error.code];
    const title = known ? (i18n.language === 'en-US' ? known.en : known.zh) : error.title;
    return error.retryAfter ? `${title}（${t('login.retryIn', { minutes: Math.ceil(error.retryAfter / 60) })}）` : title;
  })();

  function submit(values: { username: string; password: string }) {
    setError(null);
    // The signed-in app loads while the credentials are checked.
    void import('./SignedInRoutes');
    login.mutate(values);
  }

  return (
    <div className="hy-login">
      <Card className="hy-login-card" variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Segmented
            size="small"
            value={i18n.language}
            onChange={(v) => setLang(v as Lang)}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'EN', value: 'en-US' },
            ]}
          />
        </div>
        <div style={{ textAlign: 'center', margin: '8px 0 24px' }}>
          <div className="hy-logo-mark" style={{ width: 48, height: 48, fontSize: 26, color: '#fff', borderRadius: 10 }}>
            会
          </div>
          <Typography.Title level={3} style={{ marginTop: 12, marginBottom: 4 }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </div>
        {errorText && <Alert type="error" showIcon message={errorText} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item name="username" rules={[{ required: true, message: t('login.required', { field: t('field.username') }) }]}>
            <Input prefix={<UserOutlined />} placeholder={t('field.username')} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: t('login.required', { field: t('field.password') }) }]}>
            <Input.Password prefix={<LockOutlined />} placeholder={t('field.password')} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('action.login')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('login.demoHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
