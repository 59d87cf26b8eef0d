// Every portal form (the layout loads this on every page): once a form is submitted its submit buttons are disabled
// and the pressed one spins, so a second click while the server works (2–4 s for a submission) posts nothing again.
// Without JavaScript the forms work as before. A page the browser brings back from its back-forward cache is usable again.
(function () {
  'use strict';
  var BUTTONS = 'button[type=submit], button:not([type]), input[type=submit]';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    // a form that starts something with a deadline asks first (data-confirm holds the question)
    var question = form.getAttribute('data-confirm');
    if (question && !form.hasAttribute('data-busy') && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    // a handler of the page's own (a confirmation, a script that posts itself) has the last word
    if (event.defaultPrevented || form.target === '_blank') {
      return;
    }
    if (form.hasAttribute('data-busy')) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-busy', '');
    form.setAttribute('aria-busy', 'true');
    var pressed = event.submitter;
    // disabled at once, the pressed button's name and value (save or submit) would drop out of the post
    setTimeout(function () {
      form.querySelectorAll(BUTTONS).forEach(function (button) { button.disabled = true; });
      if (pressed) {
        pressed.classList.add('busy');
      }
    }, 0);
  });

  // a "select all" box ticks or clears every box of its form named as its data-select-all says
  document.addEventListener('change', function (event) {
    var all = event.target;
    var name = all.getAttribute && all.getAttribute('data-select-all');
    if (!name || !all.form) {
      return;
    }
    all.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
      box.checked = all.checked;
    });
  });

  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll('form[data-busy]').forEach(function (form) {
      form.removeAttribute('data-busy');
      form.removeAttribute('aria-busy');
      form.querySelectorAll(BUTTONS).forEach(function (button) {
        button.disabled = false;
        button.classList.remove('busy');
      });
    });
  });

  // print buttons and selects that submit their form, wired here: the Content-Security-Policy forbids inline handlers
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-autosubmit]') && event.target.form) {
      event.target.form.submit();
    }
  });
  // the menu's groups: opening one closes the others; a click outside the menu or Escape closes it
  document.addEventListener('toggle', function (event) {
    var menu = event.target;
    if (menu.matches && menu.matches('details.menu') && menu.open) {
      document.querySelectorAll('details.menu[open]').forEach(function (other) {
        if (other !== menu) {
          other.open = false;
        }
      });
    }
  }, true);
  function closeMenus(except) {
    document.querySelectorAll('details.menu[open]').forEach(function (menu) {
      if (!except || !menu.contains(except)) {
        menu.open = false;
      }
    });
  }
  document.addEventListener('click', function (event) { closeMenus(event.target); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeMenus(null);
    }
  });
  // a file picker (fragments/layout :: filePicker) names the chosen file beside its button
  document.addEventListener('change', function (event) {
    var input = event.target;
    var picker = input.closest && input.closest('.file-picker');
    if (!picker || input.type !== 'file') {
      return;
    }
    var name = picker.querySelector('.file-name');
    var files = Array.prototype.map.call(input.files, function (file) { return file.name; });
    name.textContent = files.length ? files.join(', ') : name.getAttribute('data-none');
  });
})();
