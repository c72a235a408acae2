/** Dates as ISO 8601 text (YYYY-MM-DD), the form every export and report of the app prints. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `date` as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date and time of `date` as `YYYY-MM-DD HH:MM` (ISO 8601 with a space). */
export function isoDateTime(date: Date): string {
  return `${isoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local date of an ISO timestamp as `YYYY-MM-DD`, or null for null or unreadable text. */
export function isoDateOf(timestamp: string | null | undefined): string | null {
  if (!timestamp) return null;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? null : isoDate(new Date(ms));
}
