/** Ports and key of the servers the e2e run starts (see playwright.config.ts). */
export const E2E_API_PORT = Number(process.env.E2E_API_PORT ?? 8787);
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4187);
export const E2E_API_KEY = 'e2e-key';

/** Flags for the system Chromium (no sandbox as root, and no calls to Google's services, which
 * this machine's closed network refuses). Used by the e2e config and the benchmark. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
