// What the lazy chunks borrow from embed.js, so every screen renders with one Preact instance.

import { Fragment, h } from 'preact';

/** scripts/build-widget.ts resolves the chunks' `preact` imports to these names; missing ones fail the build. */
export const sharedDeps = { Fragment, h };

export type SharedDeps = typeof sharedDeps;
