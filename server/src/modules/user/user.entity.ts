import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';

export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  CONTROLLER = 'CONTROLLER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Ruolo: VIEWER reads; EDITOR edits the schede of its CdR; CONTROLLER (controllo di gestione) reads all and moves schede through the workflow; ADMIN manages users, imports and reopening.',
  valuesConfig: {
    VIEWER: { description: 'Lettore: reads everything, edits nothing.' },
    EDITOR: { description: 'Redattore: edits the schede of its assigned CdR.' },
    CONTROLLER: { description: 'Controllo di gestione: reads all and moves schede through the workflow.' },
    ADMIN: { description: 'Amministratore: manages users, imports and reopens validated schede.' },
  },
});

/** Utente: a person who signs in to pegaso, with one role. */
@ObjectType({ implements: Node, description: 'Utente di pegaso.' })
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Nome utente (login).' })
  @Column({ type: 'varchar', length: 100, unique: true })
  username!: string;

  @Field({ description: 'Nome e cognome.' })
  @Column({ type: 'varchar', length: 255 })
  displayName!: string;

  /** scrypt hash: "scrypt$N$r$p$salt$hash" (base64). */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Field(() => Role, { description: 'Ruolo: what the user may read and change.' })
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Field({ description: 'A disabled user cannot sign in and its tokens are refused.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn()
  createdAt!: Date;
}

/** The CdRs whose schede an EDITOR may edit. */
@Entity('user_responsibility_center')
@Unique('UQ_user_center', ['userId', 'responsibilityCenterId'])
export class UserResponsibilityCenter {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'int' })
  responsibilityCenterId!: number;

  @ManyToOne(() => ResponsibilityCenter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responsibilityCenterId' })
  responsibilityCenter?: ResponsibilityCenter;
}
