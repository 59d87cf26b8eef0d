/*
 * SocietyFlow modeling bundle: DMN part (dmn-js viewer and modeler).
 *
 * Built into src/main/resources/static/vendor/modeling/modeling-dmn.js.
 */
import DmnViewer from 'dmn-js/lib/Viewer';
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';

import { register, el, escapeHtml } from './common.js';

const VIEW_LABELS = {
  drd: 'DRD',
  decisionTable: 'Decision table',
  literalExpression: 'Literal expression',
  boxedExpression: 'Boxed expression'
};

/**
 * dmn-js shows one view at a time (the DRD or one decision's table); a small
 * tab bar above the canvas switches between them.
 */
function wrap(DmnJS, container, options) {
  container.classList.add('sf-dmn');
  const tabs = el('div', 'sf-dmn-tabs', container);
  const canvas = el('div', 'sf-dmn-canvas', container);

  const { view, ...dmnOptions } = options;
  const dmnJS = new DmnJS({
    container: canvas,
    moddleExtensions: { camunda: camundaDmnModdle },
    ...dmnOptions
  });

  function renderTabs() {
    const views = dmnJS.getViews();
    const active = dmnJS.getActiveView();
    tabs.innerHTML = views.map((view, idx) => {
      const name = (view.element && view.element.name) || view.element.id;
      const label = view.type === 'drd' ? VIEW_LABELS.drd : `${escapeHtml(name)} <small>${escapeHtml(VIEW_LABELS[view.type] || view.type)}</small>`;
      const cls = active && active.element === view.element && active.type === view.type ? ' active' : '';
      return `<button type="button" class="sf-dmn-tab${cls}" data-idx="${idx}">${label}</button>`;
    }).join('');
    tabs.style.display = views.length > 1 ? '' : 'none';
  }

  tabs.addEventListener('click', event => {
    const button = event.target.closest('[data-idx]');
    if (!button) {
      return;
    }
    const view = dmnJS.getViews()[Number(button.getAttribute('data-idx'))];
    if (view) {
      dmnJS.open(view);
    }
  });

  dmnJS.on('views.changed', renderTabs);

  return {
    dmnJS,

    /**
     * @param {string} xml
     * @param {{ view?: 'decision' | 'drd' }} [opts] which view to open first:
     *   the first decision (table / literal expression; default) or the DRD
     */
    async importXML(xml, opts = {}) {
      const result = await dmnJS.importXML(xml);
      const wanted = opts.view || view || 'decision';
      if (wanted !== 'drd') {
        const first = dmnJS.getViews().find(v => v.type !== 'drd');
        const active = dmnJS.getActiveView();
        if (first && (!active || active.type === 'drd')) {
          await dmnJS.open(first);
        }
      }
      renderTabs();
      return result;
    },

    views() {
      return dmnJS.getViews().map(v => ({ id: v.element.id, name: v.element.name || '', type: v.type }));
    },

    open(id, type) {
      const view = dmnJS.getViews().find(v => v.element.id === id && (!type || v.type === type));
      if (!view) {
        return Promise.reject(new Error('no view for ' + id));
      }
      return dmnJS.open(view);
    },

    destroy() {
      dmnJS.destroy();
      container.classList.remove('sf-dmn');
      container.innerHTML = '';
    }
  };
}

function dmnViewer(container, options = {}) {
  const api = wrap(DmnViewer, container, options);
  return api;
}

function dmnModeler(container, options = {}) {
  const api = wrap(DmnModeler, container, {
    common: { keyboard: { bindTo: options.keyboardBindTo || undefined } },
    ...options
  });

  api.saveXML = async function() {
    const { xml } = await api.dmnJS.saveXML({ format: true });
    return xml;
  };

  return api;
}

register({ dmnViewer, dmnModeler });
