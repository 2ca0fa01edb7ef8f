/** Sends SMS verification codes; a fake by default, a real SMS gateway later. */
export interface SmsSender {
  sendVerificationCode(phone: string, code: string): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/**
 * The code the fake sender "sends" outside production, so H5 development and end-to-end tests can
 * type it: request a code for any phone, then enter 246810.
 */
export const FAKE_SMS_CODE = '246810';
