// Runs before the page paints: the saved (or system) theme and language, so neither flashes.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('aws-notes/theme');
    var dark = theme ? theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    var lang = localStorage.getItem('aws-notes/lang');
    if (lang === 'en' || lang === 'ko') root.lang = lang;
  } catch {
    // No storage (private mode): the defaults stand.
  }
})();
