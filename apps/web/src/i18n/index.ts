import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ROLE_LABELS, type Role } from '@hy/contracts';
import { common } from './common';
import { featureResources } from './features';

export const LANGS = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof LANGS)[number];
const KEY = 'hy.lang';

export function initialLang(): Lang {
  const saved = localStorage.getItem(KEY);
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

const resources: Record<Lang, Record<string, object>> = { 'zh-CN': { common: common['zh-CN'] }, 'en-US': { common: common['en-US'] } };
for (const [ns, res] of Object.entries(featureResources)) {
  resources['zh-CN'][ns] = res['zh-CN'];
  resources['en-US'][ns] = res['en-US'];
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLang(),
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  // A key the code uses but no language defines is recorded (the e2e page sweep fails on any).
  saveMissing: true,
  missingKeyHandler: (_lngs, ns, key) => {
    const w = window as unknown as { __hyMissingKeys?: string[] };
    const list = (w.__hyMissingKeys ??= []);
    if (list.length < 200 && !list.includes(`${ns}:${key}`)) list.push(`${ns}:${key}`);
  },
});
dayjs.locale(initialLang() === 'en-US' ? 'en' : 'zh-cn');

export function setLang(lang: Lang) {
  localStorage.setItem(KEY, lang);
  dayjs.locale(lang === 'en-US' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
  return i18n.changeLanguage(lang);
}

export function roleLabel(role: Role | string, lang: string) {
  const l = ROLE_LABELS[role as Role];
  return l ? (lang === 'en-US' ? l.en : l.zh) : role;
}

export default i18n;
