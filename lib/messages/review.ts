/** UI text for /review, in Korean and English (see lib/i18n.ts). */
export const reviewMessages = {} as const;
