/* Follows long work to its end: every [data-progress] element polls its URL ({total, done, failed, ended}) once a
 * second and updates its <progress> bar and status text until the work has ended. */
(function () {
  'use strict';
  function follow(box) {
    if (box.dataset.following) { return; }
    box.dataset.following = 'true';
    var bar = box.querySelector('progress');
    var status = box.querySelector('.progress-status');
    var ended = box.querySelector('.progress-ended');
    function poll() {
      fetch(box.dataset.progress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          bar.max = Math.max(p.total, 1);
          bar.value = p.done;
          status.textContent = status.dataset.template.replace('{0}', p.done).replace('{1}', p.total).replace('{2}', p.failed);
          if (p.ended) { ended.classList.remove('hidden'); } else { setTimeout(poll, 1000); }
        });
    }
    poll();
  }
  function start() { document.querySelectorAll('[data-progress]').forEach(follow); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
