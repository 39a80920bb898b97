// Long and out-of-range links (issue 16): a link far over Node's default 16 KB request head is
// served (the preview server's limit is raised to the app's own), the parameter over the app's
// limit is dropped with a notice, and a camera the view cannot show is clamped with a notice
// and rewritten in the address bar.
import { expect, test } from "@playwright/test";
import { waitReady, watchErrors } from "./helpers";

test("a 100 KB link loads; its too-long value is dropped and its camera clamped, with notices", async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Characters of three UTF-8 bytes are nine in the link: 100 KB of query.
  const query = "é".repeat(1_000) + "漢".repeat(10_500);
  const response = await page.goto(`/?cam=1e9,1e9,100000&q=${encodeURIComponent(query)}`);
  expect(response?.status()).toBe(200);
  await waitReady(page);
  await expect(page.getByText(/^Ignored q=.*too long/)).toBeVisible();
  await expect(
    page.getByText("Changed cam=1e9,1e9,100000 to 3,3,4: outside what the view can show"),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]cam=3%2C3%2C4(&|$)/);
  expect(new URL(page.url()).searchParams.get("q")).toBeNull();
  expect(errors).toEqual([]);
});
