// Intl formatters are slow to build (a millisecond or more each on a slow phone) and a page
// formats hundreds of times while it hydrates: each locale and set of options is built once.
// Shared and pure.

const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The formatter for these options from `store`, built the first time (a failed build is not kept). */
function once<F, O>(store: Map<string, F>, locale: string | undefined, options: O, build: () => F): F {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = store.get(key);
  if (!format) {
    format = build();
    store.set(key, format);
  }
  return format;
}

export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  once(dates, locale, options, () => new Intl.DateTimeFormat(locale, options));

/** Throws as `Intl.NumberFormat` does on an unknown currency. */
export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  once(numbers, locale, options, () => new Intl.NumberFormat(locale, options));
