/** Ports and key of the servers the e2e run starts (see playwright.config.ts). */
export const E2E_API_PORT = Number(process.env.E2E_API_PORT ?? 8787);
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4187);
export const E2E_API_KEY = 'e2e-key';
