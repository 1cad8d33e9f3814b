export declare const MINIMUM: [number, number];
export declare function isSupported(version: string): boolean;
