export function signInAs(base: string, user: [string, string]): Promise<string>;
