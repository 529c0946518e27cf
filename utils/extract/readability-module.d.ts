// Types for the class file imported on its own by utils/extract/readability.ts.
declare module '@mozilla/readability/Readability.js' {
  const Readability: unknown;
  export default Readability;
}
