import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** What the system received, and whether Vigie's signature over the exact bytes held. */
export interface Delivery {
  readonly body: Record<string, unknown>;
  readonly signatureValid: boolean;
}

/** A system Vigie cannot query, on 127.0.0.1: checks Vigie's signature, answers with the statuses it is told to. */
export interface ExternalSystem {
  readonly url: string;
  readonly deliveries: Delivery[];
  /** The statuses of the next answers, in order; 202 once they run out. */
  answerWith(...statuses: number[]): void;
  close(): Promise<void>;
}

/** The signature header a system computes over its result, as Vigie expects it (t = unix seconds). */
export function signAsSystem(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

function validSignature(secret: string, header: string | undefined, raw: Buffer): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (match === null) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.`).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(match[2] as string, 'hex'));
}

export async function startExternalSystem(secret: string): Promise<ExternalSystem> {
  const deliveries: Delivery[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const header = request.headers['vigie-signature'];
      const signatureValid = validSignature(secret, typeof header === 'string' ? header : undefined, raw);
      deliveries.push({ body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, signatureValid });
      response.statusCode = signatureValid ? (statuses.shift() ?? 202) : 401;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/vigie/requests`,
    deliveries,
    answerWith: (...next) => statuses.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
