import { describe, expect, it } from "vitest";
import { emailAddressSchema, sendSchema, splitAddresses } from "./address";
import { parseMailSettings } from "./settings";

describe("one e-mail address per entry", () => {
  it("takes plain addresses, refuses anything a header could read as more", () => {
    for (const ok of ["claims@supplier.example", "a.b+c@x.example.com", `${"a".repeat(64)}@${"b".repeat(60)}.example`])
      expect(emailAddressSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of [
      "",
      "no-at-sign",
      "a@b.example, c@d.example",
      "a@b.example\r\nBcc: evil@x.example",
      "a@b.example\nBcc: evil@x.example",
      "Evil <evil@x.example>",
      '"claims@supplier.example" <evil@x.example>',
      "evil@x.example (claims@supplier.example)",
      "a@b.example;c@d.example",
      `${"a".repeat(250)}@b.example`,
      "a@b.example\u0000",
    ])
      expect(emailAddressSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("allows at most 5 To and 5 Cc and a message of 4,000 characters", () => {
    const six = Array.from({ length: 6 }, (_, i) => `p${i}@x.example`);
    expect(sendSchema.safeParse({ to: six }).success).toBe(false);
    expect(sendSchema.safeParse({ to: six.slice(0, 5), cc: six.slice(0, 5) }).success).toBe(true);
    expect(sendSchema.safeParse({ to: ["a@x.example"], cc: six }).success).toBe(false);
    expect(sendSchema.safeParse({ to: [] }).success).toBe(false);
    expect(sendSchema.safeParse({ to: ["a@x.example"], message: "x".repeat(4001) }).success).toBe(false);
    expect(sendSchema.safeParse({ to: ["a@x.example"], bcc: ["b@x.example"] }).success).toBe(false);
  });

  it("splits what was typed into one field", () => {
    expect(splitAddresses(" a@x.example, b@x.example;\nc@x.example ")).toEqual([
      "a@x.example",
      "b@x.example",
      "c@x.example",
    ]);
  });
});

describe("SMTP_URL and MAIL_FROM", () => {
  it("reads STARTTLS (required) or implicit TLS, the login, and the sender", () => {
    expect(parseMailSettings({})).toBeNull();
    expect(
      parseMailSettings({ SMTP_URL: "smtp://u%40x:p%3Aw@mail.example:587", MAIL_FROM: "claims@x.example" }),
    ).toEqual({
      host: "mail.example",
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: "u@x", pass: "p:w" },
      from: "claims@x.example",
    });
    expect(parseMailSettings({ SMTP_URL: "smtps://mail.example", MAIL_FROM: "c@x.example" })).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
      auth: null,
    });
    expect(
      parseMailSettings({ SMTP_URL: "smtp://127.0.0.1:1025?starttls=off", MAIL_FROM: "c@x.example" }),
    ).toMatchObject({
      requireTLS: false,
    });
  });

  it("refuses what cannot be used", () => {
    expect(() => parseMailSettings({ SMTP_URL: "smtp://mail.example" })).toThrow(/MAIL_FROM/);
    expect(() => parseMailSettings({ SMTP_URL: "http://mail.example", MAIL_FROM: "c@x.example" })).toThrow(/smtp/);
    expect(() => parseMailSettings({ SMTP_URL: "smtp://m?starttls=maybe", MAIL_FROM: "c@x.example" })).toThrow(
      /starttls/,
    );
    expect(() => parseMailSettings({ SMTP_URL: "smtp://m", MAIL_FROM: "Claims <c@x.example>" })).toThrow(/MAIL_FROM/);
  });
});
