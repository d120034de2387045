// Copies public/ into dist/assets/ and writes its _headers: files the assets layer serves before the Worker runs.

import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url).pathname;
const ASSETS_DIR = `${ROOT}dist/assets/`;

/**
 * Workers static assets skip the Worker and its middleware, so their headers are declared here
 * (https://developers.cloudflare.com/workers/static-assets/headers/). Rules are merged per path;
 * no header appears in two rules that match the same file, which would join their values.
 */
export const ASSET_HEADERS = `# Written by scripts/build-static.ts on every build: edit it there.
# Any site may load the widget: CORP cross-origin for <script src>, CORS for module chunks.
/*
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
  X-Content-Type-Options: nosniff

# Host pages keep this one address, so a fix must reach them within minutes.
/embed.js
  Cache-Control: public, max-age=300, stale-while-revalidate=604800

# Named by content hash: a new build brings new names, so these never change.
/w/*
  Cache-Control: public, max-age=31536000, immutable

/pages/*
  Cache-Control: public, max-age=300
`;

export function buildStatic(): number {
  mkdirSync(ASSETS_DIR, { recursive: true });
  const source = `${ROOT}public/`;
  if (existsSync(source)) cpSync(source, ASSETS_DIR, { recursive: true });
  writeFileSync(`${ASSETS_DIR}_headers`, ASSET_HEADERS);
  return ASSET_HEADERS.split('\n').filter((line) => line.startsWith('/')).length;
}
