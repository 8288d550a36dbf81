/** The events' wrapup texts (namespace `eventWrapup`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventWrapupI18n = { 'zh-CN': zh, 'en-US': en };
