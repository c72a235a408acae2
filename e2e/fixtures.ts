/**
 * Playwright fixtures: `api` talks to the local API directly (to seed and to check what is
 * stored), `samplePage` is the page object of the sample workspace.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { type ApiClient, createApiClient } from '../src/api/client';
import type { PhysicalSample } from '../src/api/schemas';
import {
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
} from '../src/domain/frames/view';
import type { SampleOutline } from '../src/domain/geometry/outline';
import type { PointMm } from '../src/domain/geometry/point';
import { emptySetup, type SampleSetup, withSetup } from '../src/domain/setup/setup';
import { E2E_API_KEY, E2E_API_PORT } from './env';

export class SamplePage {
  readonly map: Locator;
  readonly staged: Locator;
  readonly records: Locator;
  readonly cursor: Locator;
  /** Messages about the map: what was placed, stored, or refused. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.map = page.locator('.sample-map');
    this.staged = page.getByRole('table', { name: 'Staged annotations' });
    this.records = page.getByRole('table', { name: 'Annotations' });
    this.cursor = page.getByLabel('Cursor position');
    this.status = page.getByRole('status', { name: 'Map messages' });
  }

  async open(sampleId: string): Promise<void> {
    await this.page.goto(`/?sample=${sampleId}`);
    await expect(this.map).toHaveAttribute('data-px-per-mm', /\d/);
  }

  /** The map's current layout, read from the data attributes SampleMap publishes. */
  async view(): Promise<{ view: SampleView; transform: StageTransform }> {
    const attr = async (name: string) => Number(await this.map.getAttribute(name));
    return {
      view: {
        centerXPx: await attr('data-center-x-px'),
        centerYPx: await attr('data-center-y-px'),
        pxPerMm: await attr('data-px-per-mm'),
      },
      transform: {
        x: await attr('data-stage-x'),
        y: await attr('data-stage-y'),
        scale: await attr('data-stage-scale'),
      },
    };
  }

  /** Page coordinates of a sample point, computed with the app's own transform. */
  async pagePointOf(p: PointMm): Promise<{ x: number; y: number }> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error('map is not visible');
    const { view, transform } = await this.view();
    const c = sampleMmToContainerPx(view, transform, p);
    return { x: box.x + c.xPx, y: box.y + c.yPx };
  }

  async clickAtMm(p: PointMm): Promise<void> {
    const { x, y } = await this.pagePointOf(p);
    await this.page.mouse.click(x, y);
  }

  field(label: 'x (mm)' | 'y (mm)' | 'Property' | 'Value' | 'Unit' | 'Source'): Locator {
    return this.page
      .getByRole('form', { name: 'Measurement entry' })
      .getByLabel(label, { exact: true });
  }

  submitButton(): Locator {
    return this.page.getByRole('button', { name: /^Submit/ });
  }

  stagedRows(): Locator {
    // A row's problems sit in a full-width row under it (tr.row-problems), not counted here.
    return this.staged.locator('tbody tr:not(.row-problems)');
  }

  /**
   * Full-precision coordinates (mm) of staged row `n`, from the x/y cells' titles; the columns
   * are found by their headers, so a column added or moved does not break callers.
   */
  async stagedCoordsMm(n: number): Promise<[number, number]> {
    const headers = await this.staged.locator('thead th').allInnerTexts();
    const cells = this.stagedRows().nth(n).locator('td');
    const at = async (header: string) =>
      Number(await cells.nth(headers.indexOf(header)).getAttribute('title'));
    return [await at('x (mm)'), await at('y (mm)')];
  }

  /** Switch the side panel to the "Entry" or "Review" tab. */
  async openTab(name: 'Entry' | 'Review'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** Open the side panel section whose summary starts with `title` (e.g. "Outline"). */
  async openSection(title: string): Promise<void> {
    const details = this.page.locator('details.panel').filter({
      has: this.page.locator(':scope > summary', { hasText: new RegExp(`^${title}`) }),
    });
    if ((await details.getAttribute('open')) === null) {
      await details.locator(':scope > summary').click();
    }
  }

  /** Open the outline panel and choose a standard wafer diameter. */
  async setWaferDiameter(diameterMm: number): Promise<void> {
    await this.openSection('Outline');
    await this.page.getByLabel('Wafer diameter').selectOption(String(diameterMm));
    await expect(this.page.locator('.map-toolbar')).toContainText(`${diameterMm} mm wafer`);
  }

  /** RGBA of the stored-records layer at a sample point. */
  async recordsLayerPixelAt(p: PointMm): Promise<number[]> {
    return this.layerPixelAt('records', p);
  }

  /**
   * RGBA of one map layer at a sample point. Konva draws each Layer on its own canvas; SampleMap
   * marks them with `data-layer` ('records', 'staged', and 'field' for the interpolated map, which
   * sits between the outline and the records only while a map is shown), so the order of the
   * canvases does not matter.
   */
  async layerPixelAt(layer: 'records' | 'staged' | 'field', p: PointMm): Promise<number[]> {
    const { view, transform } = await this.view();
    const c = sampleMmToContainerPx(view, transform, p);
    return this.map.evaluate(
      (el, at) => {
        const canvas = el.querySelector<HTMLCanvasElement>(`canvas[data-layer="${at.layer}"]`);
        if (!canvas) return [];
        const ratio = canvas.width / canvas.clientWidth;
        const ctx = canvas.getContext('2d');
        const data = ctx?.getImageData(
          Math.round(at.x * ratio),
          Math.round(at.y * ratio),
          1,
          1,
        ).data;
        return data ? Array.from(data) : [];
      },
      { x: c.xPx, y: c.yPx, layer },
    );
  }
}

/** What a new sample's setup on the server holds (as a colleague would have set it). */
export interface SampleSetupSeed {
  /** Stored as set: the app shows it as the sample's outline, neither guessed nor missing. */
  outline: SampleOutline;
  /** Spec limits and colour ranges per property and unit (default none). */
  limits?: SampleSetup['limits'];
}

/** Store a setup with `seed` in the sample's metadata, as the app does (read-modify-write). */
export async function seedSetup(api: ApiClient, sampleId: string, seed: SampleSetupSeed) {
  const current = await api.getSample(sampleId);
  const setup = { ...emptySetup(new Date()), outline: seed.outline, limits: seed.limits ?? [] };
  return api.updateSample(sampleId, {
    physical_sample_metadata: withSetup(current?.physical_sample_metadata, setup),
  });
}

interface Fixtures {
  api: ApiClient;
  samplePage: SamplePage;
  /**
   * A new, empty physical sample with a unique name. Its outline is guessed from the name (a
   * name without a size leaves it unset, and the app asks for it) unless `setup` stores one.
   */
  newSample: (name: string, setup?: SampleSetupSeed) => Promise<PhysicalSample>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  api: async ({}, use) => {
    await use(
      createApiClient({ baseUrl: `http://127.0.0.1:${E2E_API_PORT}`, apiKey: E2E_API_KEY }),
    );
  },
  samplePage: async ({ page }, use) => {
    await use(new SamplePage(page));
  },
  newSample: async ({ api }, use, testInfo) => {
    await use(async (name, setup) => {
      const sample = await api.createSample(`${name} (${testInfo.testId.slice(0, 8)})`);
      return setup ? seedSetup(api, sample.id, setup) : sample;
    });
  },
});

export { expect };
