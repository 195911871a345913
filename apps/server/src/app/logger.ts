import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

/** Where log lines go (stdout by default; tests capture them). */
export interface LogStream {
  write(line: string): void;
}

/**
 * Structured logs that cannot hold personal data. Requests are logged by method and route pattern only (no URL:
 * a query string or an id in a path could identify someone), with no header (cookies and API keys), no body
 * (passwords, emails), and no IP address (the journal keeps the truncated network where it is needed). Errors
 * keep their type, code and stack for operators but not their message when it could echo input: zod and driver
 * messages can quote values.
 */
export function loggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  const options = {
    level,
    ...(stream === undefined ? {} : { stream }),
    // Belt and braces if a future log call passes a request or headers by hand.
    redact: {
      paths: [
        'req.headers',
        'headers',
        '*.password',
        '*.email',
        '*.code',
        '*.recoveryCode',
        '*.token',
        '*.key',
        'body',
        '*.body',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: FastifyRequest) {
        return { id: request.id, method: request.method, route: request.routeOptions?.url ?? 'unknown' };
      },
      res(reply: FastifyReply) {
        return { statusCode: reply.statusCode };
      },
      err(error: Error & { code?: unknown; statusCode?: unknown }) {
        return {
          type: error.name,
          ...(typeof error.code === 'string' ? { code: error.code } : {}),
          ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
          stack: stackFrames(error.stack),
        };
      },
    },
  };
  return options as unknown as FastifyServerOptions['logger'];
}

/** The stack's frames without its first line, which repeats the message. */
function stackFrames(stack: string | undefined): string | undefined {
  if (stack === undefined) return undefined;
  const newline = stack.indexOf('\n');
  return newline === -1 ? undefined : stack.slice(newline + 1);
}
