/** Types for subset-font 2.9 (the DefinitelyTyped package lags behind: no keepFeatures), only what we use. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** OpenType feature tags to keep (default: all). */
    keepFeatures?: string[];
    /** Pin an axis to a value, or keep a part of it. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}

/** fontverter 2 (subset-font's own converter), used by the tests to read a WOFF2 file as TrueType. */
declare module 'fontverter' {
  export function convert(font: Buffer, format: 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
