import { describe, expect, it } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { ImportSession } from './importSession';
import { brokenTextInImport } from './importText';

/** What staging `text` (x, y and value columns, as guessed) would send, checked. */
function check(text: string, fileName = 'map.csv', sourceType = ''): string | null {
  const session = new ImportSession(text, fileName);
  const view = session.analyse();
  const packed = session.stagePacked({
    mapping: view.mapping,
    outline: standardWafer(150),
    sourceType,
    includeOutside: true,
  });
  return brokenTextInImport(packed);
}

describe('brokenTextInImport', () => {
  it('passes well-formed text, emoji and units included', () => {
    expect(check('x,y,thickness (Å)\n0,0,1\n1,1,2\n')).toBeNull();
    expect(check('x,y,😀 (nm)\n0,0,1\n')).toBeNull();
  });

  it('refuses a lone surrogate in a header used as the property name', () => {
    expect(check('x,y,thick\ud800ness\n0,0,1\n1,1,2\n')).toBe(
      'The property name (line 2) contains a broken character (lone surrogate U+D800) at position 6; it would be stored as \uFFFD. Retype it.',
    );
  });

  it('refuses one in a long-layout cell, a typed source and the file name', () => {
    const long =
      'coord_x,coord_y,property_name,property_value,property_unit,char_source_type\n0,0,a,1,nm,xrr\n1,1,b\udc00,2,nm,xrr\n';
    expect(check(long)).toMatch(
      /^The property name \(line 3\) contains a broken character \(lone surrogate U\+DC00\) at position 2/,
    );
    const perRowSource =
      'coord_x,coord_y,property_name,property_value,property_unit,char_source_type\n0,0,a,1,nm,xrr\n1,1,a,2,nm,x\ud800\n';
    expect(check(perRowSource)).toMatch(/^The source \(line 3\) contains a broken character/);
    expect(check('x,y,t\n0,0,1\n', 'map.csv', 'ellips\ud800')).toMatch(
      /^The source \(line 2\) contains a broken character/,
    );
    expect(check('x,y,t\n0,0,1\n', 'ma\ud800p.csv')).toMatch(/^The file name contains a broken/);
  });
});
