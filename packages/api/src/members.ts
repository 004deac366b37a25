import { ROLES } from '@balanza/model';
import { z } from 'zod';

/** Colours that carry white initials legibly and stay apart from each other. */
export const MEMBER_PALETTE = [
  '#2563eb',
  '#7c3aed',
  '#c026d3',
  '#db2777',
  '#dc2626',
  '#c2410c',
  '#a16207',
  '#15803d',
  '#0f766e',
  '#0369a1',
  '#4f46e5',
  '#475569',
] as const;
export const MEMBER_NAME_MAX = 40;

const role = z.enum(ROLES, { message: `one of ${ROLES.map((name) => `"${name}"`).join(', ')}` });
/** A member's name as the others see it. */
export const memberName = z
  .string({ message: 'a name is text' })
  .trim()
  .min(1, 'type a name so the others know who this is')
  .max(MEMBER_NAME_MAX, `a name is at most ${MEMBER_NAME_MAX} characters`);
/** A member's colour, `#rrggbb`. */
export const memberColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #2f6fdf');

/**
 * One member of a board as everyone on it may see them. `via` is the role link they joined
 * through ("anyone with this link"), null when the facilitator invited them by name.
 */
export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  role,
  createdAt: z.number(),
  lastSeenAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
  via: z.string().nullable(),
  /** The token naming them: only the facilitator is told (to hand the invitation on), and each member their own. */
  token: z.string().nullable(),
});
export type Member = z.infer<typeof memberSchema>;

/** `POST /api/boards/:id/members` (facilitator): invites a person by name with a role. */
export const inviteMemberRequest = z.object({ name: memberName, role, color: memberColor.optional() }).strict();

/** `PATCH /api/boards/:id/members/:memberId`: the facilitator renames, recolours or changes a role; a member renames themself. */
export const updateMemberRequest = z
  .object({ name: memberName.optional(), color: memberColor.optional(), role: role.optional() })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'give a name, a colour or a role to change');

/** An id a joining page may ask for: the ids this app makes (`newId`), or longer ones of the same letters. */
export const MEMBER_ID_PATTERN = /^[a-z0-9]{16,64}$/;

/**
 * `POST /api/boards/:id/join` with a role link's token: the person becomes a member of their own. `id`: the
 * provisional id the page wrote under before it joined (offline); the member gets it when nobody has it
 * ([MEMBER-7]).
 */
export const joinRequest = z
  .object({
    name: memberName,
    color: memberColor.optional(),
    id: z
      .string()
      .regex(MEMBER_ID_PATTERN, 'a provisional member id is 16–64 lower-case letters and digits')
      .optional(),
  })
  .strict();

/** `GET /api/boards/:id/members`. */
export const membersResponse = z.object({ members: z.array(memberSchema) });
/** `POST …/members` → 201 and `POST …/join` → 201: the member and the token that names them. */
export const memberTokenResponse = z.object({ member: memberSchema, token: z.string() });
/** `GET /api/boards/:id/me`: the member a token names (null for a role link nobody has joined through). */
export const meResponse = z.object({ member: memberSchema.nullable(), role });
