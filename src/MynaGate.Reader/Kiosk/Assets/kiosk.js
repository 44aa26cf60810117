// The kiosk's only script: redraws the screen when the reader says it changed (server-sent events), posts taps,
// and speaks each new screen (R31). No flow logic lives here.
"use strict";
(() => {
  const main = document.getElementById("screen");
  let spoken = "";

  async function redraw() {
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

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-kind]");
    if (!button || button.disabled) return;
    fetch("/input", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: button.dataset.kind, value: button.dataset.value ?? null }),
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
