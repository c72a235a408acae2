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
   * Name the property of a file column (the vocabulary suggests the lab's own name, which
   * depends on what the lab has stored: tests say which they want) and, if given, its unit.
   */
  async setProperty(column: string, property: string, unit?: string): Promise<void> {
    await this.field(`Property name for ${column}`).fill(property);
    if (unit !== undefined) await this.field(`Unit of ${property}`).fill(unit);
  }

  /**
   * Set what every wafer shares: the name pattern, the suggested geometry, and the KLA-F5x
   * thickness column as `thickness` in `unit`.
   */
  async setUp(o: { pattern: string; unit: string }): Promise<void> {
    await this.field('Name pattern').fill(o.pattern);
    await this.dialog.getByRole('button', { name: /^Use [\d.]+ mm wafer/ }).click();
    await this.setProperty('1st Thickness', 'thickness', o.unit);
  }
}
