/** The site's Korean name: page titles end with it, and the installed app is called by it. */
export const SITE_NAME = 'AWS 자격증 노트';
export const SITE_SHORT_NAME = 'AWS 노트';
