import { describe, expect, it } from 'vitest';
import { tokenOf } from './submitToken';

describe('tokenOf', () => {
  it('joins client_batch and client_index', () => {
    expect(tokenOf({ client_batch: 'b-1', client_index: 7, site: 3 })).toBe('b-1#7');
  });

  it('is null without a complete, well-typed token', () => {
    expect(tokenOf(null)).toBeNull();
    expect(tokenOf({ client_batch: 'b-1' })).toBeNull();
    expect(tokenOf({ client_batch: 'b-1', client_index: '7' })).toBeNull();
    expect(tokenOf({ client_batch: 3, client_index: 7 })).toBeNull();
  });
});
