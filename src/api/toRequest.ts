/** Building request bodies from staged annotations. */
import { type StageCalibration, sampleToStageMm } from '../domain/frames/calibration';
import type { StagedAnnotation } from '../domain/staging/staged';
import type { AnnotationCreate, CoordRefFrame } from './schemas';

/** The frame a submit writes coordinates in; `stage_absolute` needs the sample's calibration. */
export type SubmitFrame =
  | { frame: 'sample_relative' }
  | { frame: 'stage_absolute'; calibration: StageCalibration };

export const SAMPLE_FRAME: SubmitFrame = { frame: 'sample_relative' };

/**
 * One staged annotation as an `AnnotationCreate`, coordinates in mm in the chosen frame
 * (staged points are kept in sample mm; `stage_absolute` applies the calibration). Optional text
 * fields left empty are omitted rather than sent as empty strings. A pattern site is recorded in
 * `metadata` as `pattern` and `site`.
 */
export function stagedToAnnotationCreate(
  staged: StagedAnnotation,
  target: SubmitFrame = SAMPLE_FRAME,
): AnnotationCreate {
  const p =
    target.frame === 'stage_absolute' ? sampleToStageMm(target.calibration, staged) : staged;
  const frame: CoordRefFrame = target.frame;
  const body: AnnotationCreate = {
    property_name: staged.propertyName,
    property_value: staged.propertyValue,
    coord_ref_frame: frame,
    coord_units: 'mm',
    coord_x: p.xMm,
    coord_y: p.yMm,
  };
  if (staged.propertyUnit) body.property_unit = staged.propertyUnit;
  if (staged.charSourceType) body.char_source_type = staged.charSourceType;
  const metadata = {
    ...(staged.metadata ?? {}),
    ...(staged.site ? { pattern: staged.site.pattern, site: staged.site.index } : {}),
  };
  if (Object.keys(metadata).length > 0) body.metadata = metadata;
  return body;
}
