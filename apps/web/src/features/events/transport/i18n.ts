/** The events' transport texts (namespace `eventTransport`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventTransportI18n = { 'zh-CN': zh, 'en-US': en };
