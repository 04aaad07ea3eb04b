// Loaded by prefs.js after the page has loaded, on a first visit only: once the page has
// painted and the browser is idle, fetch the Pretendard subsets this page's text needs
// into the HTTP cache, so the next page can use them from its first paint.
(function () {
  var root = document.documentElement;

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
          localStorage.setItem('aws-notes/web-font', 'cached');
        } catch {
          // Without storage every page stays on the system font.
        }
      },
      function () {},
    );
  }
  // Only after the first paint, so the fonts never compete with this page.
  function afterFirstPaint(callback) {
    if (!window.PerformanceObserver) return setTimeout(callback, 3000);
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      callback();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  afterFirstPaint(function () {
    var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1000); };
    setTimeout(function () {
      idle(warmFont);
    }, 1000);
  });
})();
