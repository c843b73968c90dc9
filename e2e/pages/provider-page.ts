import { expect, type Page } from "@playwright/test";

// The test OpenID Connect provider's development pages (e2e/support/oidc-provider.mjs): any login
// and password sign in as that login; consent is one button.
export class ProviderPage {
  constructor(
    readonly page: Page,
    readonly issuer: string,
  ) {}

  /** Signs in as `login` at the provider, consenting when asked. */
  async signIn(login: string) {
    await expect(this.page).toHaveURL(new RegExp(`^${this.issuer}/interaction/`));
    await this.page.locator("input[name=login]").fill(login);
    await this.page.locator("input[name=password]").fill("any-password");
    await this.page.getByRole("button", { name: "Sign-in" }).click();
    await this.page.getByRole("button", { name: "Continue" }).click();
  }
}
