/**
 * A Unicode font for the PDF: jsPDF's built-in fonts cover Latin-1 only, and the report writes
 * σ, −, ±, ▲/▼, ȳᵢ and √. DejaVu Sans (Bitstream Vera licence, from `dejavu-fonts-ttf`) is
 * fetched only when a report is made (Vite serves the TTF files as assets) and embedded.
 */

import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { jsPDF } from 'jspdf';

/** The family name the report's text uses. */
export const REPORT_FONT = 'DejaVuSans';

let loaded: Promise<[string, string]> | null = null;

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the report font could not be loaded (${response.status})`);
  return base64(new Uint8Array(await response.arrayBuffer()));
}

/** Add DejaVu Sans (normal and bold) to `doc` and make it the current font. */
export async function addReportFont(doc: jsPDF): Promise<void> {
  loaded ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  let regular: string;
  let bold: string;
  try {
    [regular, bold] = await loaded;
  } catch (e) {
    loaded = null;
    throw e;
  }
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans.ttf', REPORT_FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', REPORT_FONT, 'bold');
  doc.setFont(REPORT_FONT, 'normal');
}
