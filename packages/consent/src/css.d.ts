// scripts/build.js loads .css imports as their minified text ('' in the build without CSS)
declare module '*.css' {
  const css: string;
  export default css;
}
