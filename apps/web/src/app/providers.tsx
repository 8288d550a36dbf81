import { useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from '../lib/session';
import { setApiLocale } from '../lib/api';
import { ApiError } from '../lib/api';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const [lang, setLangState] = useState(i18n.language);
  useEffect(() => {
    const on = (l: string) => {
      setLangState(l);
      setApiLocale(l);
      document.title = t('appName');
    };
    on(i18n.language);
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, [i18n, t]);
  return (
    <ConfigProvider locale={lang === 'en-US' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>{children}</SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
