/** UI text for /exam, in Korean and English (see lib/i18n.ts). */
export const examMessages = {} as const;
