/**
 * Test helper: HTTP requests with exactly the headers given, including a forged or missing
 * `Host` (fetch always sends the URL's host). Used by the Host-check tests of the local API and
 * the app server.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

/** Status, headers and body (as sent, not decompressed) of one answer. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body bytes read as UTF-8. */
  body: string;
  bytes: Buffer;
}

/** Sends `method path` to 127.0.0.1:`port` with `headers` as given (Host included). */
export function rawRequest(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString('utf8'),
            bytes,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends a GET without any Host header (HTTP/1.0 by default; an HTTP/1.1 one is refused by
 * Node's parser itself) and resolves with the status code of the answer. */
export function requestWithoutHost(
  port: number,
  path: string,
  version: '1.0' | '1.1' = '1.0',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    socket.on('connect', () =>
      socket.write(`GET ${path} HTTP/${version}\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('end', () => resolve(Number(/^HTTP\/1\.\d (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}
