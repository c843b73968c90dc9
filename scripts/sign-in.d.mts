export interface SignInAttempt {
  status: number;
  retryAfter: number | null;
  session: string | null;
}
export function attemptSignIn(
  base: string,
  user: readonly [string, string, ...string[]],
  headers?: Record<string, string>,
): Promise<SignInAttempt>;
export function signInAs(base: string, user: readonly [string, string, ...string[]]): Promise<string>;
