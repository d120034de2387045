// Runs before every widget test file: an IntersectionObserver that reports, and each test starts in view.

import { afterEach } from 'vitest';
import { installViewport, resetViewport } from './viewport.ts';

installViewport();
afterEach(resetViewport);
