import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ROLE_LABELS, type Role } from '@hy/contracts';
import { common } from './common';
import { dashboardI18n } from '../features/dashboard/i18n';
import { cockpitI18n } from '../features/dashboard/cockpit/i18n';
import { notificationsI18n } from '../features/notifications/i18n';

export const LANGS = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof LANGS)[number];
const KEY = 'hy.lang';

export function initialLang(): Lang {
  const saved = localStorage.getItem(KEY);
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

/**
 * The texts the login page and the first page after it (shell, dashboard, cockpit, notification bell) use
 * come with the app; every other feature's namespace (about 120 kB of gzip JavaScript together) loads
 * with the first page that needs it (loadAllTexts, awaited by the router before such a page renders).
 */
const FIRST: Record<string, { 'zh-CN': object; 'en-US': object }> = {
  common,
  dashboard: dashboardI18n,
  cockpit: cockpitI18n,
  notifications: notificationsI18n,
};
const resources: Record<Lang, Record<string, object>> = { 'zh-CN': {}, 'en-US': {} };
for (const [ns, res] of Object.entries(FIRST)) {
  resources['zh-CN'][ns] = res['zh-CN'];
  resources['en-US'][ns] = res['en-US'];
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLang(),
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  // A component drawn before a namespace arrived draws again when it does.
  react: { bindI18nStore: 'added' },
  // A key the code uses but no language defines is recorded (the e2e page sweep fails on any).
  saveMissing: true,
  missingKeyHandler: (_lngs, ns, key) => {
    const w = window as unknown as { __hyMissingKeys?: string[] };
    const list = (w.__hyMissingKeys ??= []);
    if (list.length < 200 && !list.includes(`${ns}:${key}`)) list.push(`${ns}:${key}`);
  },
});
let allTexts: Promise<void> | null = null;
let allTextsLoaded = false;

/** Adds every feature's namespace (once; later calls get the same promise). */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import('./features').then(({ featureResources }) => {
    for (const [ns, res] of Object.entries(featureResources)) {
      if (ns in FIRST) continue;
      i18n.addResourceBundle('zh-CN', ns, res['zh-CN'], true, false);
      i18n.addResourceBundle('en-US', ns, res['en-US'], true, false);
    }
    allTextsLoaded = true;
  });
  return allTexts;
}

/** Whether loadAllTexts has finished. */
export const allTextsReady = () => allTextsLoaded;

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
