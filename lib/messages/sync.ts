/*
 * UI text of the device sync: the header's quiet status (loaded only when sync is on) and
 * the "기기 동기화" section of /stats/.
 */

export const syncMessages = {
  syncHeading: { ko: '기기 동기화', en: 'Sync between devices' },
  syncHint: {
    ko: '휴대폰과 노트북에서 같은 기록으로 공부하세요. 풀이 기록을 내 CouchDB 서버의 내 데이터베이스와 주고받습니다. 비밀번호는 저장하지 않습니다.',
    en: 'Study with one record on your phone and your laptop. Your answers are exchanged with your own database on your CouchDB server. The password is never stored.',
  },
  syncServer: { ko: '서버 주소', en: 'Server address' },
  syncServerHint: { ko: '예: https://내-사이트/couch/ (README의 설정 참고)', en: 'e.g. https://your-site/couch/ (see the README)' },
  syncName: { ko: '사용자 이름', en: 'User name' },
  syncPassword: { ko: '비밀번호', en: 'Password' },
  syncAdvanced: { ko: '고급', en: 'Advanced' },
  syncDatabase: { ko: '데이터베이스 (선택)', en: 'Database (optional)' },
  syncDatabaseHint: {
    ko: '비워 두면 CouchDB의 사용자별 데이터베이스(couch_peruser)를 씁니다.',
    en: 'Leave empty for CouchDB’s per-user database (couch_peruser).',
  },
  syncSignIn: { ko: '로그인하고 동기화', en: 'Sign in and sync' },
  syncSigningIn: { ko: '로그인하는 중…', en: 'Signing in…' },
  syncSignOut: { ko: '로그아웃', en: 'Sign out' },
  syncSignedOutKept: { ko: '로그아웃했습니다. 이 기기의 기록은 그대로 있습니다.', en: 'Signed out. The record on this device stays as it is.' },
  syncNow: { ko: '지금 동기화', en: 'Sync now' },
  syncSignedInAs: { ko: '{name} 계정으로 동기화 중', en: 'Syncing as {name}' },
  syncOn: { ko: '서버', en: 'Server' },
  syncDatabaseLabel: { ko: '데이터베이스', en: 'Database' },
  syncStateLabel: { ko: '상태', en: 'State' },

  syncStatusLabel: { ko: '동기화 상태', en: 'Sync status' },
  syncSyncing: { ko: '동기화 중…', en: 'Syncing…' },
  syncSynced: { ko: '동기화됨', en: 'Synced' },
  syncJustNow: { ko: '방금', en: 'just now' },
  syncMinutesAgo: { ko: '{count}분 전', en: '{count} min ago' },
  syncHoursAgo: { ko: '{count}시간 전', en: '{count} h ago' },
  syncDaysAgo: { ko: '{count}일 전', en: '{count} d ago' },
  syncOffline: { ko: '오프라인', en: 'Offline' },
  syncWaiting: { ko: '{count}개 대기', en: '{count} waiting' },
  syncAllSent: { ko: '모두 보냄', en: 'all sent' },
  syncFailed: { ko: '동기화 안 됨', en: 'Not synced' },
  syncSignInAgain: { ko: '동기화: 다시 로그인', en: 'Sync: sign in again' },
  syncUnread: {
    ko: '서버의 문서 {count}개는 이 앱의 기록으로 읽을 수 없어 그대로 두었습니다.',
    en: '{count} documents on the server do not read as this app’s records; they were left there.',
  },

  syncErrorWrongPassword: { ko: '사용자 이름이나 비밀번호가 맞지 않습니다.', en: 'The user name or password is wrong.' },
  syncErrorForbidden: {
    ko: '이 데이터베이스에 접근할 권한이 없습니다. 다른 사람의 데이터베이스이거나 이름이 틀렸습니다.',
    en: 'You have no access to this database: it is someone else’s, or the name is wrong.',
  },
  syncErrorSignedOut: {
    ko: '서버 로그인이 끝났습니다. 비밀번호를 다시 입력해 주세요. 이 기기의 기록은 그대로 있고 로그인하면 이어서 보냅니다.',
    en: 'The server’s session has ended. Enter your password again; the record here is kept and goes on once you sign in.',
  },
  syncErrorUnreachable: {
    ko: '서버에 연결할 수 없습니다. 주소와 네트워크를 확인하세요. 기록은 이 기기에 남아 있고 연결되면 보냅니다.',
    en: 'The server cannot be reached. Check the address and the network; the record stays here and goes once it connects.',
  },
  syncErrorCors: {
    ko: '서버가 이 사이트의 요청을 받지 않습니다(CORS가 꺼져 있음). 서버의 CORS origins에 {origin}을(를) 넣거나, README처럼 사이트와 같은 주소로 서버를 연결하세요.',
    en: 'The server does not accept requests from this site (CORS is not enabled). Add {origin} to its CORS origins, or serve it from the site’s own address as the README shows.',
  },
  syncErrorCookieBlocked: {
    ko: '이 브라우저가 다른 사이트에 있는 서버의 로그인 쿠키를 막았습니다(Safari 등). 사이트와 같은 주소로 서버를 연결하세요(README의 리버스 프록시).',
    en: 'This browser blocks the login cookie of a server on another site (Safari and others). Serve the server from the site’s own address (the README’s reverse proxy).',
  },
  syncErrorServerFull: {
    ko: '서버의 저장 공간이 가득 찼습니다. 서버 관리자에게 알려 주세요. 기록은 이 기기에 남아 있고 나중에 다시 보냅니다.',
    en: 'The server’s disk is full. Tell its administrator; the record stays here and goes later.',
  },
  syncErrorTooLarge: { ko: '서버가 요청이 너무 크다며 거절했습니다(max_http_request_size).', en: 'The server refused a request as too large (max_http_request_size).' },
  syncErrorNoDatabase: {
    ko: '서버에 이 데이터베이스가 없습니다. couch_peruser가 켜져 있는지, 데이터베이스 이름이 맞는지 확인하세요.',
    en: 'The server has no such database. Check that couch_peruser is enabled, or the database name.',
  },
  syncErrorServer: { ko: '서버가 오류를 보냈습니다. 잠시 뒤 다시 시도합니다.', en: 'The server answered with an error. Trying again shortly.' },
  syncErrorDevice: {
    ko: '이 기기의 저장소가 기록을 받지 못했습니다. 잠시 뒤 다시 시도합니다. 계속되면 저장 공간을 확인하세요.',
    en: 'This device’s storage did not take the records. Trying again shortly; if it goes on, check the free space.',
  },
  syncErrorBadReply: { ko: 'CouchDB 서버의 응답이 아닙니다. 주소를 확인하세요.', en: 'That is not a CouchDB server’s answer. Check the address.' },
  syncErrorNotUrl: { ko: '서버 주소가 올바르지 않습니다. https://로 시작하는 주소를 넣으세요.', en: 'The server address is not valid. Enter one that starts with https://.' },
  syncErrorNotHttps: {
    ko: '비밀번호는 https:// 주소로만 보냅니다(이 컴퓨터의 localhost는 예외).',
    en: 'The password is sent only over https:// (except to localhost on this computer).',
  },
  syncErrorMissing: { ko: '서버 주소, 사용자 이름, 비밀번호를 모두 넣으세요.', en: 'Enter the server address, user name and password.' },
} as const;
