import { Global, Module } from '@nestjs/common';
import { PiiCipher } from './pii-cipher';

/** Encryption and blind indexes of personal data, available everywhere. */
@Global()
@Module({
  providers: [PiiCipher],
  exports: [PiiCipher],
})
export class PiiModule {}
