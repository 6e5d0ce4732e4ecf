import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export enum TokenKind {
  /** Issued by login; expires. */
  SESSION = 'SESSION',
  /** Personal API token of a developer; named, may not expire. */
  PERSONAL = 'PERSONAL',
}

/** An opaque bearer token, stored only as its SHA-256 hash; revocable and (sessions) expiring. */
@Entity('auth_token')
export class AuthToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @Column({ type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 10 })
  kind!: TokenKind;

  /** For personal tokens: what the developer called it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name!: string | null;

  @CreateDateColumn()
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}

/** A login attempt, kept in the database so the rate limit holds across server instances. */
@Entity('login_attempt')
@Index('IDX_login_attempt_key_at', ['usernameKey', 'attemptedAt'])
@Index('IDX_login_attempt_ip_at', ['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  usernameKey!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'boolean' })
  success!: boolean;

  @Column({ type: 'datetime' })
  attemptedAt!: Date;
}
