// How every tool of kdflow launches Chromium: the system one when there is one (no browser can be
// downloaded on the build machines), with the flags a closed network needs.
import { existsSync } from 'node:fs';

/** The system Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else undefined (Playwright's own). */
export const systemChromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Launch options for Playwright's chromium.launch() and for `use.launchOptions`. */
export const chromiumLaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
