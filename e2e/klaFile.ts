/** The real KLA-F5x export used as e2e input; see src/testing/klaFixture.ts. */
import { klaWafer } from '../src/testing/klaFixture';

export interface KlaSite {
  site: number;
  thicknessNm: number;
  /** X and Y as written in the file, for typing them in. */
  xMm: string;
  yMm: string;
}

/** Sites of one wafer (`WAFER ID`) with the raw X/Y text, and the block's MEAN. */
export function readKlaWafer(waferId: string): { sites: KlaSite[]; mean: number } {
  const wafer = klaWafer(waferId);
  return {
    mean: wafer.mean,
    sites: wafer.sites.map((s) => ({
      site: s.site,
      thicknessNm: s.thicknessNm,
      xMm: s.xText,
      yMm: s.yText,
    })),
  };
}
