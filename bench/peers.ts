// Peer embeds: the gzipped size of what a host page must load for each, measured from their npm packages.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Sized, sized, sumSized } from './lib/sizes.ts';

const PEERS_DIR = new URL('./peers/', import.meta.url).pathname;
const MODULES = join(PEERS_DIR, 'node_modules');

export type PeerFigure = {
  name: string;
  version: string;
  files: (Sized & { path: string })[];
  total: Sized;
  notCounted: string;
};

/** The files a host page loads for each peer's own documented embed, and what that leaves out. */
const PEERS: { name: string; pkg: string; files: string[]; notCounted: string }[] = [
  {
    name: '@typeform/embed (inline widget)',
    pkg: '@typeform/embed',
    files: ['@typeform/embed/build/embed.js', '@typeform/embed/build/css/widget.css'],
    notCounted: 'the form itself, which loads in an iframe from typeform.com',
  },
  {
    name: 'h5p-standalone (player)',
    pkg: 'h5p-standalone',
    files: [
      'h5p-standalone/dist/main.bundle.js',
      'h5p-standalone/dist/frame.bundle.js',
      'h5p-standalone/dist/styles/h5p.css',
    ],
    notCounted: 'the content type libraries (e.g. H5P.MultiChoice), the content JSON and fonts',
  },
  {
    name: 'SurveyJS (survey-core + survey-js-ui)',
    pkg: 'survey-core',
    files: ['survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js', 'survey-core/survey-core.min.css'],
    notCounted: 'the survey JSON and translations',
  },
];

/** Installs the pinned peers into bench/peers/ only: scripts off (h5p-standalone's preinstall would fail), root lockfile untouched. */
function install(): void {
  if (PEERS.every((p) => existsSync(join(MODULES, p.pkg, 'package.json')))) return;
  const command = existsSync(join(PEERS_DIR, 'package-lock.json')) ? 'ci' : 'install';
  // npm runs on the same Node as this script, whatever an older `node` on PATH says.
  const PATH = [dirname(process.execPath), process.env.PATH].join(':');
  const result = spawnSync('npm', [command, '--prefix', PEERS_DIR, '--ignore-scripts', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, PATH },
  });
  if (result.status !== 0) throw new Error(`npm ${command} in bench/peers failed with ${result.status}`);
}

export function measurePeers(): PeerFigure[] {
  install();
  return PEERS.map((peer) => {
    const files = peer.files.map((path) => ({ path, ...sized(readFileSync(join(MODULES, path))) }));
    const { version } = JSON.parse(readFileSync(join(MODULES, peer.pkg, 'package.json'), 'utf8')) as {
      version: string;
    };
    return { name: peer.name, version, files, total: sumSized(files), notCounted: peer.notCounted };
  });
}

if (import.meta.main) console.log(JSON.stringify(measurePeers(), null, 2));
