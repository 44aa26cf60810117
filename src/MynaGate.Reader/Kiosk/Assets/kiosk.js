// The kiosk's only script: redraws the screen when the reader says it changed (server-sent events), posts taps,
// and speaks each new screen (R31). In the accessible mode (R36) it speaks the whole screen, each button as it is
// touched or focused (a PIN key by its place on the pad with a tone, never by its digit: the layout is fixed, so a
// digit said aloud would be the PIN to anyone near), and the count of PIN digits, and takes a USB numeric keypad.
// No flow logic lives here.
"use strict";
(() => {
  const main = document.getElementById("screen");
  let spoken = "";
  // this patient's accessible mode, started by a long press anywhere or the keypad's *, until the session ends
  let accessible = false;
  let lastState = "idle";
  let askedOn = NaN;
  let digitsSpoken = -1;
  const LongPressMs = 2000;

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
    if (screen) follow(screen);
    speak();
  }

  // the mode ends with the session (the patient has left when the idle screen returns); a mode started at the idle
  // screen is told to the reader on the session's first screen, since the reader takes no input before a card
  function follow(screen) {
    const state = screen.dataset.state;
    if (state === "idle" && lastState !== "idle") accessible = false;
    lastState = state;
    if (screen.dataset.accessible === "true") accessible = true;
    else if (accessible && state !== "idle") tellReader(screen);
    screen.classList.toggle("accessible", accessible);
  }

  function tellReader(screen) {
    const version = Number(screen.dataset.version);
    if (!Number.isFinite(version) || version === askedOn) return;
    askedOn = version;
    post({ kind: "accessible", value: null, screen: version, pad: null });
  }

  function startAccessible() {
    const screen = main.querySelector(".screen");
    if (!screen || accessible) return;
    accessible = true;
    screen.classList.add("accessible");
    spoken = "";
    say(screen.dataset.accessibleOn + "。" + wholeText(screen), screen);
    spoken = screen.dataset.screenId + "|accessible";
    if (screen.dataset.state !== "idle") tellReader(screen);
  }

  function say(text, screen) {
    if (!text) return;
    if (screen.dataset.speech === "reader") sayWithReader(text, screen);
    else sayWithBrowser(text, screen);
  }

  function sayWithBrowser(text, screen) {
    if (!("speechSynthesis" in window)) return;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = screen.dataset.lang;
    utterance.volume = Number(screen.dataset.volume || "1");
    speechSynthesis.speak(utterance);
  }

  // Japanese from the reader's own voice (Open JTalk): the browser's voices on the unit cannot read kanji. The latest
  // request wins; one the reader cannot serve falls back to the browser's voice.
  let playing = null;
  let asked = 0;
  async function sayWithReader(text, screen) {
    const ask = ++asked;
    if (playing) { try { playing.stop(); } catch { /* already ended */ } playing = null; }
    try {
      const response = await fetch("/speech", { method: "POST", body: text, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      if (!response.ok) throw new Error(String(response.status));
      const sound = await response.arrayBuffer();
      audio = audio || new AudioContext();
      const buffer = await audio.decodeAudioData(sound);
      if (ask !== asked) return;
      const source = audio.createBufferSource();
      const gain = audio.createGain();
      gain.gain.value = Number(screen.dataset.volume || "1");
      source.buffer = buffer;
      source.connect(gain).connect(audio.destination);
      source.start();
      playing = source;
    } catch {
      if (ask === asked) sayWithBrowser(text, screen);
    }
  }

  // everything the screen says, then its buttons; the pad's dots by their count and its keys by the layout's
  // description, never one by one
  function wholeText(screen) {
    const parts = [...screen.querySelectorAll("h1, p:not(.screen-id), li, dt, dd")]
      .filter((el) => !el.closest(".breadcrumb"))
      .map((el) => el.getAttribute("aria-label") || el.innerText.trim())
      .filter((t) => t.length > 0);
    const pad = screen.querySelector(".pad[data-hint]");
    if (pad) parts.push(pad.dataset.hint);
    const buttons = [...screen.querySelectorAll("button:not([disabled]):not(.digit)")].map((b) => b.innerText.trim());
    return parts.concat(buttons).join("。");
  }

  // what a touched or focused button is called aloud: a PIN key by its place ("2段目、左"), any other by its text
  function sayButton(button, screen) {
    if (button.classList.contains("digit")) {
      tone();
      say(button.dataset.say, screen);
      return;
    }
    say(button.innerText.trim(), screen);
  }

  // one short tone for every PIN key, the same for all: it says a key was found, not which
  let audio = null;
  function tone() {
    try {
      audio = audio || new AudioContext();
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.2;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + 0.06);
    } catch {
      // no audio output: the spoken place still guides
    }
  }

  function speak() {
    const screen = main.querySelector(".screen");
    if (!screen) return;
    if (accessible) {
      const dots = screen.querySelector(".pin-dots");
      const key = screen.dataset.screenId + "|accessible";
      // the PIN screen drawn again for a digit: only the count is said
      if (key === spoken && dots) {
        const count = screen.querySelectorAll(".pin-dots .dot.filled").length;
        if (count !== digitsSpoken) say(dots.getAttribute("aria-label"), screen);
        digitsSpoken = count;
        return;
      }
      if (key === spoken) return;
      spoken = key;
      digitsSpoken = screen.querySelectorAll(".pin-dots .dot.filled").length;
      say(wholeText(screen), screen);
      return;
    }
    const text = screen.dataset.voice || "";
    const key = screen.dataset.screenId + "|" + text;
    if (!text || key === spoken) return;
    spoken = key;
    say(text, screen);
  }

  function post(body) {
    return fetch("/input", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  // every tap names the screen it was made on (and a pad key its layout), so the reader drops a tap on a screen
  // that has gone; the other buttons are off from the tap until the next screen is drawn
  const padKinds = ["key", "backspace", "submit"];
  let pressTimer = 0, pressed = false;
  document.addEventListener("pointerdown", (event) => {
    clearTimeout(pressTimer);
    pressTimer = setTimeout(() => { pressed = true; startAccessible(); }, LongPressMs);
    // in the accessible mode a key is said as it is touched and taken as the finger lifts (the click)
    const button = event.target.closest("button");
    const screen = main.querySelector(".screen");
    if (accessible && button && screen) sayButton(button, screen);
  });
  for (const end of ["pointerup", "pointercancel", "pointerleave"]) document.addEventListener(end, () => clearTimeout(pressTimer));
  document.addEventListener("focusin", (event) => {
    const screen = main.querySelector(".screen");
    if (accessible && screen && event.target.matches("button")) sayButton(event.target, screen);
  });

  // a USB numeric keypad: * starts the accessible mode; in it, digits, Enter and the decimal key (or Backspace) work
  // the pad, and + / - move between the buttons
  document.addEventListener("keydown", (event) => {
    if (event.key === "*") {
      event.preventDefault();
      startAccessible();
      return;
    }
    if (!accessible) return;
    const screen = main.querySelector(".screen");
    if (!screen) return;
    const pad = screen.querySelector(".pad");
    let target = null;
    if (pad && /^[0-9]$/.test(event.key)) target = [...pad.querySelectorAll("button.digit")].find((b) => b.innerText.trim() === event.key);
    else if (pad && (event.key === "Backspace" || event.key === "." || event.key === "Delete")) target = pad.querySelector("button[data-kind='backspace']");
    else if (pad && event.key === "Enter") target = pad.querySelector("button[data-kind='submit']");
    else if (event.key === "+" || event.key === "-") {
      const buttons = [...screen.querySelectorAll("button:not([disabled])")];
      const at = buttons.indexOf(document.activeElement);
      const step = event.key === "+" ? at + 1 : (at < 0 ? buttons.length - 1 : at - 1);
      const next = buttons[(step + buttons.length) % buttons.length];
      event.preventDefault();
      if (next) next.focus();
      return;
    }
    if (!target) return;
    event.preventDefault();
    if (!target.disabled) target.click();
  });

  document.addEventListener("click", (event) => {
    // the lift that ends a long press starts the mode and taps nothing
    if (pressed) {
      pressed = false;
      event.preventDefault();
      return;
    }
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
    post({
      kind: kind,
      value: button.dataset.value ?? null,
      screen: Number.isFinite(version) ? version : null,
      pad: padKinds.includes(kind) ? (screen.dataset.pad ?? null) : null,
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
  const first = main.querySelector(".screen");
  if (first) follow(first);
  speak();
})();
