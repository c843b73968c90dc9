export function baseHeaders(production: boolean): Record<string, string>;
export const NOTHING_POLICY: string;
