import type { RoundError } from '@/components/sync/sync-runner';
import type { SyncMessageKey } from '@/components/sync/sync-message';

/** What each failure tells the student: the cause in their terms and what to do. */
export const SYNC_ERROR_MESSAGES: Record<RoundError | 'not-a-url' | 'not-https' | 'missing', SyncMessageKey> = {
  'wrong-password': 'syncErrorWrongPassword',
  forbidden: 'syncErrorForbidden',
  unauthorized: 'syncErrorSignedOut',
  'signed-out': 'syncErrorSignedOut',
  unreachable: 'syncErrorUnreachable',
  cors: 'syncErrorCors',
  'cookie-blocked': 'syncErrorCookieBlocked',
  'no-database': 'syncErrorNoDatabase',
  'server-full': 'syncErrorServerFull',
  'too-large': 'syncErrorTooLarge',
  'server-error': 'syncErrorServer',
  'bad-reply': 'syncErrorBadReply',
  'device-error': 'syncErrorDevice',
  'not-a-url': 'syncErrorNotUrl',
  'not-https': 'syncErrorNotHttps',
  missing: 'syncErrorMissing',
};
