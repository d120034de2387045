// The JSX factory scripts/build-widget.ts injects into every bundle: Preact's h(), which bundles smaller than jsx().

export { Fragment, h } from 'preact';
