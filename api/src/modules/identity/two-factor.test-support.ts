/** Helpers of the two-factor tests: codes computed from the secret the API handed out, as an app would. */
import { generate } from 'otplib';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { TEST_PASSWORD } from '../../../../tests/support/builders.js';

export const START = `mutation($input: StartTwoFactorSetupInput!) { startTwoFactorSetup(input: $input) { secret otpauthUri qrCodeDataUrl } }`;
export const CONFIRM = `mutation($input: ConfirmTwoFactorSetupInput!) { confirmTwoFactorSetup(input: $input) { codes } }`;
export const DISABLE = `mutation($input: DisableTwoFactorInput!) { disableTwoFactor(input: $input) }`;
export const REGENERATE = `mutation($input: RegenerateRecoveryCodesInput!) { regenerateRecoveryCodes(input: $input) { codes } }`;
export const RESET = `mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) { id } }`;
export const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  accessToken refreshToken secondFactor { challenge expiresAt } me { id twoFactorSetupRequired } } }`;
export const COMPLETE = `mutation($input: CompleteTwoFactorLoginInput!) { completeTwoFactorLogin(input: $input) { accessToken me { id } } }`;
export const STATUS = `{ me { twoFactorSetupRequired twoFactor { enabled enabledAt recoveryCodesLeft required } } }`;

const STEP_SECONDS = 30;

/**
 * The 30-second step now, waiting first when a step boundary is less than 6 seconds ahead or 2 behind,
 * so that a test's codes of steps base-1 … base+1 all stay inside the accepted window while it runs.
 */
export async function stepBase(): Promise<number> {
  for (;;) {
    const into = (Date.now() / 1000) % STEP_SECONDS;
    if (into >= 2 && into <= STEP_SECONDS - 6) return Math.floor(Date.now() / 1000 / STEP_SECONDS);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The app's code of a time step. */
export const codeOf = (secret: string, step: number): Promise<string> =>
  generate({ secret, epoch: step * STEP_SECONDS + 1 });

/**
 * Turns two-factor login on for the client's account with the code of step `base - 1` (so that `base`
 * and `base + 1` are left for the test). Returns the secret and the recovery codes.
 */
export async function enableTwoFactor(
  staff: GraphQLClient,
  base: number,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { startTwoFactorSetup } = await staff.ok(START, { input: { password: TEST_PASSWORD } });
  const secret = startTwoFactorSetup.secret as string;
  const { confirmTwoFactorSetup } = await staff.ok(CONFIRM, { input: { code: await codeOf(secret, base - 1) } });
  return { secret, recoveryCodes: confirmTwoFactorSetup.codes };
}
