import type { Page } from "@playwright/test";

export class LoginPage {
  constructor(readonly page: Page) {}

  username = () => this.page.getByLabel("Username");
  password = () => this.page.getByLabel("Password");
  submit = () => this.page.getByRole("button", { name: "Sign in", exact: true });
  error = () => this.page.locator("main [role=alert]");

  async signIn(username: string, password: string) {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.submit().click();
  }
}
