// The room display's one script, served by the room itself at /static/circle.js (the
// Content-Security-Policy allows no other): live updates, the clock, and the forms.
(() => {
  'use strict';
  const body = document.body, role = body.className;
  const live = document.getElementById('live');
  const connection = document.getElementById('connection');
  let key = '';
  if (role === 'facilitator') {
    key = location.hash.slice(1);
    history.replaceState(null, '', location.pathname); // the key leaves the address bar (and a shared screen)
    if (!key) connection.textContent = 'This page needs the facilitator link that circle printed (it ends with #…).';
  }

  let left = null, at = 0;
  const format = s => { const a = Math.round(Math.abs(s)); return (s < 0 ? '+' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0'); };
  function tick() {
    const clock = live.querySelector('.clock');
    if (!clock || left === null) return;
    const now = left - (Date.now() - at) / 1000;
    clock.textContent = format(now);
    clock.classList.toggle('over', now < 0);
  }
  function render(html) {
    live.innerHTML = html;
    const after = live.querySelector('[data-after]');
    if (after) document.getElementById('after').replaceChildren(after);
    const clock = live.querySelector('.clock');
    left = clock ? Number(clock.dataset.left) : null;
    at = Date.now();
    const form = document.getElementById('write');
    if (form) form.hidden = !live.querySelector('[data-open]');
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

  if (role === 'facilitator' && key) refresh();
  const stream = new EventSource(body.dataset.stream);
  stream.onopen = () => { connection.textContent = ''; };
  stream.onmessage = event => {
    connection.textContent = '';
    if (role === 'facilitator') refresh(); else render(event.data);
  };
  stream.onerror = () => { connection.textContent = 'Not connected: the session may have ended. Trying again…'; };

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
      if (button.dataset.action === 'reveal') send('/api/reveal', '');
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
    const response = await fetch(write.action, { method: 'POST', body: words, headers: { 'Content-Type': 'text/plain;charset=utf-8' } });
    if (response.ok) sent.textContent = 'Sent. Thank you: nobody can see who wrote it.';
    else { if (!text.value) text.value = words; sent.textContent = await response.text(); }
  });
})();
