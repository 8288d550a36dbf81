/** The events' hotels texts (namespace `eventHotels`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventHotelsI18n = { 'zh-CN': zh, 'en-US': en };
