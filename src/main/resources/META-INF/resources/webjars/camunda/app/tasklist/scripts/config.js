/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// the language the webapps pick (navigator.languages[0] cut at '-'), see locales below
const BROWSER_LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en')
  .split('-')[0].toLowerCase();
const LOCALES = ['zh-CN', 'zh', 'en', 'de'];

export default {
  // the header and the page title read "学会工作平台 任务中心" (vendor, then name), not "Camunda 任务中心"
  app: {
    name: '任务中心',
    vendor: '学会工作平台'
  },

  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Locales (locales/<key>.json): the browser's language decides. The webapps take the first
  // entry of navigator.languages, cut it at the first '-' ('zh-CN' -> 'zh', 'en-US' -> 'en') and
  // look that up here; anything not listed gets the fallback. So Chinese browsers load 'zh'
  // (locales/zh.json), an identical copy of locales/zh-CN.json, the file the translation is kept
  // in (WebappTranslationsTest keeps the two equal).
  locales: {
    availableLocales: LOCALES,
    // The fallback is loaded besides the browser's language and, when its file arrives last, makes its date words
    // the global ones (moment's locale): a Chinese Tasklist said "in a month" once a task was open. So the browser's
    // language is its own fallback where we have it; English for all others.
    fallbackLocale: LOCALES.includes(BROWSER_LANGUAGE) ? BROWSER_LANGUAGE : 'en'
  },
  // ES modules (relative to app/tasklist/, without '.js') whose default export is a plugin definition:
  // the 审批操作 tab on the task view (退回, 转办, 委派, 抄送, 催办 through the app's API); the portal link, the apps'
  // names and form-js's validation messages in the user's language (app/shared/platform.js)
  customScripts: ['scripts/approval-operations', '../shared/platform'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
