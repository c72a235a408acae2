/** Building request bodies from staged annotations. */
import type { StagedAnnotation } from '../domain/staging/staged';
import type { AnnotationCreate } from './schemas';

/**
 * One staged annotation as an `AnnotationCreate` in the `sample_relative` frame, coordinates in
 * mm. Optional text fields left empty are omitted rather than sent as empty strings.
 */
export function stagedToAnnotationCreate(staged: StagedAnnotation): AnnotationCreate {
  const body: AnnotationCreate = {
    property_name: staged.propertyName,
    property_value: staged.propertyValue,
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: staged.xMm,
    coord_y: staged.yMm,
  };
  if (staged.propertyUnit) body.property_unit = staged.propertyUnit;
  if (staged.charSourceType) body.char_source_type = staged.charSourceType;
  if (staged.metadata) body.metadata = staged.metadata;
  return body;
}
