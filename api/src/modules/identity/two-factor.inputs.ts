import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';

@InputType()
export class StartTwoFactorSetupInput {
  @Field(() => String, { description: 'The current password.' }) password!: string;
}

@InputType()
export class ConfirmTwoFactorSetupInput {
  @Field(() => String, { description: 'The 6-digit code the app shows now.' }) code!: string;
}

@InputType({ description: 'Give either `code` (from the app) or `recoveryCode`.' })
export class DisableTwoFactorInput {
  @Field(() => String) password!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) recoveryCode?: string | null;
}

@InputType()
export class RegenerateRecoveryCodesInput {
  @Field(() => String, { description: 'The 6-digit code the app shows now.' }) code!: string;
}

@InputType()
export class ResetTwoFactorInput {
  @Field(() => ID) counsellorId!: string;
}

@InputType({ description: 'Give either `code` (from the app) or `recoveryCode` (each works once).' })
export class CompleteTwoFactorLoginInput {
  @Field(() => String, { description: 'From `login { secondFactor { challenge } }`.' }) challenge!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) recoveryCode?: string | null;
}

@ObjectType({ description: 'What an authenticator app needs; nothing is active until confirmed with a code.' })
export class TwoFactorSetup {
  @Field(() => String, { description: 'Base32 secret, for typing into the app instead of scanning.' })
  secret!: string;
  @Field(() => String) otpauthUri!: string;
  @Field(() => String, { description: 'The QR code of `otpauthUri` as an SVG data URL (for an <img>).' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'New recovery codes: shown this once, stored only hashed; each works once.' })
export class RecoveryCodes {
  @Field(() => [String]) codes!: string[];
}

@ObjectType()
export class TwoFactorStatus {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Date, { nullable: true }) enabledAt?: Date | null;
  @Field(() => Int, { description: 'Unused recovery codes.' }) recoveryCodesLeft!: number;
  @Field(() => Boolean, { description: 'The organisation requires two-factor login of its staff.' })
  required!: boolean;
}

// Spaces are allowed in codes as apps show them ("123 456"); they do not count.
const code = z
  .string()
  .max(20, 'At most 20 characters')
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your app'));
const recoveryCode = z.string().trim().min(1, 'Enter a recovery code').max(40, 'At most 40 characters');
const password = z.string().min(1, 'Enter your password').max(200, 'At most 200 characters');

const factor = { code: code.nullish(), recoveryCode: recoveryCode.nullish() };
/** Exactly one of code and recovery code. */
const oneFactor = (v: { code?: string | null; recoveryCode?: string | null }) => !!v.code !== !!v.recoveryCode;
const oneFactorProblem = { message: 'Give either the code from your app or a recovery code', path: ['code'] };

export const StartSetupSchema = z.object({ password });
export const CodeSchema = z.object({ code });
export const DisableSchema = z.object({ password, ...factor }).refine(oneFactor, oneFactorProblem);
export const ResetSchema = z.object({ counsellorId: rules.id });
export const CompleteLoginSchema = z
  .object({ challenge: z.string().min(16).max(100), ...factor })
  .refine(oneFactor, oneFactorProblem);
