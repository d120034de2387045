// Stylesheets are imported as minified text (`?inline`, bundled by scripts/build-widget.ts and by Vite in tests).

declare module '*.css?inline' {
  const css: string;
  export default css;
}
