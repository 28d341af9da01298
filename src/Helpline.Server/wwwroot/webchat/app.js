// The helpline's web chat page: Web Chat over this service's own Direct Line, a language and country
// picker, page texts from /api/webchat/strings, and a quick exit. Nothing is kept beyond the tab's
// sessionStorage (the conversation id and its token, to survive a reload); no cookies, no localStorage.
(function () {
  'use strict';

  var SESSION_KEY = 'helpline.webchat';
  var LANGUAGES = ['sq', 'ro', 'ro-MD', 'uk', 'ru', 'en'];
  var COUNTRY_OF_LANGUAGE = { sq: 'AL', ro: 'RO', 'ro-MD': 'MD', uk: 'UA', ru: 'MD', en: 'RO' };
  // Web Chat's own locales; Albanian has none, so its strings come entirely from our resx.
  var WEBCHAT_LOCALE = { sq: 'sq', ro: 'ro-RO', 'ro-MD': 'ro-RO', uk: 'uk-UA', ru: 'ru-RU', en: 'en-US' };
  var domain = location.origin + '/v3/directline';

  var languageSelect = document.getElementById('language');
  var countrySelect = document.getElementById('country');
  var exitButton = document.getElementById('quick-exit');
  var chatElement = document.getElementById('webchat');
  var errorElement = document.getElementById('error');

  var directLine = null;
  var store = null;
  var strings = {};

  function readSession() {
    try { return JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null') || {}; } catch (e) { return {}; }
  }

  function writeSession(patch) {
    try {
      var current = readSession();
      Object.keys(patch).forEach(function (k) { current[k] = patch[k]; });
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(current));
    } catch (e) { /* storage disabled: the chat still works for this page view */ }
  }

  function quickExit() {
    var target = exitButton.getAttribute('data-exit-url');
    try { sessionStorage.clear(); } catch (e) { /* nothing to clear */ }
    try { if (directLine) directLine.end(); } catch (e) { /* leaving anyway */ }
    document.title = '';
    document.body.innerHTML = '';
    location.replace(target);
  }
  exitButton.addEventListener('click', quickExit);

  function guessLanguage() {
    var wanted = (navigator.languages || [navigator.language || 'en']).map(function (l) { return String(l); });
    for (var i = 0; i < wanted.length; i++) {
      if (/^ro-MD$/i.test(wanted[i])) return 'ro-MD';
      var base = wanted[i].split('-')[0].toLowerCase();
      if (LANGUAGES.indexOf(base) >= 0) return base;
    }
    return 'en';
  }

  function loadStrings(language) {
    return fetch('/api/webchat/strings?culture=' + encodeURIComponent(language), { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : { strings: {} }; })
      .then(function (body) {
        strings = body.strings || {};
        document.documentElement.lang = language;
        Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (el) {
          var text = strings[el.getAttribute('data-text')];
          if (text) el.textContent = text;
        });
        Array.prototype.forEach.call(document.querySelectorAll('[data-title]'), function (el) {
          var text = strings[el.getAttribute('data-title')];
          if (text) el.setAttribute('title', text);
        });
      });
  }

  function webChatStrings() {
    var result = {};
    Object.keys(strings).forEach(function (key) {
      if (key.indexOf('WebChat.') === 0) result[key.substring(8)] = strings[key];
    });
    return result;
  }

  function render() {
    var language = languageSelect.value;
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: WEBCHAT_LOCALE[language],
      overrideLocalizedStrings: webChatStrings(),
      styleOptions: {
        hideUploadButton: true,
        bubbleBorderRadius: 12,
        bubbleFromUserBorderRadius: 12,
        sendBoxHeight: 48,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
      }
    }, chatElement);
  }

  // Every message carries the language and country picked on the page.
  function createChatStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var activity = action.payload.activity;
            var channelData = {};
            Object.keys(activity.channelData || {}).forEach(function (k) { channelData[k] = activity.channelData[k]; });
            channelData.language = languageSelect.value;
            channelData.country = countrySelect.value;
            var copy = {};
            Object.keys(activity).forEach(function (k) { copy[k] = activity[k]; });
            copy.channelData = channelData;
            action = { type: action.type, meta: action.meta, payload: { activity: copy } };
          }
          return next(action);
        };
      };
    });
  }

  function postJson(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined, credentials: 'omit' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); });
  }

  // A reload resumes the tab's conversation while its token is still valid; otherwise a new one starts.
  function connect() {
    var session = readSession();
    var resume = session.conversationId && session.token
      ? postJson(domain + '/tokens/refresh', null, session.token)
        .then(function (fresh) { return { token: fresh.token, conversationId: session.conversationId }; })
        .catch(function () { return null; })
      : Promise.resolve(null);
    return resume.then(function (resumed) {
      if (resumed) return resumed;
      return postJson('/api/webchat/token', { language: languageSelect.value, country: countrySelect.value })
        .then(function (issued) { return { token: issued.token, conversationId: null, fresh: issued.conversationId }; });
    }).then(function (c) {
      var options = { domain: domain, token: c.token, webSocket: true };
      if (c.conversationId) options.conversationId = c.conversationId;
      directLine = window.WebChat.createDirectLine(options);
      writeSession({ token: c.token, conversationId: c.conversationId || c.fresh });
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === 2) {
          writeSession({ token: directLine.token, conversationId: directLine.conversationId });
          document.body.setAttribute('data-chat', 'online');
        }
      });
      // Keep the refreshed token for a reload.
      setInterval(function () { if (directLine && directLine.token) writeSession({ token: directLine.token }); }, 60000);
    });
  }

  var session = readSession();
  languageSelect.value = LANGUAGES.indexOf(session.language) >= 0 ? session.language : guessLanguage();
  countrySelect.value = session.country || COUNTRY_OF_LANGUAGE[languageSelect.value];

  languageSelect.addEventListener('change', function () {
    writeSession({ language: languageSelect.value });
    loadStrings(languageSelect.value).then(render);
  });
  countrySelect.addEventListener('change', function () { writeSession({ country: countrySelect.value }); });

  store = createChatStore();
  Promise.all([loadStrings(languageSelect.value), connect()])
    .then(render)
    .catch(function () { errorElement.hidden = false; });
})();
