import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';

const RAW_BODIES = new WeakMap<FastifyRequest, Buffer>();

/** The bytes of a request's body as received, for the routes that verify a signature over them. */
export function rawBodyOf(request: FastifyRequest): Buffer {
  return RAW_BODIES.get(request) ?? Buffer.alloc(0);
}

/**
 * A preParsing hook that keeps the body's bytes before JSON parsing (a signature covers the bytes, not a re-encoding),
 * then hands the parser the same bytes. Stops reading past `limit`; the parser then refuses the body as too large.
 */
export function keepRawBody(limit: number) {
  return async (request: FastifyRequest, _reply: unknown, payload: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of payload) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      chunks.push(bytes);
      if (size > limit) break;
    }
    const raw = Buffer.concat(chunks);
    RAW_BODIES.set(request, raw);
    return Readable.from([raw]);
  };
}
