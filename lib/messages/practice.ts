/** UI text for /practice, in Korean and English (see lib/i18n.ts). */
export const practiceMessages = {} as const;
