import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Providers } from "@/components/providers";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { allows } from "@/lib/auth/roles";
import { currentSession } from "@/lib/auth/session";
import { parseMailSettings } from "@/lib/mail/settings";
import { THEME_COOKIE } from "@/lib/ui/theme";
import { signOutAction, signOutEverywhereAction } from "./actions";

/** SMTP_URL is set (and valid: the start refuses one that is not). */
function mailConfigured(): boolean {
  try {
    return parseMailSettings(process.env) !== null;
  } catch {
    return false;
  }
}

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The proxy already sends anonymous visitors to sign in; this guards against a matcher gap.
  const jar = await cookies();
  const session = await currentSession(jar);
  if (!session) redirect("/login");
  const t = await getTranslations();

  return (
    <Providers role={session.role} mail={mailConfigured()}>
      <a
        href="#main"
        className="sr-only rounded-md bg-brand-700 px-4 py-3 font-medium text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-[60]"
        data-print="hide"
      >
        {t("header.skip")}
      </a>
      <header className="border-b border-slate-200 bg-white" data-print="hide">
        <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
          {/* On a phone: the name and the controls on one line. */}
          <div className="flex items-center justify-between gap-3 sm:contents">
            <Link href="/" className="min-w-0 text-sm leading-5 font-semibold text-brand-900 sm:text-base">
              {t("app.name")}
            </Link>
            <div className="flex shrink-0 items-center gap-3 text-sm sm:order-3 sm:ml-auto">
              <LanguageSwitch short />
              <ThemeSwitch initial={jar.get(THEME_COOKIE)?.value} />
              <span className="hidden items-center gap-1.5 text-slate-600 sm:inline-flex">
                <span data-testid="signed-in-user">{session.displayName}</span>
                <span
                  className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700"
                  data-testid="signed-in-role"
                >
                  {t(`header.role.${session.role}`)}
                </span>
              </span>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
                >
                  {t("header.signOut")}
                </button>
              </form>
              <form action={signOutEverywhereAction} className="hidden sm:block">
                <button type="submit" className="px-1 py-1.5 text-slate-600 underline hover:text-slate-900">
                  {t("header.signOutEverywhere")}
                </button>
              </form>
            </div>
          </div>
          {/* The pages: in the header from 640 px up; on a phone the worklist page links to them. */}
          <nav aria-label={t("header.pages")} className="hidden gap-4 text-sm sm:order-2 sm:flex">
            <Link href="/scorecards" className="font-medium text-brand-700 underline" data-testid="scorecards-link">
              {t("scorecards.nav")}
            </Link>
            <Link href="/links" className="font-medium text-brand-700 underline" data-testid="links-link">
              {t("links.nav")}
            </Link>
            {allows(session.role, "admin") && (
              <Link href="/users" className="font-medium text-brand-700 underline" data-testid="people-link">
                {t("header.people")}
              </Link>
            )}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pt-4 pb-6 focus:outline-none">
        {children}
      </main>
    </Providers>
  );
}
