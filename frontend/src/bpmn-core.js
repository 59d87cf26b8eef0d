/*
 * bpmnViewer (NavigatedViewer with SocietyFlow runtime highlighting) and diff
 * (bpmn-js-differ); shared by modeling-bpmn.js and modeling-bpmn-viewer.js.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { diff as bpmnDiff } from 'bpmn-js-differ';

import { toArray, escapeHtml } from './common.js';

export const MODDLE_EXTENSIONS = { camunda: camundaModdle };

export function bpmnViewer(container, options = {}) {
  const viewer = new NavigatedViewer({
    container,
    moddleExtensions: MODDLE_EXTENSIONS,
    ...options
  });

  let markers = [];
  let overlayIds = [];

  function clearHighlight() {
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    markers.forEach(([ id, cls ]) => canvas.removeMarker(id, cls));
    overlayIds.forEach(id => overlays.remove(id));
    markers = [];
    overlayIds = [];
  }

  function mark(ids, cls) {
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const applied = [];
    toArray(ids).forEach(id => {
      if (registry.get(id)) {
        canvas.addMarker(id, cls);
        markers.push([ id, cls ]);
        applied.push(id);
      }
    });
    return applied;
  }

  return {
    viewer,

    async importXML(xml) {
      clearHighlight();
      const result = await viewer.importXML(xml);
      viewer.get('canvas').zoom('fit-viewport', 'auto');
      return result;
    },

    /**
     * @param {{ completed?: string[], current?: string[], flows?: string[],
     *           overlays?: Object<string, string> }} state
     */
    highlight(state = {}) {
      clearHighlight();
      const completed = mark(state.completed, 'sf-completed');
      const current = mark(state.current, 'sf-current');
      const flows = mark(state.flows, 'sf-taken');

      const overlays = viewer.get('overlays');
      const registry = viewer.get('elementRegistry');
      Object.entries(state.overlays || {}).forEach(([ id, text ]) => {
        if (!registry.get(id)) {
          return;
        }
        overlayIds.push(overlays.add(id, 'sf-badge', {
          position: { bottom: 8, right: 8 },
          html: `<div class="sf-badge">${escapeHtml(text)}</div>`
        }));
      });

      return { completed, current, flows };
    },

    clearHighlight,

    fit() {
      viewer.get('canvas').zoom('fit-viewport', 'auto');
    },

    destroy() {
      viewer.destroy();
    }
  };
}

// diff ////////////////////////////////////////////////////////////

async function parse(xml) {
  const moddle = new BpmnModdle(MODDLE_EXTENSIONS);
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return rootElement;
}

function describe(element, id) {
  const el = element && (element.model || element);
  return {
    id: id || (el && el.id),
    name: (el && el.name) || '',
    type: ((el && el.$type) || '').replace(/^bpmn:/, '')
  };
}

/**
 * Compares two BPMN XML documents semantically (bpmn-js-differ).
 *
 * @return {Promise<{
 *   added: { id, name, type }[],
 *   removed: { id, name, type }[],
 *   changed: { id, name, type, attrs: { attr, oldValue, newValue }[] }[],
 *   layoutChanged: string[]
 * }>}
 */
export async function diff(oldXml, newXml) {
  const [ a, b ] = await Promise.all([ parse(oldXml), parse(newXml) ]);
  const result = bpmnDiff(a, b);

  // bpmn-js-differ 3.2 hands jsondiffpatch's [ old, new ] pair to
  // ChangeHandler#changed(model, property, newValue, oldValue), so its
  // attrs carry the values the other way round; swap them back here
  const changed = Object.entries(result._changed || {}).map(([ id, entry ]) => {
    const element = findById(b, id) || entry.model;
    return {
      ...describe(element, id),
      attrs: Object.entries(entry.attrs || {}).map(([ attr, change ]) => ({
        attr,
        oldValue: simplify(change.newValue),
        newValue: simplify(change.oldValue)
      }))
    };
  });

  return {
    added: Object.entries(result._added || {}).map(([ id, el ]) => describe(el, id)),
    removed: Object.entries(result._removed || {}).map(([ id, el ]) => describe(el, id)),
    changed,
    layoutChanged: Object.keys(result._layoutChanged || {})
  };
}

function findById(definitions, id) {
  const seen = new Set();
  function walk(el) {
    if (!el || typeof el !== 'object' || seen.has(el)) {
      return null;
    }
    seen.add(el);
    if (el.id === id && el.$type) {
      return el;
    }
    for (const key of Object.keys(el)) {
      if (key.startsWith('$') || key === 'di') {
        continue;
      }
      const value = el[key];
      const children = Array.isArray(value) ? value : [ value ];
      for (const child of children) {
        if (child && typeof child === 'object' && child.$type) {
          const found = walk(child);
          if (found) {
            return found;
          }
        }
      }
    }
    return null;
  }
  return walk(definitions);
}

function simplify(value) {
  if (value === null || value === undefined) {
    return value;
  }
  if (typeof value !== 'object') {
    return value;
  }
  if (value.id) {
    return value.id;
  }
  if (value.$type) {
    return value.$type;
  }
  try {
    return JSON.stringify(value);
  } catch (e) {
    return String(value);
  }
}

