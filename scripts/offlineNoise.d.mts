// Types of scripts/offlineNoise.mjs, for its unit test.
export declare function createNoiseFilter(): (line: string) => boolean;
