/** The languages the dataset's own text is translated into, beside its English. */
export const translatedLanguages = ['ko', 'uk'] as const
export type TranslatedLanguage = (typeof translatedLanguages)[number]

/** The languages the dataset can be read in: English, the original, first, then its translations. */
export const languages = ['en', ...translatedLanguages] as const
/** A language the dataset can be read in (a BCP 47 primary language subtag). */
export type Language = (typeof languages)[number]
