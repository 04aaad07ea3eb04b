(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('aws-notes/theme');
    var dark = theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    var lang = localStorage.getItem('aws-notes/lang');
    if (lang === 'en' || lang === 'ko') root.lang = lang;
    if (localStorage.getItem('aws-notes/web-font') === 'cached') root.classList.add('web-font');
    if (localStorage.getItem('aws-notes/translations') === 'shown') root.classList.add('show-translations');
  } catch {}
  addEventListener('keydown', function (event) {
    var target = event.target;
    var box = document.getElementById('site-search');
    var slash = event.key === '/' && !(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (box && box.offsetParent && (slash || ((event.ctrlKey || event.metaKey) && event.key === 'k'))) {
      event.preventDefault();
      box.select();
    }
  });
  if (root.classList.contains('web-font')) return;
  addEventListener('load', function () {
    var script = document.createElement('script');
    script.src = '/font-warm.js';
    document.head.appendChild(script);
  });
})();
