// Counsellor console: plain JavaScript, no framework, no inline code (the page's CSP forbids it).
// Every text comes from /api/console/strings (locales/ConsoleStrings*.resx); the page holds none of its own.
// The sign-in is an HttpOnly cookie the script never sees; every POST carries the antiforgery token.
(function () {
  'use strict';

  var CONSOLE_LANGUAGES = ['en', 'ro', 'sq', 'uk'];
  var PRIORITY_ORDER = { P1: 1, P2: 2, P3: 3 };

  var state = {
    strings: {},
    culture: 'en',
    csrf: null,
    signInToken: null,
    session: null,
    queue: [],
    ticket: null, // the open conversation's summary
    lastSequence: 0,
    offersBySequence: {},
    leaseTimer: null,
    segmentTimer: null,
    connection: null,
    heartbeatTimer: null,
    refreshTimer: null,
    tab: 'queue',
  };

  var $ = function (id) { return document.getElementById(id); };

  // ---- Strings -------------------------------------------------------------------------------------
  function t(key) {
    var value = Object.prototype.hasOwnProperty.call(state.strings, key) ? state.strings[key] : key;
    for (var i = 1; i < arguments.length; i++) value = value.split('{' + (i - 1) + '}').join(String(arguments[i]));
    return value;
  }

  /** The label of a code (a safety category, a job-offer sign), or the code itself when the console has none. */
  function label(prefix, code) {
    return Object.prototype.hasOwnProperty.call(state.strings, prefix + code) ? state.strings[prefix + code] : code;
  }

  function applyStrings(root) {
    (root || document).querySelectorAll('[data-text]').forEach(function (el) { el.textContent = t(el.getAttribute('data-text')); });
    (root || document).querySelectorAll('[data-label]').forEach(function (el) { el.setAttribute('aria-label', t(el.getAttribute('data-label'))); });
    document.documentElement.lang = state.culture;
  }

  function pickCulture() {
    var saved = null;
    try { saved = window.localStorage.getItem('helpline.console.culture'); } catch (e) { saved = null; }
    if (saved && CONSOLE_LANGUAGES.indexOf(saved) >= 0) return saved;
    var nav = (navigator.language || 'en').toLowerCase().split('-')[0];
    return CONSOLE_LANGUAGES.indexOf(nav) >= 0 ? nav : 'en';
  }

  function loadStrings(culture) {
    return fetch('/api/console/strings?culture=' + encodeURIComponent(culture), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        state.strings = body.strings || {};
        state.culture = body.culture || culture;
        $('console-language').value = state.culture;
        applyStrings();
        rerender();
      });
  }

  // ---- HTTP ----------------------------------------------------------------------------------------
  function api(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      if (state.csrf) headers['X-CSRF-TOKEN'] = state.csrf;
    }
    return fetch(url, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      if (response.status === 401 && url.indexOf('/counsellor/login') < 0) {
        signedOut(t('Error.SessionEnded'));
      }
      var type = response.headers.get('Content-Type') || '';
      var parse = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return parse.then(function (data) { return { status: response.status, ok: response.ok, data: data }; });
    });
  }

  // ---- Notices -------------------------------------------------------------------------------------
  var noticeTimer = null;
  function notice(text) {
    var el = $('notice');
    el.textContent = text;
    el.hidden = !text;
    clearTimeout(noticeTimer);
    if (text) noticeTimer = setTimeout(function () { el.hidden = true; }, 8000);
  }

  // ---- Sign-in -------------------------------------------------------------------------------------
  function showSignIn(message) {
    show('signin');
    $('nav').hidden = true;
    $('sign-out').hidden = true;
    $('who').hidden = true;
    $('live').hidden = true;
    var error = $('signin-error');
    error.textContent = message || '';
    error.hidden = !message;
    state.signInToken = api('GET', '/api/console/antiforgery').then(function (r) { if (r.ok) state.csrf = r.data.token; });
    $('signin-name').focus();
  }

  function signIn(event) {
    event.preventDefault();
    var name = $('signin-name').value.trim();
    var password = $('signin-password').value;
    if (!name || !password) return;
    $('signin-submit').disabled = true;
    // The form's antiforgery token may still be on its way when a fast typist submits.
    (state.signInToken || Promise.resolve()).then(function () {
      return api('POST', '/counsellor/login', { name: name, password: password });
    }).then(function (r) {
      $('signin-submit').disabled = false;
      $('signin-password').value = '';
      if (r.status === 204 || r.ok) return startSession();
      if (r.status === 429) return showSignIn(t('SignIn.LockedOut'));
      if (r.status === 400) return showSignIn(t('Error.Generic'));
      showSignIn(t('SignIn.Failed'));
    }, function () {
      $('signin-submit').disabled = false;
      showSignIn(t('Error.Generic'));
    });
  }

  function signOut() {
    api('POST', '/counsellor/logout').then(function () { signedOut(''); });
  }

  function signedOut(message) {
    stopLease();
    state.session = null;
    state.ticket = null;
    if (state.connection) { state.connection.stop(); state.connection = null; }
    clearInterval(state.heartbeatTimer);
    clearInterval(state.refreshTimer);
    showSignIn(message);
  }

  function startSession() {
    return api('GET', '/api/console/session').then(function (r) {
      if (!r.ok) { if (r.status !== 401) showSignIn(''); return; }
      state.session = r.data;
      state.csrf = r.data.csrfToken;
      $('who').textContent = t('SignIn.SignedInAs', r.data.name);
      $('who').hidden = false;
      $('sign-out').hidden = false;
      $('nav').hidden = false;
      $('tab-supervisor').hidden = r.data.roles.indexOf('supervisor') < 0;
      connectHub();
      clearInterval(state.refreshTimer);
      state.refreshTimer = setInterval(function () {
        renderQueue();
        if (state.tab === 'supervisor') loadSupervisor();
      }, 30000);
      selectTab('queue');
    });
  }

  // ---- Live connection -----------------------------------------------------------------------------
  function setLive(connected) {
    var live = $('live');
    live.hidden = false;
    live.textContent = connected ? t('Live.Connected') : t('Live.Reconnecting');
    live.classList.toggle('off', !connected);
  }

  function connectHub() {
    if (state.connection) return;
    var connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/counsellor')
      .withAutomaticReconnect([0, 2000, 5000, 10000, 20000, 30000])
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    connection.on('ticketChanged', onTicketChanged);
    connection.on('userMessage', onUserMessage);
    connection.onreconnecting(function () { setLive(false); });
    connection.onreconnected(function () { setLive(true); loadQueue(); if (state.ticket) loadNewMessages(); });
    connection.onclose(function () {
      setLive(false);
      if (state.session) setTimeout(function () { state.connection = null; if (state.session) connectHub(); }, 5000);
    });
    state.connection = connection;
    connection.start().then(function () {
      setLive(true);
      loadQueue();
    }, function () {
      setLive(false);
      loadQueue();
    });
    clearInterval(state.heartbeatTimer);
    state.heartbeatTimer = setInterval(function () {
      if (connection.state === signalR.HubConnectionState.Connected) connection.invoke('Heartbeat').catch(function () {});
    }, 30000);
  }

  function onTicketChanged(change) {
    var queueChanged = !change || change.kind !== 'message-added'; // a new message leaves the queue as it was
    if (queueChanged) loadQueue();
    if (queueChanged && state.tab === 'supervisor') loadSupervisor();
    if (state.ticket && change && change.ticketId === state.ticket.id) {
      if (change.kind === 'message-added') loadNewMessages();
      else if (change.kind === 'requeued' || change.kind === 'cancelled') checkStillHeld();
    }
  }

  function onUserMessage(ticketId) {
    if (state.ticket && ticketId === state.ticket.id) {
      loadNewMessages();
      notice(t('Conversation.NewMessage'));
    }
  }

  // ---- Tabs and sections ---------------------------------------------------------------------------
  function show(section) {
    ['signin', 'queue', 'conversation', 'supervisor'].forEach(function (id) { $(id).hidden = id !== section; });
  }

  function selectTab(tab) {
    state.tab = tab;
    $('tab-queue').setAttribute('aria-pressed', String(tab === 'queue'));
    $('tab-supervisor').setAttribute('aria-pressed', String(tab === 'supervisor'));
    if (tab === 'supervisor') {
      show('supervisor');
      loadSupervisor();
    } else if (state.ticket) {
      show('conversation');
    } else {
      show('queue');
      loadQueue();
    }
  }

  function rerender() {
    if (!state.session) return;
    renderQueue();
    if (state.ticket) renderDetails();
    if (state.tab === 'supervisor') loadSupervisor();
  }

  // ---- Queue ---------------------------------------------------------------------------------------
  function loadQueue() {
    if (!state.session) return Promise.resolve();
    return api('GET', '/api/counsellor/queue').then(function (r) {
      if (!r.ok) return;
      state.queue = r.data || [];
      renderQueue();
    });
  }

  function minutesSince(iso) {
    return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60000));
  }

  function sortTickets(list) {
    return list.slice().sort(function (a, b) {
      var p = (PRIORITY_ORDER[a.priority] || 9) - (PRIORITY_ORDER[b.priority] || 9);
      if (p !== 0) return p;
      return new Date(a.waitingSince).getTime() - new Date(b.waitingSince).getTime();
    });
  }

  function cell(row, content, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : String(content);
    row.appendChild(td);
    return td;
  }

  function categories(list) {
    var span = document.createElement('span');
    (list || []).forEach(function (code) {
      var c = document.createElement('span');
      c.className = 'cat';
      c.setAttribute('data-code', code);
      c.textContent = label('Category.', code);
      span.appendChild(c);
    });
    return span;
  }

  function languageName(code) { return t('Language.' + code); }
  function countryName(code) { return code ? t('Country.' + code) : t('Country.Unknown'); }
  function channelName(code) { return t('Channel.' + code); }

  function button(textKey, className, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = t(textKey);
    if (className) b.className = className;
    b.addEventListener('click', onClick);
    return b;
  }

  function renderQueue() {
    var me = state.session ? state.session.name : null;
    var body = $('queue-table').querySelector('tbody');
    body.textContent = '';
    var visible = sortTickets(state.queue).filter(function (ticket) {
      if (ticket.status === 'waiting') return !ticket.assignedTo || ticket.assignedTo === me;
      return ticket.status === 'claimed' && ticket.holder === me;
    });
    visible.forEach(function (ticket) {
      var row = document.createElement('tr');
      row.setAttribute('data-ticket', ticket.id);
      row.setAttribute('data-status', ticket.status);
      cell(row, t('Priority.' + ticket.priority), 'prio ' + ticket.priority);
      cell(row, t('Queue.Minutes', minutesSince(ticket.waitingSince)));
      cell(row, languageName(ticket.language));
      cell(row, countryName(ticket.country));
      cell(row, channelName(ticket.channel));
      cell(row, categories(ticket.categories));
      var status = ticket.status === 'claimed' ? t('Queue.HeldBy', ticket.holder) :
        (ticket.assignedTo ? t('Queue.AssignedTo', ticket.assignedTo) : t('Status.Waiting'));
      cell(row, status);
      var action = ticket.status === 'waiting'
        ? button('Queue.Claim', 'claim', function () { claim(ticket.id); })
        : button('Queue.Open', 'open secondary', function () { openTicket(ticket.id); });
      cell(row, action);
      body.appendChild(row);
    });
    $('queue-empty').hidden = visible.some(function (x) { return x.status === 'waiting'; });
  }

  function claim(id) {
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(id) + '/claim').then(function (r) {
      if (r.ok) return openTicket(id);
      notice(r.status === 409 || r.status === 403 ? t('Queue.ClaimFailed') : t('Error.Generic'));
      loadQueue();
    });
  }

  function claimNext() {
    api('POST', '/api/counsellor/tickets/next/claim').then(function (r) {
      if (r.status === 200 && r.data) return openTicket(r.data.id);
      notice(r.status === 204 ? t('Queue.NothingWaiting') : t('Error.Generic'));
    });
  }

  // ---- Conversation --------------------------------------------------------------------------------
  function openTicket(id) {
    return api('GET', '/api/console/tickets/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) { notice(r.status === 403 ? t('Queue.ClaimFailed') : t('Error.Generic')); return loadQueue(); }
      var view = r.data;
      state.ticket = view.ticket;
      state.lastSequence = 0;
      state.offersBySequence = {};
      $('transcript').textContent = '';
      $('offers').textContent = '';
      $('reply-text').value = '';
      $('segment-info').hidden = true;
      $('segment-warning').hidden = true;
      $('number').textContent = '';
      addOffers(view.offers);
      appendLines(view.transcript);
      renderNotes(view.notes);
      renderCanned(view.cannedReplies);
      renderDetails();
      loadColleagues();
      state.tab = 'queue';
      show('conversation');
      startLease();
      $('conversation-heading').focus();
    });
  }

  function renderDetails() {
    var ticket = state.ticket;
    if (!ticket) return;
    $('conversation-heading').textContent = t('Conversation.Heading', ticket.id);
    $('conversation-heading').setAttribute('tabindex', '-1');
    var details = $('details');
    details.textContent = '';
    [
      ['Queue.Priority', t('Priority.' + ticket.priority)],
      ['Queue.Language', languageName(ticket.culture)],
      ['Queue.Country', countryName(ticket.country)],
      ['Queue.Channel', channelName(ticket.channel)],
    ].forEach(function (pair) {
      var dt = document.createElement('dt'); dt.textContent = t(pair[0]);
      var dd = document.createElement('dd'); dd.textContent = pair[1];
      details.appendChild(dt); details.appendChild(dd);
    });
    var dt = document.createElement('dt'); dt.textContent = t('Queue.Categories');
    var dd = document.createElement('dd'); dd.appendChild(categories(ticket.safetyCategories));
    details.appendChild(dt); details.appendChild(dd);
    $('number-box').hidden = !ticket.canRevealNumber;
    if (ticket.canRevealNumber && !$('number').getAttribute('data-revealed')) $('number').textContent = ticket.maskedNumber;
    $('number').removeAttribute('data-revealed');
    renderOffers();
  }

  function authorLabel(line) {
    if (line.author === 'counsellor') return t('Author.Counsellor') + (line.counsellor ? ' \u00B7 ' + line.counsellor : '');
    var key = { user: 'Author.User', bot: 'Author.Bot', system: 'Author.System' }[line.author] || 'Author.System';
    return t(key);
  }

  // Builds the message text as text nodes with <mark> around each sign's evidence span; never innerHTML.
  function highlighted(text, offer) {
    var fragment = document.createDocumentFragment();
    var spans = (offer ? offer.signs : []).filter(function (s) { return s.start != null && s.length > 0; })
      .sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    spans.forEach(function (sign) {
      if (sign.start < at) return; // overlapping evidence: keep the first
      if (sign.start > at) fragment.appendChild(document.createTextNode(text.slice(at, sign.start)));
      var mark = document.createElement('mark');
      mark.title = label('Sign.', sign.code);
      mark.setAttribute('data-sign', sign.code);
      mark.textContent = text.slice(sign.start, sign.start + sign.length);
      fragment.appendChild(mark);
      at = sign.start + sign.length;
    });
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function appendLines(lines) {
    var list = $('transcript');
    (lines || []).forEach(function (line) {
      if (line.sequence <= state.lastSequence) return;
      var item = document.createElement('li');
      item.className = line.author;
      item.setAttribute('data-sequence', String(line.sequence));
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = authorLabel(line) + ' \u00B7 ' + new Date(line.time).toLocaleTimeString(state.culture);
      var text = document.createElement('span');
      text.className = 'text';
      text.appendChild(highlighted(line.text, state.offersBySequence[line.sequence]));
      item.appendChild(meta);
      item.appendChild(text);
      list.appendChild(item);
      state.lastSequence = line.sequence;
    });
    list.scrollTop = list.scrollHeight;
  }

  function addOffers(offers) {
    (offers || []).forEach(function (offer) { state.offersBySequence[offer.sequence] = offer; });
    renderOffers();
  }

  function renderOffers() {
    var box = $('offers');
    box.textContent = '';
    var offers = Object.keys(state.offersBySequence).map(function (k) { return state.offersBySequence[k]; });
    if (offers.length === 0) {
      var none = document.createElement('p');
      none.className = 'muted';
      none.textContent = t('Offer.None');
      box.appendChild(none);
      return;
    }
    offers.forEach(function (offer) {
      var div = document.createElement('div');
      div.className = 'offer';
      div.setAttribute('data-offer', String(offer.sequence));
      var risk = document.createElement('p');
      risk.className = 'risk-' + offer.risk;
      risk.textContent = t('Offer.Risk', t('Offer.Risk.' + offer.risk));
      div.appendChild(risk);
      var heading = document.createElement('p');
      heading.textContent = t('Offer.Signs');
      div.appendChild(heading);
      var list = document.createElement('ul');
      offer.signs.forEach(function (sign) {
        var li = document.createElement('li');
        li.setAttribute('data-sign', sign.code);
        li.setAttribute('data-severity', sign.severity);
        li.className = 'sev-' + sign.severity;
        li.textContent = label('Sign.', sign.code);
        list.appendChild(li);
      });
      div.appendChild(list);
      box.appendChild(div);
    });
  }

  function loadNewMessages() {
    if (!state.ticket) return Promise.resolve();
    var id = state.ticket.id;
    return api('GET', '/api/console/tickets/' + encodeURIComponent(id) + '/messages?after=' + state.lastSequence).then(function (r) {
      if (!r.ok || !state.ticket || state.ticket.id !== id) return;
      addOffers(r.data.offers);
      appendLines(r.data.transcript);
    });
  }

  function renderNotes(notes) {
    var list = $('notes');
    list.textContent = '';
    if (!notes || notes.length === 0) {
      var empty = document.createElement('li');
      empty.className = 'muted';
      empty.textContent = t('Notes.Empty');
      list.appendChild(empty);
      return;
    }
    notes.forEach(function (note) {
      var li = document.createElement('li');
      li.textContent = note.counsellor + ' \u00B7 ' + new Date(note.time).toLocaleString(state.culture) + ': ' + note.text;
      list.appendChild(li);
    });
  }

  function addNote() {
    var text = $('note-text').value.trim();
    if (!text || !state.ticket) return;
    api('POST', '/api/console/tickets/' + encodeURIComponent(state.ticket.id) + '/notes', { text: text }).then(function (r) {
      if (!r.ok) return notice(t('Error.Generic'));
      $('note-text').value = '';
      var list = $('notes');
      if (list.querySelector('.muted')) list.textContent = '';
      var li = document.createElement('li');
      li.textContent = r.data.counsellor + ' \u00B7 ' + new Date(r.data.time).toLocaleString(state.culture) + ': ' + r.data.text;
      list.appendChild(li);
    });
  }

  function renderCanned(replies) {
    var box = $('canned');
    box.textContent = '';
    (replies || []).forEach(function (reply) {
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('data-canned', reply.key);
      b.setAttribute('data-text', reply.key);
      b.textContent = t(reply.key);
      b.addEventListener('click', function () {
        var area = $('reply-text');
        area.value = area.value ? area.value + '\n' + reply.text : reply.text;
        area.focus();
        countSegments();
      });
      box.appendChild(b);
    });
  }

  function reveal() {
    if (!state.ticket) return;
    api('POST', '/api/console/tickets/' + encodeURIComponent(state.ticket.id) + '/reveal').then(function (r) {
      if (!r.ok) return notice(t('Error.Generic'));
      $('number').textContent = r.data.number;
      $('number').setAttribute('data-revealed', '1');
    });
  }

  // ---- Reply and SMS segments ----------------------------------------------------------------------
  function countSegments() {
    clearTimeout(state.segmentTimer);
    if (!state.ticket || state.ticket.channel !== 'sms') { $('segment-info').hidden = true; $('segment-warning').hidden = true; return; }
    state.segmentTimer = setTimeout(function () {
      var text = $('reply-text').value;
      if (!text) { $('segment-info').hidden = true; $('segment-warning').hidden = true; return; }
      api('POST', '/api/console/segments', { text: text }).then(function (r) {
        if (!r.ok) return;
        var info = $('segment-info');
        info.textContent = t('Reply.Segments', r.data.segments, text.length, r.data.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2');
        info.hidden = false;
        info.setAttribute('data-segments', String(r.data.segments));
        $('segment-warning').hidden = !r.data.warn;
      });
    }, 250);
  }

  function sendReply() {
    var text = $('reply-text').value.trim();
    if (!text || !state.ticket) return;
    $('reply-send').disabled = true;
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(state.ticket.id) + '/messages', { text: text }).then(function (r) {
      $('reply-send').disabled = false;
      if (!r.ok) {
        if (r.status === 403 || r.status === 409) return leaseLost();
        return notice(t('Reply.Failed'));
      }
      if (r.data && r.data.delivered === false) notice(t('Reply.Failed'));
      $('reply-text').value = '';
      $('segment-info').hidden = true;
      $('segment-warning').hidden = true;
      loadNewMessages();
    }, function () {
      $('reply-send').disabled = false;
      notice(t('Reply.Failed'));
    });
  }

  // ---- Lease ---------------------------------------------------------------------------------------
  function startLease() {
    stopLease();
    var seconds = state.session ? state.session.leaseRenewSeconds : 30;
    state.leaseTimer = setInterval(renewLease, seconds * 1000);
  }

  function stopLease() {
    clearInterval(state.leaseTimer);
    state.leaseTimer = null;
  }

  function renewLease() {
    if (!state.ticket) return stopLease();
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(state.ticket.id) + '/lease').then(function (r) {
      if (r.status === 403 || r.status === 409 || r.status === 404) leaseLost();
    });
  }

  function checkStillHeld() {
    if (!state.ticket) return;
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(state.ticket.id) + '/lease').then(function (r) {
      if (!r.ok) leaseLost();
    });
  }

  function leaseLost() {
    notice(t('Conversation.LeaseLost'));
    backToQueue();
  }

  function backToQueue() {
    stopLease();
    state.ticket = null;
    selectTab('queue');
  }

  // ---- Transfer and close --------------------------------------------------------------------------
  function loadColleagues() {
    var select = $('transfer-to');
    select.textContent = '';
    var queueOption = document.createElement('option');
    queueOption.value = '';
    queueOption.textContent = t('Transfer.Queue');
    select.appendChild(queueOption);
    api('GET', '/api/counsellor/counsellors/online').then(function (r) {
      if (!r.ok) return;
      (r.data || []).forEach(function (name) {
        if (state.session && name === state.session.name) return;
        var option = document.createElement('option');
        option.value = name;
        option.textContent = name;
        select.appendChild(option);
      });
    });
  }

  function transfer() {
    if (!state.ticket) return;
    var to = $('transfer-to').value;
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(state.ticket.id) + '/transfer', { to: to || null }).then(function (r) {
      if (!r.ok) return notice(t('Error.Generic'));
      backToQueue();
    });
  }

  function closeTicket() {
    if (!state.ticket) return;
    var outcome = $('close-outcome').value;
    api('POST', '/api/counsellor/tickets/' + encodeURIComponent(state.ticket.id) + '/close', { outcome: outcome }).then(function (r) {
      if (!r.ok) return notice(r.status === 403 ? t('Conversation.LeaseLost') : t('Error.Generic'));
      notice(t('Close.Done'));
      backToQueue();
    });
  }

  // ---- Supervisor ----------------------------------------------------------------------------------
  function loadSupervisor() {
    return api('GET', '/api/console/supervisor').then(function (r) {
      if (r.status === 403) return notice(t('Error.Forbidden'));
      if (!r.ok) return;
      var overview = r.data;
      $('supervisor-threshold').textContent = t('Supervisor.Threshold', overview.waitingAlertMinutes);
      var body = $('supervisor-table').querySelector('tbody');
      body.textContent = '';
      overview.tickets.slice().sort(function (a, b) {
        return (PRIORITY_ORDER[a.ticket.priority] || 9) - (PRIORITY_ORDER[b.ticket.priority] || 9) || b.waitingMinutes - a.waitingMinutes;
      }).forEach(function (item) {
        var ticket = item.ticket;
        var row = document.createElement('tr');
        row.setAttribute('data-ticket', ticket.id);
        if (item.overThreshold) row.className = 'over';
        cell(row, ticket.id);
        cell(row, t('Priority.' + ticket.priority), 'prio ' + ticket.priority);
        cell(row, t('Status.' + (ticket.status === 'claimed' ? 'Claimed' : 'Waiting')));
        cell(row, ticket.counsellor && ticket.status === 'claimed' ? ticket.counsellor : (ticket.assignedTo ? t('Queue.AssignedTo', ticket.assignedTo) : t('Supervisor.Unclaimed')));
        var waited = t('Queue.Minutes', Math.floor(item.waitingMinutes));
        cell(row, item.overThreshold ? waited + ' \u00B7 ' + t('Supervisor.OverThreshold') : waited);
        cell(row, languageName(ticket.culture));
        cell(row, countryName(ticket.country));
        cell(row, channelName(ticket.channel));
        body.appendChild(row);
      });
      var online = $('online');
      online.textContent = '';
      if (overview.online.length === 0) {
        var li = document.createElement('li');
        li.textContent = t('Supervisor.NobodyOnline');
        online.appendChild(li);
      }
      overview.online.forEach(function (name) {
        var item = document.createElement('li');
        item.textContent = name;
        online.appendChild(item);
      });
    });
  }

  // ---- Start ---------------------------------------------------------------------------------------
  function wire() {
    $('signin-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('tab-queue').addEventListener('click', function () { selectTab('queue'); });
    $('tab-supervisor').addEventListener('click', function () { selectTab('supervisor'); });
    $('claim-next').addEventListener('click', claimNext);
    $('back').addEventListener('click', function () { stopLease(); state.ticket = null; selectTab('queue'); });
    $('reply-text').addEventListener('input', countSegments);
    $('reply-send').addEventListener('click', sendReply);
    $('reply-text').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); sendReply(); }
    });
    $('note-add').addEventListener('click', addNote);
    $('reveal').addEventListener('click', reveal);
    $('transfer-submit').addEventListener('click', transfer);
    $('close-submit').addEventListener('click', closeTicket);
    $('console-language').addEventListener('change', function (e) {
      try { window.localStorage.setItem('helpline.console.culture', e.target.value); } catch (err) { /* private mode */ }
      loadStrings(e.target.value);
    });
  }

  wire();
  loadStrings(pickCulture()).then(function () {
    return api('GET', '/api/console/session');
  }).then(function (r) {
    if (r && r.ok) return startSession();
    showSignIn('');
  });
})();
