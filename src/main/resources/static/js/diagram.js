/* The diagram of an application's process on its page: passed steps, the current step and the path taken. */
(function () {
  'use strict';
  var holder = document.querySelector('.app-diagram[data-source]');
  if (!holder) { return; }
  var canvas = holder.querySelector('.diagram-canvas');
  function ids(name) { return (holder.dataset[name] || '').split(',').filter(Boolean); }
  var script = document.createElement('script');
  script.src = holder.dataset.vendor + 'modeling-bpmn-viewer.js';
  script.onload = function () {
    fetch(holder.dataset.source, { headers: { Accept: 'application/xml' }, credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (xml) {
        var viewer = window.SocietyFlowModeling.bpmnViewer(canvas);
        return viewer.importXML(xml).then(function () {
          viewer.highlight({ completed: ids('completed'), current: ids('current'), flows: ids('taken') });
          canvas.dataset.ready = 'true';
        });
      });
  };
  document.head.appendChild(script);
})();
