export declare const BUILD_ENV: { MIMALLOC_PURGE_DELAY: string };
export declare function buildEnv<T extends Record<string, string | undefined>>(env: T): typeof BUILD_ENV & T;
export declare function launch(args: string[], bin?: string): Promise<number>;
