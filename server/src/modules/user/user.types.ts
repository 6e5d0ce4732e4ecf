import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { AuthToken } from './auth-token.entity';
import { User } from './user.entity';

/** The answer to login: a session token, shown only here. */
@ObjectType({ description: 'Esito dell\'accesso: il token di sessione (mostrato solo qui) e l\'utente.' })
export class LoginPayload {
  @Field({ description: 'Bearer token: send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field({ description: 'When the session ends.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'Utente che ha effettuato l\'accesso.' })
  user!: User;
}

/** A personal API token as its owner sees it: never the secret. */
@ObjectType({ description: 'Token personale per le API (per sviluppatori): il segreto non è mai mostrato di nuovo.' })
export class ApiToken {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field({ description: 'Nome scelto dallo sviluppatore, es. "excel-mario".' })
  name!: string;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: never expires.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last request made with it (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null: still valid (unless expired).' })
  revokedAt!: Date | null;
}

/** A personal API token just created, with its secret. */
@ObjectType({ description: 'Token personale appena creato: il segreto è mostrato solo questa volta.' })
export class CreatedApiToken {
  @Field({ description: 'The secret: copy it now, pegaso keeps only its hash.' })
  token!: string;

  @Field(() => ApiToken, { description: 'The token record as listed by apiTokens.' })
  apiToken!: ApiToken;
}

/** The GraphQL view of a personal token record. */
export function toApiToken(t: AuthToken): ApiToken {
  return { id: toGlobalId('ApiToken', t.id), name: t.name ?? '', createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt };
}
