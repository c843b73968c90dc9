"use client";
// A button that is disabled until the page's script runs: before hydration a click would
// be lost. Only the control itself renders again once hydrated, not its parent.
import { useHydrated } from "./use-hydrated";

export function HydratedButton(props: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const hydrated = useHydrated();
  return <button type="button" {...props} disabled={Boolean(props.disabled) || !hydrated} />;
}
