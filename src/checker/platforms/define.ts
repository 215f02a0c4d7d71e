import type { Platform } from './types.ts';

/** Identity helper so each platform module is type-checked against `Platform` where it is written. */
export const definePlatform = <const P extends Platform>(platform: P): P => platform;
