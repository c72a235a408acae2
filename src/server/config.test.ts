import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('parseConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(parseConfig({})).toEqual({
      port: 8000,
      appPort: 5173,
      dbPath: './data/annotations.sqlite',
      apiKey: 'dev-key',
      corsOrigins: [],
      allowedHosts: [],
      quiet: false,
    });
  });

  it('reads every variable and treats empty strings as unset', () => {
    const config = parseConfig({
      API_PORT: '8123',
      APP_PORT: '4000',
      DB_PATH: '/tmp/x/db.sqlite',
      LOCAL_API_KEY: 's3cret',
      CORS_ORIGINS: ' http://localhost:5173 , https://app.example.com ,',
      ALLOWED_HOSTS: ' Lab-PC.example.org, 10.0.0.7 ,[0:0::2]',
      API_QUIET: '1',
    });
    expect(config).toEqual({
      port: 8123,
      appPort: 4000,
      dbPath: '/tmp/x/db.sqlite',
      apiKey: 's3cret',
      corsOrigins: ['http://localhost:5173', 'https://app.example.com'],
      allowedHosts: ['lab-pc.example.org', '10.0.0.7', '[::2]'],
      quiet: true,
    });
    expect(parseConfig({ API_PORT: '', APP_PORT: '', LOCAL_API_KEY: '' })).toMatchObject({
      port: 8000,
      appPort: 5173,
      apiKey: 'dev-key',
    });
  });

  it.each([
    ['API_PORT', 'eighty'],
    ['API_PORT', '70000'],
    ['API_PORT', '-1'],
    ['APP_PORT', '5173x'],
    ['ALLOWED_HOSTS', 'http://lab-pc.example.org'],
    ['ALLOWED_HOSTS', 'lab-pc:8080'],
    ['ALLOWED_HOSTS', '*'],
    ['ALLOWED_HOSTS', 'lab-pc/app'],
    ['CORS_ORIGINS', 'http://localhost:5173/'],
    ['CORS_ORIGINS', 'localhost:5173'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it('never puts values into its error message', () => {
    let message = '';
    try {
      parseConfig({ API_PORT: 'x', LOCAL_API_KEY: 'topsecret-key', CORS_ORIGINS: 'bad-origin' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('API_PORT');
    expect(message).not.toContain('topsecret-key');
    expect(message).not.toContain('bad-origin');
  });
});
