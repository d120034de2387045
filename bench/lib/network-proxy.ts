// A local TLS + HTTP/2 front with a network model (round trip, downlink), so a bench pays handshakes as a reader does.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { type Http2ServerRequest, type Http2ServerResponse, createSecureServer } from 'node:http2';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';

/** A network between the reader and every origin: one-way delay is half the round trip. */
export type NetworkModel = { name: string; rttMs: number; downKbps: number | null };

export const NETWORKS: NetworkModel[] = [
  { name: '40 ms RTT', rttMs: 40, downKbps: null },
  { name: '150 ms RTT, 1.6 Mbps', rttMs: 150, downKbps: 1600 },
];

/** What the front answers itself, before asking the upstream: the baseline's files, from the same origin. */
export type StaticFile = { type: string; body: Buffer | string };

/** One request and the connection it came on (numbered from 1 in order of first use since the last reset). */
export type Served = { path: string; connection: number };

export type ProxiedOrigin = {
  origin: string;
  /** TCP connections and HTTP requests since the last reset: a double fetch or a second connection shows here. */
  counts: () => { connections: number; opened: number; requests: number; paths: string[]; served: Served[] };
  reset: () => void;
  stop: () => Promise<void>;
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
const compressed = new Map<string, Buffer>();

/** Brotli for text when the browser takes it, cached by content so the front's CPU stays out of the timings. */
function send(
  req: Http2ServerRequest,
  res: Http2ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): void {
  const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (accepts && body.length > 256 && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
    const key = createHash('sha256').update(body).digest('hex');
    let packed = compressed.get(key);
    if (!packed) {
      packed = brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
      compressed.set(key, packed);
    }
    res.writeHead(status, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' });
    res.end(packed);
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'host']);

/** A self-signed certificate for localhost and 127.0.0.1, made once per checkout with the system's openssl. */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30']
        .concat(['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'])
        .concat(['-keyout', key, '-out', cert]),
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Delivers chunks in order after the model's delay. Downstream chunks also queue behind each other at
 * the downlink's rate, which is what makes a larger file slower on a slow line.
 */
function shaper(send: (chunk: Buffer) => void, delayMs: number, kbps: number | null) {
  const queue: { at: number; chunk: Buffer }[] = [];
  let linkFree = 0;
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    const now = performance.now();
    while (queue[0] && queue[0].at <= now + 0.5) send((queue.shift() as { chunk: Buffer }).chunk);
    if (queue[0]) timer = setTimeout(drain, queue[0].at - now);
  };
  return (chunk: Buffer, extraMs = 0) => {
    const now = performance.now();
    const start = Math.max(now, linkFree);
    linkFree = kbps ? start + (chunk.length * 8) / kbps : start;
    queue.push({ at: linkFree + delayMs + extraMs, chunk });
    if (!timer) timer = setTimeout(drain, Math.max(0, (queue[0] as { at: number }).at - now));
  };
}

/**
 * One origin as a reader far away sees it: `https://<host>:<port>`, HTTP/2 over TLS, every byte delayed by the
 * model. The first bytes of each connection wait one more round trip, standing in for the TCP handshake
 * that loopback does not have. Requests go to `upstream` (an http:// origin) unless `files` has the path.
 */
export async function startProxiedOrigin({
  host,
  upstream,
  network,
  files = {},
  certDir,
}: {
  host: 'localhost' | '127.0.0.1';
  upstream: string;
  network: NetworkModel;
  files?: Record<string, StaticFile>;
  certDir: string;
}): Promise<ProxiedOrigin> {
  let opened = 0;
  let requests = 0;
  let served: Served[] = [];
  // Connections that carried a request, told apart by the front's own end of each: what a reader pays a
  // handshake for. Chromium may open a spare socket while it learns the origin speaks HTTP/2 (`opened`).
  let used: (number | undefined)[] = [];
  const tls = createSecureServer({ ...certificate(certDir), allowHTTP1: true }, (req, res) => {
    requests++;
    if (!used.includes(req.socket.remotePort)) used.push(req.socket.remotePort);
    served.push({ path: req.url, connection: used.indexOf(req.socket.remotePort) + 1 });
    void answer(req, res);
  });
  let origin = '';
  async function answer(req: Http2ServerRequest, res: Http2ServerResponse): Promise<void> {
    const file = files[new URL(req.url, 'https://x').pathname];
    if (file) {
      send(req, res, 200, { 'content-type': file.type, 'cache-control': 'no-store' }, Buffer.from(file.body));
      return;
    }
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name.startsWith(':') || HOP_BY_HOP.has(name) || value === undefined) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // The front compresses, as Cloudflare's edge does, so the bytes on the modelled line are the real ones.
      headers.set('accept-encoding', 'identity');
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const response = await fetch(upstream + req.url, { method: req.method, headers, body, redirect: 'manual' });
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name) && name !== 'content-length') out[name] = value;
      });
      let answer = Buffer.from(await response.arrayBuffer());
      // Pages name the origin they were asked on, which behind this front is the upstream's: name the front's.
      if (/^text\/html/.test(out['content-type'] ?? '')) {
        const { port } = new URL(upstream);
        answer = Buffer.from(
          answer.toString('utf8').replace(new RegExp(`http://(?:127\\.0\\.0\\.1|localhost):${port}`, 'g'), origin),
        );
      }
      send(req, res, response.status, out, answer);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`bench proxy: ${(err as Error).message}`);
    }
  }
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));

  const tlsPort = (tls.address() as { port: number }).port;

  const oneWay = network.rttMs / 2;
  const sockets = new Set<Socket>();
  const front: Server = createServer((client) => {
    opened++;
    const inner = connect(tlsPort, '127.0.0.1');
    for (const s of [client, inner]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => {
        client.destroy();
        inner.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
    const up = shaper((c) => inner.write(c), oneWay, null);
    const down = shaper((c) => client.write(c), oneWay, network.downKbps);
    let first = true;
    client.on('data', (chunk: Buffer) => {
      up(chunk, first ? network.rttMs : 0);
      first = false;
    });
    inner.on('data', (chunk: Buffer) => down(chunk));
    client.on('end', () => inner.end());
    inner.on('end', () => client.end());
  });
  // Both names reach loopback; only the origin string differs, so the page and the embed are two sites.
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  origin = `https://${host}:${(front.address() as { port: number }).port}`;
  return {
    origin,
    counts: () => ({
      connections: used.length,
      opened,
      requests,
      paths: served.map((s) => s.path),
      served: [...served],
    }),
    reset: () => {
      opened = 0;
      requests = 0;
      served = [];
      used = [];
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([
        new Promise<void>((resolve) => front.close(() => resolve())),
        new Promise<void>((resolve) => tls.close(() => resolve())),
      ]);
    },
  };
}
