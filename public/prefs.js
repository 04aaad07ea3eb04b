// Runs before the page paints: the saved (or system) theme and language, so neither flashes,
// and the web font once it is cached.
(function () {
  var root = document.documentElement;
  var FONT_KEY = 'aws-notes/web-font';
  try {
    var theme = localStorage.getItem('aws-notes/theme');
    var dark = theme ? theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    var lang = localStorage.getItem('aws-notes/lang');
    if (lang === 'en' || lang === 'ko') root.lang = lang;
    if (localStorage.getItem(FONT_KEY) === 'cached') root.classList.add('web-font');
  } catch {
    // No storage (private mode): the defaults stand.
  }

  // First visit: once the page is loaded and idle, fetch the Pretendard subsets this page's
  // text needs into the HTTP cache, so the next page can use them from its first paint.
  function warmFont() {
    if (!document.fonts || root.classList.contains('web-font')) return;
    var main = document.querySelector('main');
    var text = main ? Array.from(new Set(main.textContent)).join('') : '';
    Promise.all([
      document.fonts.load('400 1em "Pretendard Variable"', text),
      document.fonts.load('700 1em "Pretendard Variable"', text),
    ]).then(
      function () {
        try {
          localStorage.setItem(FONT_KEY, 'cached');
        } catch {
          // Without storage every page stays on the system font.
        }
      },
      function () {},
    );
  }
  // Only after the first paint and the load event, so the fonts never compete with this page.
  function afterFirstPaint(callback) {
    if (!window.PerformanceObserver) return setTimeout(callback, 3000);
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      callback();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  window.addEventListener('load', function () {
    afterFirstPaint(function () {
      var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1000); };
      setTimeout(function () {
        idle(warmFont);
      }, 1000);
    });
  });
})();
