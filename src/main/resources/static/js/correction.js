// 补正: shows the notice at the top of the page and marks the inputs it names. A field is found by its name, as the
// name of its inputs or their prefix (officers[0].name), by an element's id, or by a data-field attribute; the
// approval forms of the progress section (their reason inputs) are not the application's.
(function () {
  var notice = document.getElementById('correction-notice');
  if (!notice) {
    return;
  }
  var main = document.querySelector('main');
  var heading = main && main.querySelector('h1');
  if (heading) {
    heading.after(notice);
  }
  function ofTheApplication(el) {
    return !notice.contains(el) && !el.closest('section.progress');
  }
  notice.getAttribute('data-fields').split(' ').filter(Boolean).forEach(function (field) {
    var marked = Array.prototype.filter.call(document.querySelectorAll('[name], [data-field]'), function (el) {
      var name = el.getAttribute('name') || '';
      return ofTheApplication(el) && (name === field || name.indexOf(field + '.') === 0 || name.indexOf(field + '[') === 0
          || el.getAttribute('data-field') === field);
    });
    var byId = document.getElementById(field);
    if (byId && ofTheApplication(byId)) {
      marked.push(byId);
    }
    marked.forEach(function (el) {
      (el.closest('.field, tr, section') || el).classList.add('to-correct');
    });
  });
}());
