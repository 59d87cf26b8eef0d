/* The admins' model pages: viewer, editor (lint, deploy) and comparison, on the bundle under
 * /vendor/modeling/ (window.SocietyFlowModeling). Loads only the part of the bundle a page needs. */
(function () {
  'use strict';
  // the bundle lives beside this script: /js/modeling.js → /vendor/modeling/ (whatever the context path)
  var vendor = document.currentScript.src.replace(/js\/modeling\.js.*$/, 'vendor/modeling/');
  var loaded = {};

  function load(part) {
    if (!loaded[part]) {
      loaded[part] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = vendor + 'modeling-' + part + '.js';
        script.onload = resolve;
        script.onerror = function () { reject(new Error('cannot load ' + script.src)); };
        document.head.appendChild(script);
      });
    }
    return loaded[part];
  }

  function source(url) {
    return fetch(url, { headers: { Accept: '*/*' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.text();
    });
  }

  function csrf() {
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  var BLANK_BPMN = '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
    'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" ' +
    'id="Definitions_new" targetNamespace="http://societyflow.org/bpmn" ' +
    'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n' +
    '  <bpmn:process id="new-process" name="新流程" isExecutable="true" camunda:historyTimeToLive="3650">\n' +
    '    <bpmn:startEvent id="Start" name="开始"/>\n' +
    '  </bpmn:process>\n' +
    '  <bpmndi:BPMNDiagram id="Diagram_new"><bpmndi:BPMNPlane id="Plane_new" bpmnElement="new-process">\n' +
    '    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="180" y="160" width="36" height="36"/></bpmndi:BPMNShape>\n' +
    '  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n' +
    '</bpmn:definitions>\n';
  var BLANK_DMN = '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" ' +
    'id="Definitions_new" name="新决策" namespace="http://societyflow.org/dmn">\n' +
    '  <decision id="new-decision" name="新决策" camunda:historyTimeToLive="3650">\n' +
    '    <decisionTable id="Table_new"><input id="Input_1" label="输入"><inputExpression id="Expr_1" typeRef="string"><text>input</text></inputExpression></input>\n' +
    '    <output id="Output_1" label="输出" name="output" typeRef="string"/></decisionTable>\n' +
    '  </decision>\n</definitions>\n';
  var BLANK_FORM = { id: 'new-form', type: 'default', components: [], schemaVersion: 16 };

  // ---- viewer page ----
  function view(canvas) {
    var type = canvas.dataset.type;
    var part = type === 'bpmn' ? 'bpmn-viewer' : type;
    return Promise.all([load(part), source(canvas.dataset.source)]).then(function (r) {
      var M = window.SocietyFlowModeling;
      if (type === 'bpmn') { return M.bpmnViewer(canvas).importXML(r[1]); }
      if (type === 'dmn') { return M.dmnViewer(canvas).importXML(r[1]); }
      return M.formViewer(canvas).importSchema(JSON.parse(r[1]));
    });
  }

  // ---- editor page ----
  function edit(canvas) {
    var type = canvas.dataset.type;
    var result = document.getElementById('deploy-result');
    var list = document.getElementById('model-problems');
    var fileName = document.getElementById('file-name');
    var text = result.dataset;
    var get = canvas.dataset.source ? source(canvas.dataset.source) : Promise.resolve(null);
    return Promise.all([load(type), get]).then(function (r) {
      var M = window.SocietyFlowModeling;
      var xml = r[1];
      var editor;
      if (type === 'bpmn') {
        editor = M.bpmnModeler(canvas, document.getElementById('model-properties'));
        return editor.importXML(xml || BLANK_BPMN).then(function () { return editor; });
      }
      if (type === 'dmn') {
        editor = M.dmnModeler(canvas);
        return editor.importXML(xml || BLANK_DMN).then(function () { return editor; });
      }
      editor = M.formEditor(canvas);
      return Promise.resolve(editor.importSchema(xml ? JSON.parse(xml) : BLANK_FORM)).then(function () { return editor; });
    }).then(function (editor) {
      window.sfEditor = editor;
      canvas.dataset.ready = 'true';
      function show(message, problems, ok) {
        result.textContent = message;
        result.className = ok ? 'flash success' : 'flash error';
        list.innerHTML = '';
        (problems || []).forEach(function (p) {
          var li = document.createElement('li');
          li.textContent = (p.id || p.elementId ? '[' + (p.id || p.elementId) + '] ' : '') + p.message;
          li.dataset.element = p.id || p.elementId || '';
          list.appendChild(li);
        });
      }
      function lintErrors() {
        if (type !== 'bpmn') { return Promise.resolve([]); }
        editor.clearIssues();
        return editor.lint().then(function (issues) {
          return issues.filter(function (i) { return i.category === 'error'; });
        });
      }
      var lintButton = document.getElementById('lint-model');
      if (lintButton) {
        lintButton.addEventListener('click', function () {
          lintErrors().then(function (errors) {
            if (errors.length) { editor.markIssues(errors); show(text.lintErrors, errors, false); }
            else { show(text.lintClean, [], true); }
          });
        });
      }
      document.getElementById('deploy-model').addEventListener('click', function () {
        show(text.deploying, [], true);
        lintErrors().then(function (errors) {
          if (errors.length) {
            editor.markIssues(errors);
            show(text.refusedLint, errors, false);
            return null;
          }
          var content = type === 'form' ? editor.saveSchema() : editor.saveXML();
          return Promise.resolve(content).then(function (saved) {
            var resources = {};
            resources[fileName.value.trim()] = typeof saved === 'string' ? saved : JSON.stringify(saved, null, 2);
            return fetch(result.dataset.url, {
              method: 'POST', credentials: 'same-origin', headers: csrf(),
              body: JSON.stringify({ name: fileName.value.trim(), resources: resources })
            });
          }).then(function (response) {
            return response.json().then(function (body) {
              if (response.ok) {
                show(text.deployed + ' ' + (body.processDefinitionIds || []).concat(body.decisionDefinitionIds || []).join(', '), [], true);
                result.dataset.deploymentId = body.deploymentId;
              } else {
                var problems = body.problems || [{ message: body.detail || response.status }];
                if (type === 'bpmn') {
                  editor.markIssues(problems.filter(function (p) { return p.elementId; }).map(function (p) {
                    return { id: p.elementId, message: p.message, category: 'error', rule: 'server' };
                  }));
                }
                show(text.refused, problems, false);
              }
            });
          });
        });
      });
    });
  }

  // ---- comparison ----
  function compare(left, right) {
    var table = document.getElementById('differences');
    return Promise.all([load('bpmn-viewer'), source(left.dataset.source), source(right.dataset.source)]).then(function (r) {
      var M = window.SocietyFlowModeling;
      var older = M.bpmnViewer(left);
      var newer = M.bpmnViewer(right);
      return Promise.all([older.importXML(r[1]), newer.importXML(r[2]), M.diff(r[1], r[2])]).then(function (done) {
        var diff = done[2];
        newer.highlight({ current: diff.changed.map(function (c) { return c.id; }), completed: diff.added.map(function (c) { return c.id; }) });
        older.highlight({ current: diff.removed.map(function (c) { return c.id; }) });
        function row(kind, element, detail) {
          var tr = table.insertRow();
          tr.className = 'difference ' + kind;
          [table.dataset[kind] || kind, (element.name ? element.name + ' ' : '') + '(' + element.id + ')', detail].forEach(function (t) {
            tr.insertCell().textContent = t;
          });
        }
        diff.added.forEach(function (e) { row('added', e, e.type); });
        diff.removed.forEach(function (e) { row('removed', e, e.type); });
        diff.changed.forEach(function (e) {
          row('changed', e, e.attrs.map(function (a) { return a.attr + ': ' + a.oldValue + ' → ' + a.newValue; }).join('; '));
        });
        diff.layoutChanged.forEach(function (id) { row('layout', { id: id }, ''); });
        table.dataset.ready = 'true';
      });
    });
  }

  var canvas = document.getElementById('model-canvas');
  if (canvas && canvas.classList.contains('editing')) { edit(canvas); }
  else if (canvas) { view(canvas).then(function () { canvas.dataset.ready = 'true'; }); }
  var left = document.getElementById('left-canvas');
  if (left) { compare(left, document.getElementById('right-canvas')); }
})();
