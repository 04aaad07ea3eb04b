/*
 * Runs inside the generated service worker (Workbox's generateSW imports it). Workbox
 * versions the precache by itself; the kept pages (every note and tag page opened or saved
 * for offline use) live in a cache named for this build, `self.PAGES_CACHE`, so a page
 * never comes from one build and its chunks from another. A new build carries the kept
 * pages over, fetched fresh, before it offers itself as an update, and on taking over
 * deletes the caches of older builds.
 */
(function () {
  var current = self.PAGES_CACHE;
  var isOlder = function (name) {
    return name.indexOf('pages-') === 0 && name !== current;
  };

  function carryOver() {
    return caches.keys().then(function (names) {
      var older = names.filter(isOlder);
      return Promise.all(older.map(function (name) {
        return caches.open(name).then(function (cache) { return cache.keys(); });
      })).then(function (lists) {
        var urls = [];
        lists.forEach(function (requests) {
          requests.forEach(function (request) {
            if (urls.indexOf(request.url) < 0) urls.push(request.url);
          });
        });
        return caches.open(current).then(function (cache) {
          var next = 0;
          function worker() {
            if (next >= urls.length) return Promise.resolve();
            var url = urls[next++];
            // A page since removed from the vault answers 404 and is not carried.
            return fetch(url, { cache: 'no-cache' })
              .then(function (response) { return response.ok ? cache.put(url, response) : undefined; })
              .catch(function () {})
              .then(worker);
          }
          return Promise.all([worker(), worker(), worker(), worker()]);
        });
      });
    });
  }

  self.addEventListener('install', function (event) {
    event.waitUntil(carryOver());
  });
  self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
      return Promise.all(names.filter(isOlder).map(function (name) { return caches.delete(name); }));
    }));
  });
})();
