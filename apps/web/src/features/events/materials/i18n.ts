/** The events' materials texts (namespace `eventMaterials`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventMaterialsI18n = { 'zh-CN': zh, 'en-US': en };
