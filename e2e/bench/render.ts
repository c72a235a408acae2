/**
 * In-page render measurements: the app's Konva stage against a raw Canvas 2D baseline drawing
 * the same circles on a canvas of the same size and pixel ratio, in the same page and run.
 * (a) is a full draw with every cached layer bitmap dropped (what a first draw or a settled
 * zoom costs); (b) moves the stage and redraws, as a pan frame does (cached layers blit).
 */
import type { Page } from '@playwright/test';

export interface RenderFigures {
  /** Median ms of a full redraw of every layer (what a first draw costs). */
  appDrawMs: number;
  rawDrawMs: number;
  /** Median ms of one pan frame: move the stage by 3 px and redraw. */
  appPanMs: number;
  rawPanMs: number;
}

/** Runs in the page. `colors` are the fill colours of the N circles, in draw order. */
function measureInPage(args: { colors: string[]; reps: number; panReps: number }): RenderFigures {
  type KonvaStage = {
    draw(): void;
    x(v?: number): number;
    width(): number;
    height(): number;
    find(sel: string): Array<{ getAttr(name: string): { invalidate(): void } | null }>;
  };
  const Konva = (window as unknown as { Konva: { stages: KonvaStage[]; pixelRatio: number } })
    .Konva;
  const stage = Konva.stages[0];
  if (!stage) throw new Error('no Konva stage on the page');
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? Number.NaN;
  };
  const time = (fn: () => void, reps: number) => {
    const out: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
    return median(out);
  };

  // Every layer drawn in full: cached bitmaps (layerCache.ts) are dropped first.
  const invalidate = () => {
    for (const shape of stage.find('.map-scene')) shape.getAttr('sceneCache')?.invalidate();
  };
  // Reading a pixel back makes Chromium rasterise what was recorded (it defers drawing until
  // the canvas is shown or read), so both sides pay for the pixels, not only the recording.
  const layerCanvases = () =>
    [...document.querySelectorAll<HTMLCanvasElement>('.sample-map canvas')].map((c) =>
      c.getContext('2d'),
    );
  const flushApp = () => {
    for (const c of layerCanvases()) c?.getImageData(0, 0, 1, 1);
  };
  const appDrawMs = time(() => {
    invalidate();
    stage.draw();
    flushApp();
  }, args.reps);
  const x0 = stage.x();
  let dx = 0;
  const appPanMs = time(() => {
    dx = (dx + 3) % 60;
    stage.x(x0 + dx);
    stage.draw();
    flushApp();
  }, args.panReps);
  stage.x(x0);
  stage.draw();

  // Raw baseline: same size, same pixel ratio, same number and style of circles.
  const ratio = Konva.pixelRatio;
  const w = stage.width();
  const h = stage.height();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * ratio);
  canvas.height = Math.round(h * ratio);
  canvas.style.cssText = `position:fixed;left:0;top:0;width:${w}px;height:${h}px;opacity:0;pointer-events:none`;
  document.body.appendChild(canvas);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  const n = args.colors.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / n) * (Math.min(w, h) / 2 - 20);
    const a = i * 2.399963;
    xs[i] = w / 2 + r * Math.cos(a);
    ys[i] = h / 2 + r * Math.sin(a);
  }
  let offset = 0;
  const rawDraw = () => {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.translate(offset, 0);
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(17, 24, 39, 0.6)';
    for (let i = 0; i < n; i++) {
      ctx.beginPath();
      ctx.arc(xs[i] as number, ys[i] as number, 5, 0, 2 * Math.PI);
      ctx.fillStyle = args.colors[i] as string;
      ctx.fill();
      ctx.stroke();
    }
    ctx.getImageData(0, 0, 1, 1);
  };
  const rawDrawMs = time(rawDraw, args.reps);
  const rawPanMs = time(() => {
    offset = (offset + 3) % 60;
    rawDraw();
  }, args.panReps);
  canvas.remove();
  return { appDrawMs, rawDrawMs, appPanMs, rawPanMs };
}

/** Measure the open sample map against the raw baseline with the same circle colours. */
export async function measureRender(page: Page, colors: string[]): Promise<RenderFigures> {
  return page.evaluate(measureInPage, { colors, reps: 7, panReps: 30 });
}

/** Per frame of a gesture: the app's synchronous work and the draw that follows it. */
export interface FrameSample {
  /** Input event to React's commit of the new transform. */
  syncMs: number;
  /** The stage's draw in the next animation frame (first layer to last). */
  drawMs: number;
}

/** Listen, in the page, for input → commit (map attributes) → draw of every layer. */
async function installFrameProbe(page: Page, inputEvent: 'pointermove' | 'wheel') {
  await page.evaluate((inputEvent) => {
    type Layer = {
      on(evt: string, fn: () => void): void;
      off(evt: string): void;
      getNativeCanvasElement(): HTMLCanvasElement;
    };
    const Konva = (window as unknown as { Konva: { stages: Array<{ getLayers(): Layer[] }> } })
      .Konva;
    const layers = Konva.stages[0]?.getLayers() ?? [];
    const first = layers[0];
    const last = layers[layers.length - 1];
    const map = document.querySelector('.sample-map');
    if (!first || !last || !map) throw new Error('no map');
    const w = window as unknown as {
      __frames: Array<{ syncMs: number; drawMs: number }>;
      __draws: number[];
      __frameProbe?: () => void;
    };
    w.__frameProbe?.();
    w.__frames = [];
    // Every draw, input or not (the redraw when a gesture settles has no input).
    w.__draws = [];
    let anyStart = 0;
    let input = 0;
    let commit = 0;
    let drawStart = 0;
    const onInput = () => {
      if (!input) input = performance.now();
    };
    document.addEventListener(inputEvent, onInput, true);
    const observer = new MutationObserver(() => {
      if (input && !commit) commit = performance.now();
    });
    observer.observe(map, {
      attributes: true,
      attributeFilter: ['data-stage-x', 'data-stage-y', 'data-stage-scale'],
    });
    first.on('beforeDraw.frames', () => {
      anyStart = performance.now();
      if (commit && !drawStart) drawStart = anyStart;
    });
    const canvases = [...map.querySelectorAll('canvas')].map((c) => c.getContext('2d'));
    last.on('draw.frames', () => {
      // Rasterise what the frame recorded (Chromium defers it), inside the measured time.
      for (const c of canvases) c?.getImageData(0, 0, 1, 1);
      w.__draws.push(performance.now() - anyStart);
      if (!drawStart) return;
      w.__frames.push({ syncMs: commit - input, drawMs: performance.now() - drawStart });
      input = 0;
      commit = 0;
      drawStart = 0;
    });
    w.__frameProbe = () => {
      document.removeEventListener(inputEvent, onInput, true);
      observer.disconnect();
      first.off('beforeDraw.frames');
      last.off('draw.frames');
    };
  }, inputEvent);
}

async function readFrames(page: Page): Promise<{ frames: FrameSample[]; draws: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __frames: FrameSample[];
      __draws: number[];
      __frameProbe?: () => void;
    };
    w.__frameProbe?.();
    return { frames: w.__frames, draws: w.__draws };
  });
}

/** Frames of a real drag pan and a real wheel zoom on the map, and the redraw after each. */
export interface GestureFigures {
  pan: FrameSample[];
  zoom: FrameSample[];
  /** The redraw when the wheel gesture settles (sharp again). */
  settleMs: number;
}

/** Drag the map by `steps` × 4 px, then zoom in with `steps` wheel notches, through the mouse. */
export async function measureGestures(page: Page, steps = 40): Promise<GestureFigures> {
  const box = await page.locator('.sample-map').boundingBox();
  if (!box) throw new Error('no map');
  // Start off the wafer, in the map's top-left corner: a drag there pans.
  const x0 = box.x + 60;
  const y0 = box.y + box.height - 60;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 12, y0 - 6);
  await page.waitForTimeout(200);
  await installFrameProbe(page, 'pointermove');
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x0 + 12 + 4 * i, y0 - 6 - 2 * i);
    await page.waitForTimeout(20);
  }
  const pan = (await readFrames(page)).frames;
  await page.mouse.up();
  await page.waitForTimeout(1500);
  await installFrameProbe(page, 'wheel');
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, -25);
    await page.waitForTimeout(20);
  }
  // The gesture settles SETTLE_MS (150 ms) after the last wheel event: one more, sharp draw.
  await page.waitForTimeout(1000);
  const { frames: zoom, draws } = await readFrames(page);
  return { pan, zoom, settleMs: draws.at(-1) ?? Number.NaN };
}
