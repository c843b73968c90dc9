// Light and dark: the system's choice by default, the header's switch wins and is remembered.
import { expect, test } from "./fixtures";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => {
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.fillStyle = getComputedStyle(document.body).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    return (r! + g! + b!) / 3;
  });

test("the page follows the system's dark mode; the switch overrides it and stays after a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await background(page)).toBeLessThan(60);
  const theme = page.getByRole("combobox", { name: "Colour theme" });
  await expect(theme).toHaveValue("system");

  await theme.selectOption({ label: "Light" });
  expect(await background(page)).toBeGreaterThan(200);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background(page)).toBeGreaterThan(200);

  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("combobox", { name: "Colour theme" }).selectOption({ label: "Dark" });
  expect(await background(page)).toBeLessThan(60);
  await page.reload();
  expect(await background(page)).toBeLessThan(60);

  await page.getByRole("combobox", { name: "Colour theme" }).selectOption({ label: "Auto" });
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
  expect(await background(page)).toBeGreaterThan(200);
});
