/**
 * Page object of the import dialog ("Import table…" in the Staged section), and a reader of the
 * map's marker layer to see the import preview drawn.
 */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { sampleMmToContainerPx } from '../src/domain/frames/view';
import type { PointMm } from '../src/domain/geometry/point';
import type { SamplePage } from './fixtures';

type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

export class ImportDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a table' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import table…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Choose a file through the dialog's file chooser, as a user does. */
  async chooseFile(file: FileInput): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByText('Choose file…').click();
    await (await chooser).setFiles(file);
  }

  /** Paste `text` into the paste box with a real paste event carrying it as text/plain. */
  async paste(text: string): Promise<void> {
    const box = this.dialog.getByLabel('Or paste cells from Excel or Google Sheets');
    await box.focus();
    await box.evaluate((el, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByLabel(label, { exact: typeof label === 'string' });
  }

  summary(): Locator {
    return this.dialog.getByTestId('import-summary');
  }

  stageButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Stage \d+ points?/ });
  }
}

/**
 * True when the staged-markers layer (the canvas SampleMap tags `data-layer="staged"`, which
 * also holds the import preview) has a pixel close to `rgb` within `radiusPx` of a sample point.
 */
export async function markerColorNear(
  samplePage: SamplePage,
  p: PointMm,
  rgb: [number, number, number],
  radiusPx = 8,
): Promise<boolean> {
  const { view, transform } = await samplePage.view();
  const c = sampleMmToContainerPx(view, transform, p);
  return samplePage.map.evaluate(
    (el, { at, color, r }) => {
      const canvas = el.querySelector<HTMLCanvasElement>('canvas[data-layer="staged"]');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return false;
      const ratio = canvas.width / canvas.clientWidth;
      const size = Math.ceil(2 * r * ratio);
      const x0 = Math.round((at.x - r) * ratio);
      const y0 = Math.round((at.y - r) * ratio);
      const { data } = ctx.getImageData(x0, y0, size, size);
      for (let i = 0; i < data.length; i += 4) {
        const near =
          Math.abs((data[i] ?? 0) - color[0]) < 40 &&
          Math.abs((data[i + 1] ?? 0) - color[1]) < 40 &&
          Math.abs((data[i + 2] ?? 0) - color[2]) < 40 &&
          (data[i + 3] ?? 0) > 150;
        if (near) return true;
      }
      return false;
    },
    { at: { x: c.xPx, y: c.yPx }, color: rgb, r: radiusPx },
  );
}

/** The download started by `click`. */
export async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}
