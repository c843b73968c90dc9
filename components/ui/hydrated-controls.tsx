"use client";
// A button or select that is disabled until the page's script runs: before hydration a click or a
// choice would be lost. Only the control itself renders again once hydrated, not its parent.
import { useHydrated } from "./use-hydrated";

export function HydratedButton(props: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const hydrated = useHydrated();
  return <button type="button" {...props} disabled={Boolean(props.disabled) || !hydrated} />;
}

export function HydratedSelect(props: React.SelectHTMLAttributes<HTMLSelectElement>) {
  const hydrated = useHydrated();
  return <select {...props} disabled={Boolean(props.disabled) || !hydrated} />;
}
