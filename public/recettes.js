/* global window, caches, indexedDB */
// Clears the data this site keeps in the browser when the previous page asked for it.
(function () {
  'use strict';
  if (window.name !== 'clear-site-data') return;
  window.name = '';
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // Storage may be disabled: nothing to clear.
  }
  if (window.caches) {
    caches.keys().then(function (keys) {
      return Promise.all(keys.map(function (key) { return caches.delete(key); }));
    });
  }
  if (navigator.serviceWorker) {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      return Promise.all(registrations.map(function (registration) { return registration.unregister(); }));
    });
  }
  if (indexedDB.databases) {
    indexedDB.databases().then(function (databases) {
      databases.forEach(function (database) {
        if (database.name) indexedDB.deleteDatabase(database.name);
      });
    });
  }
})();
