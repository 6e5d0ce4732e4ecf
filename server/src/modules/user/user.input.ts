import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Role } from './user.entity';

@InputType({ description: 'Nuovo utente.' })
export class CreateUserInput {
  @Field({ description: 'Nome utente (login), kept in lower case: mario.rossi.' })
  username!: string;

  @Field({ description: 'Nome e cognome.' })
  displayName!: string;

  @Field(() => Role, { description: 'Ruolo of the new user.' })
  role!: Role;

  @Field({ description: 'At least 10 characters.' })
  password!: string;
}

@InputType({ description: 'Modifiche a un utente: only the fields given change.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'Global id of the user.' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'Nuovo ruolo.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables the user: it cannot sign in and its tokens are refused.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Nome e cognome.' })
  displayName?: string | null;
}

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Nome utente (login); case does not matter.' })
  username!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field({ description: 'What the token is for: "excel-mario".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (1–3650); omitted: it never expires.' })
  expiresInDays?: number | null;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => ID, { description: 'Global id of the user.' })
  userId!: string;

  @Field({ description: 'The new password, at least 10 characters.' })
  password!: string;
}

@ArgsType()
export class AssignCentersArgs {
  @Field(() => ID, { description: 'Global id of the user (an EDITOR).' })
  userId!: string;

  @Field(() => [String], { description: 'The CdRs, replacing the current ones: global ids, codes (09_UO_2020) or codes used by documents (09_U_P3).' })
  centers!: string[];
}
