// What the shared, pure label functions need of next-intl: a function from a message key (the
// whole dotted path) and its values to text. `useTranslations()` in components and
// `getTranslator()` on the server (lib/i18n/messages.ts) both are one.

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
