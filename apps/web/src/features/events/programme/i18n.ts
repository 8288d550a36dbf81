/** The events' programme texts (namespace `eventProgramme`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventProgrammeI18n = { 'zh-CN': zh, 'en-US': en };
