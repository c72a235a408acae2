import { describe, expect, it } from 'vitest';
import {
  classifyRequest,
  hostNameOf,
  isAllowedHost,
  normalizeAllowedHosts,
  type OriginHeaders,
} from './originRules';

describe('isAllowedHost', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.1:8000',
    'localhost',
    'localhost:5173',
    'LOCALHOST:5173',
    'LocalHost',
    '[::1]',
    '[::1]:8000',
    '[0:0:0:0:0:0:0:1]:8000',
    '127.0.0.1:',
  ])('accepts the loopback host %s', (host) => {
    expect(isAllowedHost(host)).toBe(true);
  });

  // Other spellings of 127.0.0.1 that the URL standard reads as that address (as every browser
  // does before it sends a Host): no DNS lookup is involved, so none is a rebinding route.
  it.each([
    ['short form', '127.1'],
    ['three parts', '127.0.1'],
    ['hexadecimal', '0x7f000001'],
    ['hexadecimal parts', '0x7f.1'],
    ['one decimal number', '2130706433'],
    ['octal', '0177.0.0.1'],
    ['zero-padded', '127.000.000.001'],
    ['a trailing dot', '127.0.0.1.'],
    ['a trailing dot and port', '127.0.0.1.:8000'],
    ['one number with a trailing dot', '2130706433.'],
  ])('accepts 127.0.0.1 written in %s (%s)', (_label, host) => {
    expect(hostNameOf(host)).toBe('127.0.0.1');
    expect(isAllowedHost(host)).toBe(true);
  });

  it.each([
    ['127.0.0.2 in hexadecimal', '0x7f000002'],
    ['0.0.0.0 as one number', '0'],
    ['192.168.1.1 as one number', '3232235777'],
    ['two trailing dots', '127.0.0.1..'],
    ['an IPv4-mapped IPv6 loopback', '[::ffff:127.0.0.1]'],
  ])('refuses %s (%s): other addresses, or no address, in any spelling', (_label, host) => {
    expect(isAllowedHost(host)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a look-alike subdomain', 'localhost.evil.com'],
    ['a look-alike with port', 'localhost.evil.com:8000'],
    ['a wildcard-DNS name', '127.0.0.1.nip.io'],
    ['a name ending in localhost', 'evillocalhost'],
    ['a prefix of localhost', 'localhos'],
    ['localhost with a trailing dot', 'localhost.'],
    ['a subdomain of localhost', 'app.localhost'],
    ['another loopback address', '127.0.0.2'],
    ['the wildcard address', '0.0.0.0:8000'],
    ['a LAN address', '192.168.1.20:8000'],
    ['another IPv6 address', '[::2]:8000'],
    ['userinfo before a loopback address', 'evil.com@127.0.0.1'],
    ['a path after the host', '127.0.0.1/evil'],
    ['a port out of range', '127.0.0.1:70000'],
    ['a non-numeric port', 'localhost:http'],
    ['two hosts', '127.0.0.1, evil.com'],
    ['spaces', ' 127.0.0.1'],
    ['a percent escape', 'local%68ost'],
    ['an unbracketed IPv6 address', '::1'],
  ])('refuses %s', (_label, host) => {
    expect(isAllowedHost(host)).toBe(false);
  });

  it('accepts a listed host with any port, and nothing that only resembles it', () => {
    const allowed = normalizeAllowedHosts(['Lab-PC.example.org', '10.0.0.7']);
    expect(isAllowedHost('lab-pc.example.org', allowed)).toBe(true);
    expect(isAllowedHost('LAB-PC.EXAMPLE.ORG:443', allowed)).toBe(true);
    expect(isAllowedHost('10.0.0.7:5173', allowed)).toBe(true);
    expect(isAllowedHost('lab-pc.example.org.evil.com', allowed)).toBe(false);
    expect(isAllowedHost('x.lab-pc.example.org', allowed)).toBe(false);
    expect(isAllowedHost('10.0.0.70', allowed)).toBe(false);
    expect(isAllowedHost(undefined, allowed)).toBe(false);
  });
});

describe('hostNameOf and normalizeAllowedHosts', () => {
  it('canonicalises like a browser and drops the port', () => {
    expect(hostNameOf('LOCALHOST:80')).toBe('localhost');
    expect(hostNameOf('[0:0::1]:1')).toBe('[::1]');
    expect(hostNameOf('127.1')).toBe('127.0.0.1');
    expect(hostNameOf('a b')).toBeUndefined();
  });

  it('drops entries that are not plain host names', () => {
    expect(normalizeAllowedHosts(['ok.example', 'http://x', 'x:80', '*', '', '[::2]'])).toEqual([
      'ok.example',
      '[::2]',
    ]);
  });
});

describe('classifyRequest', () => {
  const at = (o: Partial<OriginHeaders>): OriginHeaders => ({
    host: '127.0.0.1:5173',
    origin: undefined,
    secFetchSite: undefined,
    ...o,
  });

  it('trusts what the browser marks as the page itself or a typed address', () => {
    expect(classifyRequest(at({ secFetchSite: 'same-origin' }))).toBe('same-origin');
    expect(classifyRequest(at({ secFetchSite: 'none' }))).toBe('same-origin');
    expect(
      classifyRequest(at({ secFetchSite: 'same-origin', origin: 'http://127.0.0.1:5173' })),
    ).toBe('same-origin');
    expect(
      classifyRequest(
        at({
          host: 'LocalHost:5173',
          secFetchSite: 'Same-Origin',
          origin: 'http://localhost:5173',
        }),
      ),
    ).toBe('same-origin');
  });

  it('matches the origin behind a TLS proxy that passes the Host on', () => {
    const behindProxy = at({ host: 'lab-pc.example.org', secFetchSite: 'same-origin' });
    expect(classifyRequest({ ...behindProxy, origin: 'https://lab-pc.example.org' })).toBe(
      'same-origin',
    );
    expect(classifyRequest({ ...behindProxy, origin: 'https://lab-pc.example.org:443' })).toBe(
      'same-origin',
    );
    expect(classifyRequest({ ...behindProxy, origin: 'https://evil.example.org' })).toBe(
      'cross-origin',
    );
  });

  it.each([
    ['another port of 127.0.0.1 (same-site)', { secFetchSite: 'same-site' }],
    ['another site', { secFetchSite: 'cross-site' }],
    ['an unknown Sec-Fetch-Site value', { secFetchSite: 'same-planet' }],
    ['another port as Origin', { secFetchSite: 'same-origin', origin: 'http://127.0.0.1:9999' }],
    ['another scheme-less Origin', { origin: 'evil.com' }],
    ['Origin null (sandboxed frame, file://)', { origin: 'null' }],
    ['a foreign Origin without Sec-Fetch-Site', { origin: 'http://evil.com' }],
    ['localhost as Origin for a 127.0.0.1 page', { origin: 'http://localhost:5173' }],
    ['an Origin with a path', { secFetchSite: 'same-origin', origin: 'http://evil.com/x' }],
    ['an unparseable Host', { host: 'a b', secFetchSite: 'none', origin: 'http://a b' }],
  ])('marks %s as cross-origin', (_label, headers) => {
    expect(classifyRequest(at(headers))).toBe('cross-origin');
  });

  it('takes a matching Origin alone as the page itself (browsers without Sec-Fetch-Site)', () => {
    expect(classifyRequest(at({ origin: 'http://127.0.0.1:5173' }))).toBe('same-origin');
    expect(classifyRequest(at({ host: 'localhost', origin: 'http://localhost:80' }))).toBe(
      'same-origin',
    );
  });

  it('calls a request without either header unknown', () => {
    expect(classifyRequest(at({}))).toBe('unknown');
    expect(classifyRequest(at({ host: undefined }))).toBe('unknown');
  });
});
