// The room display's one script, served by the room itself at /static/circle.js (the
// Content-Security-Policy allows no other): live updates, the clock, and the forms.
(() => {
  'use strict';
  const body = document.body, role = body.className;
  const live = document.getElementById('live');
  const connection = document.getElementById('connection');
  // The facilitator link carries a one-time pass (after #), traded here for the key by POST: the key is in
  // no address, so not in the browser's history. It is kept for this tab only, so a reload keeps working.
  let key = '';
  async function takeKey() {
    const pass = location.hash.slice(1);
    history.replaceState(null, '', location.pathname); // the pass leaves the address bar (and a shared screen)
    key = sessionStorage.getItem('circle-key') || '';
    if (!pass) return;
    const response = await fetch('/api/key', { method: 'POST', body: pass, headers: { 'Content-Type': 'text/plain;charset=utf-8' } });
    if (response.ok) { key = await response.text(); sessionStorage.setItem('circle-key', key); }
    else if (!key) connection.textContent = await response.text();
  }

  let left = null, at = 0;
  let wrote = { round: null, count: 0 }; // how many this page has sent in the written round it last wrote in
  // Whether this page has sent all the open round (`open`, its heading) takes from one page.
  const done = open => open.dataset.open === wrote.round && wrote.count >= Number(open.dataset.perDevice || 1);
  const format = s => { const a = Math.round(Math.abs(s)); return (s < 0 ? '+' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0'); };
  function tick() {
    const clock = live.querySelector('.clock');
    if (!clock || left === null) return;
    const now = left - (Date.now() - at) / 1000;
    clock.textContent = format(now);
    clock.classList.toggle('over', now < 0);
    // Time up is said when it happens, not only with the next step.
    if (now < 0 && !live.querySelector('.timeup')) {
      const note = document.createElement('p');
      note.className = 'timeup';
      note.setAttribute('role', 'status');
      note.textContent = 'Time is up for this phase';
      clock.after(note);
    }
  }
  function render(html) {
    live.innerHTML = html;
    const after = live.querySelector('[data-after]');
    if (after) document.getElementById('after').replaceChildren(after);
    const clock = live.querySelector('.clock');
    left = clock ? Number(clock.dataset.left) : null;
    at = Date.now();
    const form = document.getElementById('write');
    const open = live.querySelector('[data-open]');
    if (form) form.hidden = !open || done(open);
  }
  setInterval(tick, 1000);
  render(live.innerHTML);

  let asked = 0;
  async function refresh() {
    const mine = ++asked;
    const response = await fetch('/api/facilitator', { headers: { 'X-Circle-Key': key }, cache: 'no-store' });
    if (mine !== asked) return;
    if (response.ok) render(await response.text());
    else connection.textContent = await response.text();
  }

  // The live stream. When it fails (the server restarting, busy, or refusing for a while) the page tries
  // again, waiting longer each time (up to 8 s, with jitter, so a projector is back within seconds of
  // the server), and never gives up.
  let wait = 1000;
  function follow() {
    const stream = new EventSource(body.dataset.stream);
    stream.onopen = () => { connection.textContent = ''; wait = 1000; };
    stream.onmessage = event => {
      connection.textContent = '';
      if (role === 'facilitator') refresh(); else render(event.data);
    };
    stream.onerror = () => {
      stream.close();
      connection.textContent = 'Not connected: the session may have ended. Trying again…';
      setTimeout(follow, wait / 2 + Math.random() * wait / 2);
      wait = Math.min(wait * 2, 8000);
    };
  }
  if (role === 'facilitator') {
    takeKey().then(() => {
      if (key) { refresh(); follow(); }
      else if (!connection.textContent) connection.textContent = 'This page needs the facilitator link that circle printed (it ends with #…).';
    });
  } else if (body.dataset.stream) {
    follow();
  }

  const line = document.getElementById('line');
  async function send(path, text) {
    const question = live.querySelector('[data-question]');
    const response = await fetch(path, {
      method: 'POST', body: text,
      headers: { 'X-Circle-Key': key, 'X-Circle-Question': question ? question.dataset.question : '0', 'Content-Type': 'text/plain;charset=utf-8' }
    });
    if (!response.ok) connection.textContent = await response.text();
    if (line) line.focus();
    return response.ok;
  }
  function onSubmit(id, text) {
    const form = document.getElementById(id);
    if (form) form.addEventListener('submit', async event => {
      event.preventDefault();
      const field = form.querySelector('input, select');
      if (await send('/api/input', text(field.value)) && field.tagName === 'INPUT') field.value = '';
    });
  }
  if (role === 'facilitator') {
    onSubmit('answer', v => v);
    onSubmit('note', v => '/note ' + v);
    onSubmit('tag', v => '#' + v);
    live.addEventListener('click', event => {
      const button = event.target.closest('button');
      if (!button) return;
      if (button.dataset.confirm && !button.dataset.armed) {
        button.dataset.armed = '1';
        button.textContent = 'Press again to end the session';
        return;
      }
      if (button.dataset.few && !button.dataset.armed) {
        button.dataset.armed = '1';
        button.textContent = 'Only ' + button.dataset.few + ' written: people may tell who wrote which. Press again to reveal anyway';
        return;
      }
      if (button.dataset.action === 'reveal') send('/api/reveal', button.dataset.few ? 'confirm' : '');
      else if (button.dataset.action === 'hide') send('/api/hide', button.dataset.card);
      else if ('line' in button.dataset) send('/api/input', button.dataset.line);
    });
  }

  const write = document.getElementById('write');
  if (write) write.addEventListener('submit', async event => {
    event.preventDefault();
    const text = document.getElementById('text');
    const sent = document.getElementById('sent');
    const words = text.value;
    text.value = ''; // free for the next contribution at once; given back if this one is refused
    sent.textContent = 'Sending…';
    const round = live.querySelector('[data-open]');
    const response = await fetch(write.action, {
      method: 'POST', body: words, headers: { 'Content-Type': 'text/plain;charset=utf-8', 'X-Circle-Device': write.elements.device.value }
    });
    if (response.ok) {
      const id = round ? round.dataset.open : null;
      wrote = { round: id, count: wrote.round === id ? wrote.count + 1 : 1 };
      const allowed = round ? Number(round.dataset.perDevice || 1) : 1;
      sent.textContent = allowed > 1
        ? 'Sent ' + wrote.count + ' of ' + allowed + '. Thank you: nobody can see who wrote it.'
        : 'Sent. Thank you: nobody can see who wrote it.';
      write.hidden = !round || done(round);
    }
    else { if (!text.value) text.value = words; sent.textContent = await response.text(); }
  });
})();
