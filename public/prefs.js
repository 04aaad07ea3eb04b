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
  // A note's next unanswered question (after the one in focus, else below the top of the window, else its first): Q and the skip link go there.
  function toQuiz(event) {
    var current = event.target.closest && event.target.closest('.quiz');
    var quizzes = [].slice.call(document.querySelectorAll('.note .quiz[data-phase=answering]'));
    var next = quizzes.filter(function (each) {
      return current ? current.compareDocumentPosition(each) & Node.DOCUMENT_POSITION_FOLLOWING : each.getBoundingClientRect().bottom > 0;
    });
    var quiz = next[0] || quizzes[0];
    var input = quiz && (quiz.querySelector('input:checked') || quiz.querySelector('input'));
    if (!input) return;
    event.preventDefault();
    input.focus();
  }
  addEventListener('keydown', function (event) {
    var target = event.target;
    var box = document.getElementById('site-search');
    // A field that takes text; an option's radio or checkbox does not.
    var field = target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || (target.tagName === 'INPUT' && !/^(radio|checkbox)$/.test(target.type));
    var slash = event.key === '/' && !field;
    if (box && box.offsetParent && (slash || ((event.ctrlKey || event.metaKey) && event.key === 'k'))) {
      event.preventDefault();
      box.select();
    } else if (event.key.toLowerCase() === 'q' && !field && !event.altKey && !event.ctrlKey && !event.metaKey) toQuiz(event);
  });
  addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('.skip-quiz')) toQuiz(event);
  });
  if (root.classList.contains('web-font')) return;
  addEventListener('load', function () {
    var script = document.createElement('script');
    script.src = '/font-warm.js';
    document.head.appendChild(script);
  });
})();
