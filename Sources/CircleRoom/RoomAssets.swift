/// The room display's one stylesheet and one script, served by the room itself:
/// pages work offline and load nothing from anywhere else.
enum RoomAssets {
    static let css = """
        :root { --ink: #f3efe6; --ground: #10222e; --soft: #a9bcc8; --accent: #7fd1c1; --warn: #f2c46d; }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; line-height: 1.4; }
        body { margin: 0; }
        main { padding: 2rem clamp(1rem, 4vw, 4rem); max-width: 90rem; margin: 0 auto; }
        :focus-visible { outline: 4px solid var(--warn); outline-offset: 3px; }
        h1, h2 { font-weight: 600; margin: 0 0 .5rem; }
        .connection:empty { display: none; }
        .connection { color: var(--warn); }

        /* The room view: read from the back of a room, or on a shared screen. */
        body.room { background: var(--ground); color: var(--ink); min-height: 100vh; }
        .bar { display: grid; grid-template-columns: 1fr auto; align-items: center; column-gap: 2rem; }
        .bar h1, .bar .phase { grid-column: 1; }
        .bar .clock { grid-column: 2; grid-row: 1 / span 2; }
        .room .bar { border-bottom: 2px solid #2c4656; padding-bottom: .75rem; }
        .room .bar h1 { font-size: clamp(1.3rem, 2.2vw, 2.2rem); margin: 0; }
        .room .phase { font-size: clamp(1.1rem, 1.9vw, 1.8rem); color: var(--soft); margin: .25rem 0 0; }
        .room .clock { font-size: clamp(2.6rem, 6.5vw, 6.5rem); line-height: 1; font-variant-numeric: tabular-nums; margin: 0; color: var(--accent); }
        .clock.over { color: var(--warn); }
        .room main { padding-top: 1.25rem; }
        .room .now { margin: 1.75rem 0 1.25rem; }
        .room .prompt { font-size: clamp(1.7rem, 3.5vw, 3.6rem); line-height: 1.2; margin: 0 0 1rem; }
        .room .turn { font-size: clamp(1.4rem, 2.7vw, 2.6rem); color: var(--accent); margin: 0 0 .5rem; }
        .room .passed { margin: 0; }
        .room .passed, .room .said, .room .join { font-size: clamp(1.1rem, 2vw, 1.8rem); color: var(--soft); }
        .room .agreement p { font-size: clamp(1.4rem, 2.8vw, 2.6rem); max-width: 60ch; }
        .room .count { font-size: clamp(1.6rem, 3vw, 2.6rem); }
        .room .written h2 { font-size: clamp(1.1rem, 1.8vw, 1.6rem); }
        .room .written ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem; }
        .room .written li { background: #1b3444; border-left: 6px solid var(--accent); padding: .6rem 1rem; font-size: clamp(1.05rem, 1.7vw, 1.6rem); overflow-wrap: anywhere; }
        .room .join strong { color: var(--ink); }

        /* The facilitator's page and participants' pages: plain and high-contrast. */
        body.facilitator, body.join { background: #fbfaf7; color: #14202a; }
        .facilitator .bar { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; }
        .facilitator .bar h1 { font-size: 1.3rem; } .facilitator .phase, .facilitator .clock { margin: 0; font-size: 1.2rem; }
        .facilitator .clock { font-variant-numeric: tabular-nums; font-weight: 700; }
        .question { border: 2px solid #14202a; border-radius: .5rem; padding: 1rem 1.25rem; margin: 1rem 0; }
        .question h2 { font-size: 1.35rem; } .person { color: #0b5c52; }
        .notice { background: #fff1c9; border-left: 6px solid #b07d00; padding: .6rem 1rem; white-space: pre-line; }
        .hint, .detail, .links, .log { color: #33434f; }
        .detail { font-size: 1.15rem; color: #14202a; }
        button { font: inherit; padding: .55rem 1rem; margin: .25rem .5rem .25rem 0; border: 2px solid #14202a; border-radius: .4rem; background: #e8f3f0; color: #14202a; cursor: pointer; }
        button:hover { background: #cfe8e2; }
        button[data-confirm] { background: #fbe3df; }
        .options { display: flex; flex-wrap: wrap; }
        form { margin: 1rem 0; }
        label { display: block; font-weight: 600; margin-bottom: .3rem; }
        input, select, textarea { font: inherit; padding: .5rem; border: 2px solid #14202a; border-radius: .4rem; background: #fff; color: #14202a; }
        .answer input { width: min(100%, 48rem); font-size: 1.2rem; }
        .inline { display: inline-block; margin-right: 2rem; vertical-align: top; }
        .log ul { padding-left: 1.2rem; } .log li { margin: .2rem 0; overflow-wrap: anywhere; }
        .log h2 { font-size: 1.1rem; }
        body.join main { max-width: 40rem; }
        .join .prompt { font-size: 1.5rem; }
        .join textarea { width: 100%; font-size: 1.15rem; }
        .sent { font-weight: 600; color: #0b5c52; }
        """

    static let js = """
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
        """
}
