import autocannon from 'autocannon';

/** autocannon against one URL (after a short warm-up), with the headers a browser would send. */
export async function loadTest(url, { connections, duration }) {
  const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html', 'accept-language': 'de-CH,de;q=0.9' };
  for (let i = 0; i < 5; i++) await fetch(url, { headers, signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer()).catch(() => {});
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  return {
    url,
    connections,
    duration,
    requests: result.requests.total,
    rps: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(['1xx', '2xx', '3xx', '4xx', '5xx'].map((k) => [k, result[k]])),
  };
}
