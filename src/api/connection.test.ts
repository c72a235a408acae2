import { describe, expect, it } from 'vitest';
import { connectionName } from './connection';

describe('connectionName', () => {
  it('names the preset servers plainly', () => {
    expect(connectionName('/api')).toBe('Local server');
    expect(connectionName('/atomscale')).toBe('Atomscale');
    expect(connectionName('https://api.atomscale.ai/')).toBe('Atomscale');
  });

  it('shows the host of any other URL, or the path as typed', () => {
    expect(connectionName('https://lab.example.org:8443/v1')).toBe('lab.example.org:8443');
    expect(connectionName('/lab-proxy')).toBe('/lab-proxy');
  });
});
