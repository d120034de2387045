// What the lazy chunks borrow from embed.js, so every screen renders with one Preact instance.

import { Fragment } from 'preact';
import { jsx, jsxs } from 'preact/jsx-runtime';

/** scripts/build-widget.ts resolves the chunk's `preact*` imports to these names; missing ones fail the build. */
export const sharedDeps = { Fragment, jsx, jsxs };

export type SharedDeps = typeof sharedDeps;
