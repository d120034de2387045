// Finds free local ports, starting from a preferred one, so several checkouts can run the suite side by side.

import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(preferred: number, avoid: number[] = []): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    if (!avoid.includes(port) && (await isFree(port))) return port;
  }
  throw new Error(`[e2e] no free port between ${preferred} and ${preferred + 199}`);
}
