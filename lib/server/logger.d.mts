import type { Logger } from "pino";
export function withoutQueries(text: string): string;
export function logLevel(env?: Record<string, string | undefined>): string;
export function logger(): Logger;
