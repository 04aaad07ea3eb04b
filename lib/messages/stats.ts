/** UI text for /stats, in Korean and English (see lib/i18n.ts). */
export const statsMessages = {} as const;
