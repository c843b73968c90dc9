// The claim e-mail's limits and how a typed field becomes addresses: shared by the dialog and the
// server's checks (lib/mail/address.ts), without pulling a validator into the browser. Pure.

export const MAX_RECIPIENTS = 5;
export const MAX_MESSAGE = 4_000;

/** Splits what someone typed into a To or Cc field: commas, semicolons, spaces or line breaks. */
export const splitAddresses = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
