// One e-mail address, as the claim e-mail's To and Cc take it: one address per entry, nothing
// a mail header could read as more (no comma, no line break, no display name, no quotes or angle
// brackets), at most 254 characters. Shared and pure.
import { z } from "zod";
import { MAX_MESSAGE, MAX_RECIPIENTS } from "./limits";

export { MAX_MESSAGE, MAX_RECIPIENTS, splitAddresses } from "./limits";

export const emailAddressSchema = z
  .string("An e-mail address is text.")
  .max(254, "An e-mail address is at most 254 characters.")
  // zod's e-mail check already refuses spaces, commas, quotes and brackets; this says why.
  .refine((v) => !/[\s,;<>"'()\\[\]]/.test(v), "Give one e-mail address per entry, without a name or a comma.")
  .pipe(z.email("That is not an e-mail address."));

/** The `send` part of a new link: whom to e-mail it to, and the sender's words. */
export const sendSchema = z.strictObject(
  {
    to: z
      .array(emailAddressSchema, "send.to is a list of e-mail addresses.")
      .min(1, "send.to needs at least one address.")
      .max(MAX_RECIPIENTS, `send.to has at most ${MAX_RECIPIENTS} addresses.`),
    cc: z
      .array(emailAddressSchema, "send.cc is a list of e-mail addresses.")
      .max(MAX_RECIPIENTS, `send.cc has at most ${MAX_RECIPIENTS} addresses.`)
      .default([]),
    message: z
      .string("send.message is text.")
      .max(MAX_MESSAGE, `The message is at most ${MAX_MESSAGE} characters.`)
      .default("")
      .transform((m) => m.trim()),
  },
  "send has to, cc and message; nothing else.",
);
export type SendRequest = z.infer<typeof sendSchema>;
