/** Saving something the app made (CSV, PNG) as a download, through a Blob URL. */

/**
 * Offer `blob` as a download named `fileName`. The object URL is revoked a minute later, not at
 * once: revoking right after click() can cancel the download in some browsers.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Download CSV text as UTF-8 with a byte-order mark, so Excel shows µ, Å and θ correctly (without
 * one it assumes the Windows code page); the importer strips the mark again.
 */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
