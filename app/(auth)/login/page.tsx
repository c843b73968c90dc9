import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hasValidSession } from "@/lib/auth/session";
import { authSettings } from "@/lib/auth/settings";
import { signInWithOidc, signInWithPassword } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("signIn.title") };
}

// A Map to message keys: the error code comes from the query string. Auth.js names what went
// wrong in the single sign-on round trip with these codes (the log has the details and a request id).
const MESSAGES = new Map([
  ["invalid", "signIn.invalid"],
  ["rate_limited", "signIn.rateLimited"],
  ["CredentialsSignin", "signIn.invalid"],
  ["Configuration", "signIn.ssoRefused"],
  // Our signIn callback's only refusal: an admin blocked the account (lib/auth/next-auth.ts).
  ["AccessDenied", "signIn.blocked"],
  ["blocked", "signIn.blocked"],
  ["OAuthSignin", "signIn.ssoRefused"],
  ["OAuthCallback", "signIn.ssoRefused"],
  ["OAuthCallbackError", "signIn.ssoRefused"],
  ["CallbackRouteError", "signIn.ssoRefused"],
  ["OAuthAccountNotLinked", "signIn.ssoRefused"],
]);

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await hasValidSession(await cookies())) redirect(callbackUrl);
  const settings = authSettings();
  const t = await getTranslations();
  const error = typeof params.error === "string" ? t(MESSAGES.get(params.error) ?? "signIn.failed") : null;
  // After a refused attempt: the username as typed, and the cursor in the password field.
  const username = typeof params.username === "string" ? params.username.slice(0, 128) : "";
  const retry = error !== null && username !== "";
  const field =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600";

  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <div className="mb-6 flex justify-end">
        <LanguageSwitch />
      </div>
      <h1 className="text-2xl font-semibold">{t("app.name")}</h1>
      <p className="mt-1 text-slate-600">{t("signIn.intro")}</p>

      {error && (
        <p role="alert" className="mt-6 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}

      {settings.users.size > 0 && (
        <form action={signInWithPassword} className="mt-6 space-y-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <label className="block">
            <span className="text-sm font-medium">{t("signIn.username")}</span>
            <input
              name="username"
              autoComplete="username"
              required
              maxLength={128}
              defaultValue={username}
              // biome-ignore lint/a11y/noAutofocus: the sign-in page's one task starts here
              autoFocus={!retry}
              className={field}
            />
          </label>
          <label className="block">
            <span className="text-sm font-medium">{t("signIn.password")}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={1024}
              // biome-ignore lint/a11y/noAutofocus: after a refused attempt only the password is typed again
              autoFocus={retry}
              className={field}
            />
          </label>
          <button
            type="submit"
            className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700"
          >
            {t("signIn.submit")}
          </button>
        </form>
      )}

      {settings.oidc && (
        <form action={signInWithOidc} className="mt-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="w-full rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium">
            {t("signIn.sso")}
          </button>
        </form>
      )}

      {settings.demo && (
        <aside className="mt-8 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t("signIn.demo")}</p>
          <p className="mt-1">
            {t.rich("signIn.demoCredentials", {
              username: settings.demo.username,
              password: settings.demo.password,
              code: (chunks) => <code className="font-mono">{chunks}</code>,
            })}
          </p>
        </aside>
      )}
    </main>
  );
}
