// Keyboard review: one key per decision (see the ? dialog). Decisions are
// POSTed with fetch; the page updates in place, so the next item is there
// at once. Everything works without this script through the forms.
"use strict";
(function () {
  const labels = ["PERSON", "ORG", "GPE", "LOC", "PROGRAM", "PLATFORM"];
  const items = () => Array.from(document.querySelectorAll(".item"));
  let cur = 0;
  const status = document.getElementById("status");

  function say(msg) { if (status) status.textContent = msg; }
  function select(i) {
    const all = items();
    if (all.length === 0) return;
    cur = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((el, n) => el.classList.toggle("current", n === cur));
    all[cur].scrollIntoView({ block: "nearest" });
  }
  function current() { return items()[cur]; }

  async function post(url, fields) {
    const body = new URLSearchParams(fields || {});
    const res = await fetch(url, { method: "POST", body, headers: { "X-Requested-With": "review.js" }, credentials: "same-origin" });
    if (!res.ok) {
      say((await res.text()) || res.statusText);
      throw new Error(res.statusText);
    }
  }
  // done removes a decided item on the queue (the next one becomes
  // current) and reloads a single entity's page.
  function done(el, msg) {
    say(msg);
    if (document.body.dataset.page !== "queue") { location.reload(); return; }
    el.remove();
    select(cur);
  }

  const dialog = document.getElementById("ask");
  const input = document.getElementById("ask-input");
  const list = document.getElementById("ask-list");
  // ask opens the small dialog and resolves with the typed value, or null.
  function ask(label, value, options, onType) {
    document.getElementById("ask-label").textContent = label;
    input.value = value || "";
    fill(options || []);
    input.oninput = onType ? () => onType(input.value) : null;
    dialog.showModal();
    input.focus();
    input.select();
    return new Promise((resolve) => {
      dialog.onclose = () => resolve(dialog.returnValue === "ok" ? input.value.trim() : null);
    });
  }
  function fill(options) {
    list.replaceChildren(...options.map((o) => { const opt = document.createElement("option"); opt.value = o; return opt; }));
  }

  async function decide(key) {
    const el = current();
    if (!el) return;
    const id = el.dataset.id, name = el.dataset.name, label = el.dataset.label;
    try {
      switch (key) {
        case "a": await post(`/entity/${id}/accept`); done(el, `accepted ${name}`); break;
        case "r": await post(`/entity/${id}/reject`); done(el, `rejected ${name}`); break;
        case "l": {
          const to = await ask(`Relabel ${name} (${label}) as`, "", labels.filter((l) => l !== label));
          if (to) { await post(`/entity/${id}/relabel`, { label: to.toUpperCase() }); done(el, `relabelled ${name} as ${to}`); }
          break;
        }
        case "e": {
          const to = await ask(`Rename ${name} to`, name);
          if (to && to !== name) {
            await post(`/entity/${id}/rename`, { name: to });
            if (document.body.dataset.page !== "queue") { location.reload(); break; }
            say(`renamed to ${to}`);
            el.dataset.name = to;
            el.querySelector(".name").textContent = to;
          }
          break;
        }
        case "m": {
          const pick = await ask(`Merge ${name} into (type a name)`, "", [], async (q) => {
            if (q.length < 2 || q.includes("#")) return;
            const res = await fetch(`/entities.json?label=${encodeURIComponent(label)}&q=${encodeURIComponent(q)}`);
            if (res.ok) fill((await res.json()).filter((e) => String(e.id) !== id).map((e) => `${e.canonical} #${e.id}`));
          });
          const m = pick && pick.match(/#(\d+)$/);
          if (m) { await post(`/entity/${id}/merge`, { into: m[1] }); done(el, `merged ${name} into ${pick}`); }
          else if (pick) say("pick an entity from the list (name #id)");
          break;
        }
      }
    } catch (e) { /* the message is shown */ }
  }

  // On the article page: select text and press s to move the mention the
  // selection overlaps to exactly the selection, or x to reject that
  // mention here. Offsets are UTF-8 bytes of the stored text, which the
  // .text block holds verbatim.
  const text = document.querySelector(".text");
  function selected() {
    const sel = window.getSelection();
    if (!text || !sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return null;
    const marks = Array.from(text.querySelectorAll("a.m")).filter((a) => range.intersectsNode(a));
    if (marks.length !== 1) { say(marks.length ? "the selection touches several mentions" : "select text that overlaps a mention"); return null; }
    const bytes = (node, offset) => {
      const r = document.createRange();
      r.setStart(text, 0);
      r.setEnd(node, offset);
      return new TextEncoder().encode(r.toString()).length;
    };
    return { id: marks[0].dataset.mention, start: bytes(range.startContainer, range.startOffset), end: bytes(range.endContainer, range.endOffset) };
  }
  async function fixSpan() {
    const s = selected();
    if (!s) return;
    try { await post(`/mention/${s.id}/span`, { start: s.start, end: s.end }); location.reload(); } catch (e) { /* shown */ }
  }
  async function rejectMention() {
    const s = selected();
    if (!s) return;
    try { await post(`/mention/${s.id}/reject`); location.reload(); } catch (e) { /* shown */ }
  }

  const keys = {
    j: () => select(cur + 1),
    k: () => select(cur - 1),
    o: open, Enter: open,
    "/": () => document.getElementById("q").focus(),
    "?": () => document.getElementById("help").showModal(),
    u: async () => { try { await post("/undo"); say("undone"); location.reload(); } catch (e) { /* shown */ } },
    s: fixSpan, x: rejectMention,
    a: () => decide("a"), r: () => decide("r"), l: () => decide("l"), e: () => decide("e"), m: () => decide("m"),
  };
  function open() { const el = current(); if (el) location.href = `/entity/${el.dataset.id}`; }

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || document.querySelector("dialog[open]")) return;
    const act = keys[ev.key];
    if (!act) return;
    // Before acting: a dialog the key opens must not receive the key too.
    ev.preventDefault();
    act();
  });
  document.getElementById("help-button").addEventListener("click", () => document.getElementById("help").showModal());
  select(0);
})();
