/*
 * SocietyFlow modeling bundle: BPMN part (viewer, modeler with the Camunda 7
 * properties panel and bpmnlint, diff).
 *
 * Built into src/main/resources/static/vendor/modeling/modeling-bpmn.js.
 */
import Modeler from 'bpmn-js/lib/Modeler';

import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';

import LintModule from 'bpmn-js-bpmnlint';

// the repository's .bpmnlintrc, compiled (rules resolved and bundled) by the
// bpmnlint esbuild plugin in scripts/build.mjs (bpmnlint's own compileConfig)
import bpmnlintConfig from '../../.bpmnlintrc';

import { MODDLE_EXTENSIONS, bpmnViewer, diff } from './bpmn-core.js';
import { register, toArray, escapeHtml } from './common.js';

function flattenIssues(issuesByRule) {
  const result = [];
  Object.entries(issuesByRule || {}).forEach(([ rule, reports ]) => {
    (reports || []).forEach(report => {
      result.push({
        id: report.id,
        message: report.message,
        category: report.category,
        rule,
        ...(report.path ? { path: report.path } : {})
      });
    });
  });
  return result;
}

function bpmnModeler(canvasEl, propertiesEl, options = {}) {
  const modeler = new Modeler({
    container: canvasEl,
    propertiesPanel: propertiesEl ? { parent: propertiesEl } : undefined,
    additionalModules: [
      ...(propertiesEl ? [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule
      ] : []),
      CamundaPlatformBehaviorsModule,
      LintModule
    ],
    moddleExtensions: MODDLE_EXTENSIONS,
    linting: {
      bpmnlint: bpmnlintConfig,
      active: options.lintActive !== false
    },
    keyboard: options.keyboard
  });

  let issueMarkers = [];
  let issueOverlays = [];

  function clearIssues() {
    const canvas = modeler.get('canvas');
    const overlays = modeler.get('overlays');
    issueMarkers.forEach(([ id, cls ]) => {
      try {
        canvas.removeMarker(id, cls);
      } catch (e) {
        // element removed meanwhile
      }
    });
    issueOverlays.forEach(id => overlays.remove(id));
    issueMarkers = [];
    issueOverlays = [];
  }

  function markIssues(issues) {
    clearIssues();

    const canvas = modeler.get('canvas');
    const overlays = modeler.get('overlays');
    const registry = modeler.get('elementRegistry');
    const root = canvas.getRootElement();

    // group per visible element; issues on invisible elements (the process
    // itself, a definition) go to the participant or the root
    const byElement = new Map();
    toArray(issues).forEach(issue => {
      let element = issue.id && registry.get(issue.id);
      if (!element) {
        element = registry.find(e => e.businessObject && e.businessObject.processRef &&
          e.businessObject.processRef.id === issue.id) || root;
      }
      if (!byElement.has(element)) {
        byElement.set(element, []);
      }
      byElement.get(element).push(issue);
    });

    byElement.forEach((elementIssues, element) => {
      const hasError = elementIssues.some(i => i.category === 'error');
      const cls = hasError ? 'sf-issue-error' : 'sf-issue-warn';

      if (element !== root) {
        canvas.addMarker(element, cls);
        issueMarkers.push([ element.id, cls ]);
      }

      const html = `<div class="sf-issues ${cls}">` + elementIssues.map(i =>
        `<div class="sf-issue sf-issue-${escapeHtml(i.category || 'error')}" title="${escapeHtml(i.rule || '')}">` +
        `${escapeHtml(i.message)}${element === root && i.id ? ` <code>${escapeHtml(i.id)}</code>` : ''}</div>`
      ).join('') + '</div>';

      const position = element === root ? { top: 10, left: 10 } : { bottom: -6, left: 0 };

      try {
        issueOverlays.push(overlays.add(element, 'sf-issues', { position, html }));
      } catch (e) {
        // root elements of some diagrams do not take overlays; the marker suffices
      }
    });

    return byElement.size;
  }

  return {
    modeler,

    async importXML(xml) {
      clearIssues();
      const result = await modeler.importXML(xml);
      modeler.get('canvas').zoom('fit-viewport', 'auto');
      return result;
    },

    async saveXML() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    },

    async lint() {
      const issues = await modeler.get('linting').lint();
      return flattenIssues(issues);
    },

    markIssues,
    clearIssues,

    fit() {
      modeler.get('canvas').zoom('fit-viewport', 'auto');
    },

    destroy() {
      modeler.destroy();
    }
  };
}

register({
  bpmnViewer,
  bpmnModeler,
  diff,
  lintConfig: bpmnlintConfig.config
});
