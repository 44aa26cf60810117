// The kiosk's only script: redraws the screen when the reader says it changed (server-sent events), posts taps,
// and speaks each new screen (R31). No flow logic lives here.
"use strict";
(() => {
  const main = document.getElementById("screen");
  let spoken = "";

  // one redraw at a time, and one more if the screen changed meanwhile: answers arriving out of order must never
  // draw an older screen over a newer one (a PIN pad showing 3 digits while the reader holds 4)
  let drawing = false, again = false;
  async function redraw() {
    if (drawing) { again = true; return; }
    drawing = true;
    try {
      do {
        again = false;
        await draw();
      } while (again);
    } finally {
      drawing = false;
    }
  }

  async function draw() {
    const response = await fetch("/screen", { cache: "no-store" });
    if (!response.ok) return;
    main.innerHTML = await response.text();
    const screen = main.querySelector(".screen");
    if (screen && screen.dataset.lang !== document.documentElement.lang) location.reload();
    speak();
  }

  function speak() {
    const screen = main.querySelector(".screen");
    if (!screen || !("speechSynthesis" in window)) return;
    const text = screen.dataset.voice || "";
    const key = screen.dataset.screenId + "|" + text;
    if (!text || key === spoken) return;
    spoken = key;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = screen.dataset.lang;
    utterance.volume = Number(screen.dataset.volume || "1");
    speechSynthesis.speak(utterance);
  }

  // every tap names the screen it was made on (and a pad key its layout), so the reader drops a tap on a screen
  // that has gone; the other buttons are off from the tap until the next screen is drawn
  const padKinds = ["key", "backspace", "submit"];
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-kind]");
    if (!button || button.disabled) return;
    const kind = button.dataset.kind;
    const screen = button.closest(".screen");
    const version = screen ? Number(screen.dataset.version) : NaN;
    if (kind !== "language" && !Number.isFinite(version)) return;
    if (kind !== "language" && !padKinds.includes(kind)) {
      for (const other of main.querySelectorAll("button[data-kind]")) other.disabled = true;
      // a tap the flow had no use for changes nothing: the same screen comes back with its buttons on
      const drawn = main.querySelector(".screen");
      setTimeout(() => { if (main.querySelector(".screen") === drawn) redraw(); }, 2000);
    }
    fetch("/input", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        kind: kind,
        value: button.dataset.value ?? null,
        screen: Number.isFinite(version) ? version : null,
        pad: padKinds.includes(kind) ? (screen.dataset.pad ?? null) : null,
      }),
    }).then((response) => {
      // a tap the reader did not take leaves the screen as it was: its buttons work again
      if (!response.ok) redraw();
    });
  });

  // the capture screen's live camera: a fresh frame five times a second while it is shown
  setInterval(() => {
    const live = main.querySelector("img.live");
    if (!live) return;
    live.onload = () => live.classList.remove("waiting");
    live.onerror = () => live.classList.add("waiting");
    live.src = "/preview.jpg?t=" + Date.now();
  }, 200);

  const events = new EventSource("/events");
  events.addEventListener("screen", redraw);
  speak();
})();
