import { describe, expect, it } from 'vitest';
import { describeError } from './errorMessages';
import { ApiError } from './errors';

describe('describeError: every failure has its message', () => {
  it.each([
    [
      new ApiError('unauthorized', 'API key rejected (HTTP 401: Missing or invalid X-API-KEY).', {
        status: 401,
      }),
      /^API key rejected .*Check the key in Connection settings\.$/,
    ],
    [
      new ApiError('unauthorized', 'API key rejected (HTTP 403: Forbidden).', { status: 403 }),
      /API key rejected \(HTTP 403/,
    ],
    [
      new ApiError('not_found', 'Physical sample not found', { status: 404 }),
      /^Sample not found \(HTTP 404\)/,
    ],
    [
      new ApiError('not_found', 'Annotation not found', { status: 404 }),
      /^Annotation not found \(HTTP 404\)/,
    ],
    [
      new ApiError('server', 'Server error (HTTP 500: Internal server error).', { status: 500 }),
      /^Server error .*retrying is safe/,
    ],
    [
      new ApiError('network', "Can't reach the API at /api.", {}),
      /^Can't reach the API at \/api\. .*retrying is safe/,
    ],
    [
      new ApiError(
        'contract',
        "The server's response does not match the API contract: field 0.property_value: Invalid input.",
        {},
      ),
      /field 0\.property_value/,
    ],
    [
      new ApiError('not_supported', 'Deleting annotations is not supported by this server.', {
        status: 405,
      }),
      /not supported by this server/,
    ],
  ])('%s', (error, expected) => {
    expect(describeError(error)).toMatch(expected);
  });

  it('413: too large, and suggests a smaller chunk size', () => {
    const e = new ApiError('too_large', 'Too large: Request body exceeds the 10 MB limit.', {
      status: 413,
    });
    expect(describeError(e, { chunkSize: 5000 })).toBe(
      'Too large: Request body exceeds the 10 MB limit. Try a smaller chunk size (now 5000) in the submit settings.',
    );
  });

  it('422: counts the row problems and spells out the others', () => {
    const e = new ApiError('validation', 'rejected', {
      status: 422,
      fieldErrors: [
        { row: 0, field: 'property_value', message: 'bad' },
        { row: 3, field: 'property_name', message: 'empty' },
        { row: null, field: 'annotations', message: 'at most 10000 annotations per bulk request' },
      ],
    });
    expect(describeError(e)).toBe(
      'The server rejected the input. 2 problems are marked on their rows. annotations: at most 10000 annotations per bulk request',
    );
  });

  it('a body refused before sending (status null) says it was not sent, not that the server refused', () => {
    const e = new ApiError('validation', 'Not sent', {
      status: null,
      fieldErrors: [{ row: 2, field: 'property_name', message: 'lone surrogate' }],
    });
    expect(describeError(e)).toBe(
      'Not sent: the text contains a broken character the browser would store as \uFFFD; retype it. 1 problem is marked on their rows.',
    );
  });

  it("503/507: the server's reason, and on a submit that the chunk was not stored", () => {
    const e = new ApiError('unavailable', 'The local database cannot be written: disk full.', {
      status: 507,
    });
    expect(describeError(e, { chunkSize: 500 })).toBe(
      'The local database cannot be written: disk full. Nothing in this chunk was stored; your points stay staged.',
    );
    expect(describeError(e)).toBe(
      'The local database cannot be written: disk full. Nothing was changed.',
    );
  });

  it('plain errors keep their message', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('text')).toBe('text');
  });
});
