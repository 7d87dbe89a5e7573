// Types for build.mjs (plain JavaScript so it runs before anything is built), for the tests that import it.
export declare const ROOT: string;
export declare const CLI_DIR: string;
export declare const CLI_BUNDLE: string;
export declare function bundleIsStale(): boolean;
export declare function buildCli(): Promise<void>;
export declare function buildWeb(root?: string): Promise<void>;
export declare function webIsStale(root?: string): boolean;
