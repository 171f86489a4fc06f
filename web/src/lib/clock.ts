/**
 * The web app's one reader of the browser clock (the lint rule allows only this file and
 * src/lib/clock.ts). Browser tests set the page's clock to the server's test instant.
 */
export function currentTime(): Date {
  return new Date();
}

/** The current time in epoch ms. */
export function currentTimeMs(): number {
  return Date.now();
}
