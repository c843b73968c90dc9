import Link from "next/link";
import { redirect } from "next/navigation";
import { Providers } from "@/components/providers";
import { auth, signOut } from "@/lib/auth/next-auth";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The proxy already sends anonymous visitors to sign in; this guards against a matcher gap.
  const session = await auth();
  if (!session) redirect("/login");

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }

  return (
    <Providers>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-900">
            Shipment Photo Review
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600">{session.user?.name}</span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </Providers>
  );
}
