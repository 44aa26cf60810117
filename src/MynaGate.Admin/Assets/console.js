// The console's only script: redraws each live fragment ([data-live]) when a reader's status changes.
"use strict";
(() => {
  const live = [...document.querySelectorAll("[data-live]")];
  if (live.length === 0) return;

  async function redraw() {
    for (const element of live) {
      const response = await fetch(element.dataset.live, { cache: "no-store", redirect: "manual" });
      // a session that ended sends the browser to sign in again
      if (response.type === "opaqueredirect" || response.status === 401) { location.reload(); return; }
      if (response.ok) element.innerHTML = await response.text();
    }
  }

  const events = new EventSource("/events");
  events.addEventListener("change", redraw);
})();
