"use client";
// The names people see for users: a single sign-on user's provider name ("Astrid Åkesson") for
// the stable name the store records ("astrid@example.com"). Unknown names are shown as they are.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { queries } from "@/lib/api/queries";

export function useDisplayNames(): (name: string) => string {
  const users = useQuery(queries.users());
  const byName = useMemo(
    () => new Map((users.data?.users ?? []).map((u) => [u.name, u.display_name] as const)),
    [users.data],
  );
  return useCallback((name: string) => byName.get(name) ?? name, [byName]);
}
