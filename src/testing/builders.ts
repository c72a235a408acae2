/**
 * Test data builders shared by unit and e2e tests. Each returns a valid object; pass overrides
 * for the fields the test is about.
 */
import type { AnnotationCreate, PhysicalSample, SpatialAnnotation } from '../api/schemas';
import type { StagedAnnotation } from '../domain/staging/staged';

let counter = 0;
const nextId = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};

export function aStagedAnnotation(o: Partial<StagedAnnotation> = {}): StagedAnnotation {
  return {
    localId: o.localId ?? `local-${nextId()}`,
    xMm: 0,
    yMm: 0,
    propertyName: 'thickness',
    propertyValue: 100,
    propertyUnit: 'nm',
    charSourceType: null,
    metadata: null,
    site: null,
    ...o,
  };
}

export function anAnnotationCreate(o: Partial<AnnotationCreate> = {}): AnnotationCreate {
  return {
    property_name: 'thickness',
    property_value: 100,
    property_unit: 'nm',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: 0,
    coord_y: 0,
    ...o,
  };
}

export function anAnnotation(o: Partial<SpatialAnnotation> = {}): SpatialAnnotation {
  return {
    id: nextId(),
    physical_sample_id: '00000000-0000-4000-8000-00000000beef',
    property_name: 'thickness',
    property_value: 100,
    property_unit: 'nm',
    char_source_type: null,
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: 0,
    coord_y: 0,
    coord_z: null,
    data_id: null,
    annotation_metadata: null,
    last_updated: '2026-01-01T00:00:00.000Z',
    version: '1',
    ...o,
  };
}

export function aSample(o: Partial<PhysicalSample> = {}): PhysicalSample {
  return {
    id: nextId(),
    name: 'Test wafer',
    created_datetime: '2026-01-01T00:00:00.000Z',
    last_updated: '2026-01-01T00:00:00.000Z',
    owner_name: 'local',
    projects: [],
    ...o,
  };
}
