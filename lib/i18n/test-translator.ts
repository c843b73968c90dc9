// Translators over the real message files, for unit tests of the label functions.
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import en from "../../messages/en.json";
import sv from "../../messages/sv.json";
import type { Translate } from "./translate";

function make(locale: string, messages: AbstractIntlMessages): Translate {
  const t = createTranslator({ locale, messages });
  return (key, values) => t(key as never, values as never);
}

export const englishForTests = make("en", en);
export const swedishForTests = make("sv", sv);
