/** The events' catering texts (namespace `eventCatering`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventCateringI18n = { 'zh-CN': zh, 'en-US': en };
