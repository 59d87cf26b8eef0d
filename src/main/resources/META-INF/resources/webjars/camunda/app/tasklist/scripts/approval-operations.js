/*
 * SocietyFlow's 审批操作 tab on the Tasklist task view (plugin point tasklist.task.detail): the application's number
 * and opinion timeline, and 退回, 转办, 委派, 交回, 抄送 and 催办 through the app's /api/v1/approvals endpoints, in the
 * portal's session. Those endpoints are guarded by the app's CSRF token (not Tasklist's, which guards only the
 * webapps' API); the task view answers it, and every operation sends it back in its header.
 */

// the webapps live under <context>/camunda; the app's API is at <context>/api
const APP_ROOT = document.querySelector('base').getAttribute('app-root');
const CONTEXT = APP_ROOT.substring(0, APP_ROOT.lastIndexOf('/'));

// the language Tasklist itself picks: the browser's first, cut at '-'
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'zh').split('-')[0];

const TEXTS = {
  zh: {
    tab: '审批操作', application: '申请编号', sheet: '打印审批单', timeline: '审核意见', step: '环节', user: '审核人',
    kind: '结论', text: '意见', time: '时间', reason: '原因（必填）', note: '附言（选填）', resolveNote: '办理情况（必填）',
    sendBack: '退回', transfer: '转办', delegate: '委派', resolve: '办理完毕，交回', copy: '抄送', urge: '催办',
    done: '已完成：', none: '暂无审核意见', noTask: '该任务不属于任何申请', loading: '加载中…',
    backTo: '退回到', toUser: '转给', delegateTo: '委派给', copyTo: '抄送给（可多选）', choose: '请选择'
  },
  en: {
    tab: 'Approval', application: 'Application no.', sheet: 'Print approval sheet', timeline: 'Opinions', step: 'Step',
    user: 'By', kind: 'Decision', text: 'Opinion', time: 'Time', reason: 'Reason (required)', note: 'Note (optional)',
    resolveNote: 'What was done (required)', sendBack: 'Send back', transfer: 'Transfer', delegate: 'Delegate',
    resolve: 'Done, give back', copy: 'Copy to', urge: 'Urge', done: 'Done: ', none: 'No opinions yet',
    noTask: 'This task belongs to no application', loading: 'Loading…', backTo: 'Send back to', toUser: 'Transfer to',
    delegateTo: 'Delegate to', copyTo: 'Copy to (one or more)', choose: 'Please choose'
  }
};
const T = TEXTS[LANGUAGE] || TEXTS.zh;

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().filter((c) => c !== null && c !== undefined)
    .forEach((c) => element.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return element;
}

function options(values, labelOf) {
  return values.map((v) => el('option', { value: typeof v === 'string' ? v : v.activityId }, labelOf(v)));
}

async function request(method, path, csrf, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (csrf) {
    headers[csrf.headerName] = csrf.token;
  }
  const response = await fetch(CONTEXT + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.errors ? Object.values(answer.errors).join('；') : (answer.detail || String(response.status)));
  }
  return answer;
}

function timeline(view) {
  if (!view.timeline.length) {
    return el('p', { class: 'text-muted' }, T.none);
  }
  return el('table', { class: 'table table-condensed sf-timeline' },
    el('thead', {}, el('tr', {}, [T.step, T.user, T.kind, T.text, T.time].map((h) => el('th', {}, h)))),
    el('tbody', {}, view.timeline.map((o) => el('tr', { class: 'sf-opinion', 'data-kind': o.kind },
      el('td', {}, o.step || ''), el('td', {}, o.user || ''), el('td', {}, o.label),
      el('td', {}, o.text), el('td', {}, new Date(o.at).toLocaleString())))));
}

/** A control with its label above it (the label names what the control is for). */
function field(form, label, control) {
  const id = 'sf-' + form + '-' + control.getAttribute('name');
  control.setAttribute('id', id);
  return el('div', { class: 'form-group sf-field', style: 'margin: 0 1em .4em 0' },
    el('label', { for: id, class: 'control-label', style: 'margin-right: .4em' }, label), control);
}

/** A picker of people: each option the person's id, shown as "姓名（部门）"; a single one starts at 请选择. */
function people(name, list, multiple) {
  const choices = list.map((p) => el('option', { value: p.id, title: p.department || undefined }, p.label));
  if (!multiple) {
    choices.unshift(el('option', { value: '' }, T.choose));
  }
  return el('select', { name, class: 'form-control sf-people', multiple, required: true,
    size: multiple ? Math.min(Math.max(list.length, 2), 6) : undefined }, choices);
}

/** One operation: its fields, a button, and what it posts. */
function operation(id, label, fields, post) {
  const form = el('form', { class: 'form-inline sf-operation', id: 'sf-' + id, style: 'margin-bottom: .8em' }, fields,
    el('button', { type: 'submit', class: 'btn btn-default' }, label));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name] && form.elements[name].value;
    post(value, form).then(() => form.done(label), form.failed);
  });
  return form;
}

async function render(node, taskId) {
  const message = el('p', { class: 'sf-message', role: 'status' });
  let view;
  let colleagues = [];
  let recipients = [];
  try {
    view = await request('GET', '/api/v1/approvals/tasks/' + encodeURIComponent(taskId));
    if (view.businessKey) {
      [colleagues, recipients] = await Promise.all([
        view.holder ? request('GET', '/api/v1/approvals/people?taskId=' + encodeURIComponent(view.taskId)) : [],
        request('GET', '/api/v1/approvals/people')]);
    }
  } catch (error) {
    node.replaceChildren(el('p', { class: 'text-danger' }, error.message));
    return;
  }
  if (!view.businessKey) {
    node.replaceChildren(el('p', { class: 'text-muted' }, T.noTask));
    return;
  }
  const key = encodeURIComponent(view.businessKey);
  const task = encodeURIComponent(view.taskId);
  const reason = (form, label) => field(form, label,
    el('input', { name: 'reason', class: 'form-control', maxlength: 1000, placeholder: label }));
  const post = (path, body) => request('POST', path, view.csrf, body);
  const forms = [];
  if (view.holder && view.passedSteps.length) {
    forms.push(operation('send-back', T.sendBack,
      [field('send-back', T.backTo, el('select', { name: 'activityId', class: 'form-control' },
        options(view.passedSteps, (s) => s.name))), reason('send-back', T.reason)],
      (v) => post('/api/v1/approvals/' + key + '/send-back', { activityId: v('activityId'), reason: v('reason') })));
  }
  if (view.holder && colleagues.length) {
    forms.push(operation('transfer', T.transfer,
      [field('transfer', T.toUser, people('toUser', colleagues)), reason('transfer', T.reason)],
      (v) => post('/api/v1/approvals/tasks/' + task + '/transfer', { toUser: v('toUser'), reason: v('reason') })));
    forms.push(operation('delegate', T.delegate,
      [field('delegate', T.delegateTo, people('toUser', colleagues)), reason('delegate', T.reason)],
      (v) => post('/api/v1/approvals/tasks/' + task + '/delegate', { toUser: v('toUser'), reason: v('reason') })));
  }
  if (view.delegatedToMe) {
    forms.push(operation('resolve', T.resolve, [reason('resolve', T.resolveNote)],
      (v) => post('/api/v1/approvals/tasks/' + task + '/resolve', { reason: v('reason') })));
  }
  if (recipients.length) {
    forms.push(operation('copy', T.copy,
      [field('copy', T.copyTo, people('users', recipients, true)),
        field('copy', T.note, el('input', { name: 'note', class: 'form-control', maxlength: 1000, placeholder: T.note }))],
      (v, form) => post('/api/v1/approvals/' + key + '/copies', {
        users: Array.from(form.elements.users.selectedOptions).map((o) => o.value), note: v('note')
      })));
  }
  forms.push(operation('urge', T.urge, [], () => post('/api/v1/approvals/' + key + '/urge')));
  forms.forEach((form) => {
    form.done = (label) => render(node, taskId).then(() => {
      node.querySelector('.sf-message').replaceChildren(T.done + label);
      node.querySelector('.sf-message').className = 'sf-message text-success';
    });
    form.failed = (error) => {
      message.replaceChildren(error.message);
      message.className = 'sf-message text-danger';
    };
  });
  node.replaceChildren(el('div', { class: 'sf-approval', 'data-business-key': view.businessKey },
    el('p', {}, el('strong', {}, T.application + ' '), el('span', { class: 'sf-business-key' }, view.businessKey),
      view.title ? ' · ' + view.title : '', ' ',
      el('a', { href: CONTEXT + view.sheet, target: '_blank', class: 'sf-sheet' }, T.sheet)),
    message, forms, el('h4', {}, T.timeline), timeline(view)));
}

export default {
  id: 'societyflow.approvalOperations',
  pluginPoint: 'tasklist.task.detail',
  priority: 0,
  properties: { label: T.tab },
  render: (node, { taskId }) => {
    node.replaceChildren(el('p', { class: 'text-muted' }, T.loading));
    render(node, taskId);
  }
};
