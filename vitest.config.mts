import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React's server build; unit tests run the modules directly.
      "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "sitoo-sim/**/*.test.mjs", "tests/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // transformed by Vite it resolves (lib/api/access.test.ts imports every route module).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
