/**
 * In-page render measurements: the app's Konva stage against a raw Canvas 2D baseline drawing
 * the same circles on a canvas of the same size and pixel ratio, in the same page and run.
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
    findOne(sel: string): { getChildren(): Array<{ attrs: { sceneFunc?: unknown } }> } | undefined;
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

  const appDrawMs = time(() => stage.draw(), args.reps);
  const x0 = stage.x();
  let dx = 0;
  const appPanMs = time(() => {
    dx = (dx + 3) % 60;
    stage.x(x0 + dx);
    stage.draw();
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
