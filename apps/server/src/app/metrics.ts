import type { FastifyInstance } from 'fastify';

// Upper bounds in seconds: the budget for an authenticated read is a few milliseconds, sign-in (argon2id) tens.
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] as const;

interface Series {
  count: number;
  sum: number;
  readonly buckets: number[];
}

/**
 * Prometheus metrics kept in memory: requests by method, route pattern and status, their durations, and the
 * process's memory. Labels are route patterns (`/api/v1/users/:id`), never concrete URLs, so no identifier
 * reaches the metrics and the number of series stays bounded.
 */
export interface Metrics {
  observe(method: string, route: string, status: number, seconds: number): void;
  render(): string;
}

export function createMetrics(): Metrics {
  const series = new Map<string, Series>();
  const started = Date.now();
  return {
    observe(method, route, status, seconds) {
      const key = `method="${method}",route="${escapeLabel(route)}",status="${status}"`;
      let entry = series.get(key);
      if (entry === undefined) {
        entry = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
        series.set(key, entry);
      }
      entry.count += 1;
      entry.sum += seconds;
      for (let i = 0; i < BUCKETS.length; i++)
        if (seconds <= (BUCKETS[i] ?? 0)) entry.buckets[i] = (entry.buckets[i] ?? 0) + 1;
    },
    render() {
      const memory = process.memoryUsage();
      const lines = [
        '# HELP vigie_http_requests_total HTTP requests answered, by method, route pattern and status.',
        '# TYPE vigie_http_requests_total counter',
        ...[...series].map(([labels, s]) => `vigie_http_requests_total{${labels}} ${s.count}`),
        '# HELP vigie_http_request_duration_seconds Time to answer, by method, route pattern and status.',
        '# TYPE vigie_http_request_duration_seconds histogram',
        ...[...series].flatMap(([labels, s]) => [
          ...BUCKETS.map((le, i) => `vigie_http_request_duration_seconds_bucket{${labels},le="${le}"} ${s.buckets[i]}`),
          `vigie_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`,
          `vigie_http_request_duration_seconds_sum{${labels}} ${s.sum}`,
          `vigie_http_request_duration_seconds_count{${labels}} ${s.count}`,
        ]),
        '# HELP process_resident_memory_bytes Resident memory size in bytes.',
        '# TYPE process_resident_memory_bytes gauge',
        `process_resident_memory_bytes ${memory.rss}`,
        '# HELP nodejs_heap_used_bytes V8 heap in use, in bytes.',
        '# TYPE nodejs_heap_used_bytes gauge',
        `nodejs_heap_used_bytes ${memory.heapUsed}`,
        '# HELP process_uptime_seconds Seconds since the server started.',
        '# TYPE process_uptime_seconds gauge',
        `process_uptime_seconds ${(Date.now() - started) / 1000}`,
        '',
      ];
      return lines.join('\n');
    },
  };
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Times every answered request under its route pattern (unknown URLs are counted under one label). */
export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.is404 ? 'unknown' : (request.routeOptions.url ?? 'unknown');
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
