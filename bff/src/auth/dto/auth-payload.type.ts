import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MeType } from '../../users/dto/me.type';

@ObjectType('AuthPayload', { description: 'The tokens of a new or refreshed session' })
export class AuthPayloadType {
  @Field({
    description: 'Send as `Authorization: Bearer <accessToken>`; valid for expiresIn seconds',
  })
  accessToken: string;

  @Field({
    description:
      'Exchange for new tokens with refreshSession before 30 days pass; works once (rotated)',
  })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn: number;

  @Field(() => MeType)
  user: MeType;
}
