// Invitation codes: 8 characters without look-alikes (no 0/O, 1/I/L), shown once as a
// QR code, usable once, expiring after a configured number of days.
import crypto from 'node:crypto'
import type { InvitationView } from '../../domain'
import type { Deps } from '../core/deps'
import type { InvitationDoc } from '../store/docs'
import { pageLink } from '../../domain'

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function newInviteCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('')
}

export const normalizeCode = (code: string) => code.trim().toUpperCase()

/** The page an invitation QR code opens; the code travels as its query (or scene). */
export const INVITE_PAGE = pageLink('login')
export const inviteScene = (code: string) => `invite=${code}`
export const invitePath = (code: string) => `${INVITE_PAGE}?${inviteScene(code)}`
const qrFile = (doc: InvitationDoc) => `invites/${doc._id}.png`

/** Makes and stores the scannable image of an invitation, once. */
export async function storeInviteImage(deps: Deps, doc: InvitationDoc, code: string): Promise<string> {
  const stored = await deps.files.put(qrFile(doc), await deps.codes.image(INVITE_PAGE, inviteScene(code)), 'image/png')
  return stored.fileId
}

export async function invitationView(deps: Deps, doc: InvitationDoc): Promise<InvitationView> {
  const code = deps.personal.open(doc.codeEnc)
  return {
    qrUrl: doc.qrFileId && !doc.usedAt && !doc.revokedAt ? await deps.files.tempUrl(doc.qrFileId, 3600) : null,
    id: doc._id,
    kind: doc.kind,
    code,
    path: invitePath(code),
    label: doc.label,
    grants: doc.grants,
    householdId: doc.householdId,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    usedAt: doc.usedAt,
    usedBy: doc.usedBy,
    revokedAt: doc.revokedAt ?? null,
  }
}
