"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { MailProvider, RoleProvider } from "@/components/ui/role";
import { ApiError } from "@/lib/api/fetcher";
import type { Role } from "@/lib/auth/roles";

export function Providers({ role, mail, children }: { role: Role; mail: boolean; children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // Our server already retries Sitoo; the browser retries only what may pass next time.
            retry: (count, error) =>
              count < 1 && !(error instanceof ApiError && error.status < 500 && error.status !== 429),
            refetchOnWindowFocus: false,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <RoleProvider role={role}>
        <MailProvider enabled={mail}>{children}</MailProvider>
      </RoleProvider>
    </QueryClientProvider>
  );
}
