/** Page object of the cassette import ("Import cassette…" on the samples overview). */
import { expect, type Locator, type Page } from '@playwright/test';

type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

export class CassetteDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a cassette' });
  }

  /** Open it from the overview. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import cassette…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Choose files through the dialog's file chooser, as a user does. */
  async chooseFiles(files: FileInput | FileInput[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByText('Choose files…').click();
    await (await chooser).setFiles(files as never);
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The preview table's rows (one per wafer). */
  previewRows(): Locator {
    return this.dialog.getByRole('table', { name: 'Wafers and their samples' }).locator('tbody tr');
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d+ wafers?/ });
  }

  blockers(): Locator {
    return this.dialog.getByRole('list', { name: 'Before importing' });
  }

  progress(): Locator {
    return this.dialog.getByRole('progressbar', { name: 'Import progress' });
  }

  /**
   * Set what every wafer shares: the name pattern, the suggested geometry, the unit of the
   * first property.
   */
  async setUp(o: { pattern: string; unit: string; property?: string }): Promise<void> {
    await this.field('Name pattern').fill(o.pattern);
    await this.dialog.getByRole('button', { name: /^Use [\d.]+ mm wafer/ }).click();
    await this.field(`Unit of ${o.property ?? 'thickness'}`).fill(o.unit);
  }
}
