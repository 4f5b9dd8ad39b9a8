// recmap's interactive map: recolours the inline SVG for the slider's dates from the embedded
// data (#recmap-data), shows each entity's status and sources on hover, tap and keyboard focus,
// and zooms and pans. Plain JavaScript, no network access.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("recmap-data").textContent);
  const svg = document.querySelector("#map > svg");
  const tooltip = document.getElementById("tooltip");
  const slider = document.getElementById("date");
  const dateLabel = document.getElementById("date-label");
  const legend = document.getElementById("legend");
  const title = document.getElementById("title");
  const groups = Array.from(svg.querySelectorAll("#entities > g.entity"));
  const markers = Array.from(svg.querySelectorAll("#markers > circle"));
  const borders = Array.from(svg.querySelectorAll("#borders > path[data-sides]"));
  let current = data.initial;
  let pinned = null;

  // The run of a slot in force on date index d: [date, style, holder, status, events].
  function runOf(code, d) {
    const runs = data.slots[code];
    if (!runs) return null;
    let found = null;
    for (const run of runs) {
      if (run[0] > d) break;
      found = run;
    }
    return found;
  }

  function holderOf(code, d) {
    const run = runOf(code, d);
    return run && run[2] ? run[2] : code;
  }

  function setText(element, text) {
    element.textContent = text;
  }

  function applyDate(d) {
    current = d;
    slider.value = String(d);
    setText(dateLabel, data.dates[d]);
    setText(title, data.titles[d]);
    document.title = data.titles[d];
    for (const group of groups) {
      const run = runOf(group.id, d);
      const path = group.querySelector("path");
      if (run && path) path.setAttribute("fill", data.styles[run[1]]);
    }
    for (const marker of markers) {
      const run = runOf(marker.dataset.entity, d);
      if (run) marker.setAttribute("fill", data.styles[run[1]]);
    }
    for (const border of borders) {
      const sides = border.dataset.sides.split(" ");
      const inside = holderOf(sides[0], d) === holderOf(sides[1], d);
      if (inside) border.setAttribute("display", "none");
      else border.removeAttribute("display");
    }
    legend.replaceChildren();
    for (const row of data.legend[d]) {
      const item = document.createElement("li");
      const swatch = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      swatch.setAttribute("class", "swatch");
      swatch.setAttribute("viewBox", "0 0 14 14");
      swatch.setAttribute("aria-hidden", "true");
      const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      rect.setAttribute("width", "14");
      rect.setAttribute("height", "14");
      rect.setAttribute("fill", data.styles[row[0]]);
      swatch.appendChild(rect);
      const label = document.createElement("span");
      label.textContent = row[1];
      item.append(swatch, label);
      legend.appendChild(item);
    }
    if (pinned) showDetails(pinned, null);
  }

  function element(tag, text) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The tooltip's content for a slot on the current date: name, status, the events up to the
  // date with their sources as links.
  function fillTooltip(code) {
    const run = runOf(code, current);
    tooltip.replaceChildren();
    tooltip.appendChild(element("h2", data.names[code] || code));
    if (!run) {
      tooltip.appendChild(element("p", "No data on this date"));
      return;
    }
    tooltip.appendChild(element("p", data.statuses[run[3]]));
    const today = data.dates[current];
    const events = (data.eventLists[run[4]] || []).filter((e) => !e[0] || e[0] <= today);
    if (events.length === 0) return;
    const list = element("ul");
    for (const event of events) {
      const item = element("li", (event[0] ? event[0] + " " : "") + event[1] +
        (event[2] ? " (disputed)" : ""));
      for (const index of event[3]) {
        const source = data.sources[index];
        item.appendChild(document.createElement("br"));
        if (source[1]) {
          const link = element("a", source[0]);
          link.href = source[1];
          link.rel = "noopener noreferrer";
          link.target = "_blank";
          item.appendChild(link);
        } else {
          item.appendChild(document.createTextNode(source[0]));
        }
      }
      list.appendChild(item);
    }
    tooltip.appendChild(list);
  }

  function place(x, y) {
    const box = document.getElementById("map").getBoundingClientRect();
    tooltip.style.left = "0px";
    tooltip.style.top = "0px";
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    let left = x - box.left + 14;
    let top = y - box.top + 14;
    if (left + width > box.width) left = Math.max(0, x - box.left - width - 14);
    if (top + height > box.height) top = Math.max(0, box.height - height);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function showDetails(group, at) {
    for (const other of groups) other.classList.toggle("active", other === group);
    fillTooltip(group.id);
    tooltip.hidden = false;
    if (at) {
      place(at.x, at.y);
    } else {
      const r = group.getBoundingClientRect();
      place(r.left + r.width / 2, r.top + r.height / 2);
    }
  }

  function hideDetails() {
    tooltip.hidden = true;
    for (const group of groups) group.classList.remove("active");
  }

  function groupAt(target) {
    if (!(target instanceof Element)) return null;
    const marker = target.closest("circle[data-entity]");
    if (marker) return document.getElementById(marker.dataset.entity);
    return target.closest("g.entity");
  }

  // Zoom and pan by rewriting the viewBox.
  const full = svg.viewBox.baseVal;
  const home = { x: full.x, y: full.y, w: full.width, h: full.height };
  let view = Object.assign({}, home);
  function setView(next) {
    const w = Math.min(home.w, Math.max(home.w / 64, next.w));
    const h = w * home.h / home.w;
    const x = Math.min(home.x + home.w - w, Math.max(home.x, next.x));
    const y = Math.min(home.y + home.h - h, Math.max(home.y, next.y));
    view = { x: x, y: y, w: w, h: h };
    svg.setAttribute("viewBox", [x, y, w, h].join(" "));
  }
  function svgPoint(clientX, clientY) {
    const r = svg.getBoundingClientRect();
    return { x: view.x + (clientX - r.left) / r.width * view.w,
      y: view.y + (clientY - r.top) / r.height * view.h };
  }
  function zoomAt(factor, clientX, clientY) {
    const p = svgPoint(clientX, clientY);
    const w = view.w / factor;
    const h = view.h / factor;
    setView({ x: p.x - (p.x - view.x) / factor, y: p.y - (p.y - view.y) / factor, w: w, h: h });
  }
  function zoomCentre(factor) {
    const r = svg.getBoundingClientRect();
    zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
  }

  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoomAt(event.deltaY < 0 ? 1.25 : 0.8, event.clientX, event.clientY);
  }, { passive: false });

  const pointers = new Map();
  let dragged = false;
  let pinch = 0;
  svg.addEventListener("pointerdown", (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
    if (pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
  });
  svg.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (last) {
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
      if (pointers.size === 1 && dragged) {
        svg.classList.add("dragging");
        const r = svg.getBoundingClientRect();
        setView({ x: view.x - dx / r.width * view.w, y: view.y - dy / r.height * view.h,
          w: view.w, h: view.h });
      }
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 2) {
        const [a, b] = Array.from(pointers.values());
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (pinch > 0 && distance > 0) zoomAt(distance / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
        pinch = distance;
      }
      if (dragged) return;
    }
    if (pinned) return;
    const group = groupAt(event.target);
    if (group) showDetails(group, { x: event.clientX, y: event.clientY });
    else hideDetails();
  });
  function release(event) {
    pointers.delete(event.pointerId);
    svg.classList.remove("dragging");
    if (pointers.size < 2) pinch = 0;
  }
  svg.addEventListener("pointerup", (event) => {
    const wasDrag = dragged;
    release(event);
    if (wasDrag) return;
    // A tap or click pins the tooltip, so its links can be followed; tapping the sea unpins.
    const group = groupAt(event.target);
    if (group) {
      pinned = group;
      showDetails(group, { x: event.clientX, y: event.clientY });
    } else {
      pinned = null;
      hideDetails();
    }
  });
  svg.addEventListener("pointercancel", release);
  svg.addEventListener("pointerleave", () => {
    if (!pinned) hideDetails();
  });

  // Keyboard: Tab moves through the entities, each showing its details; Escape closes them.
  for (const group of groups) {
    group.addEventListener("focus", () => {
      pinned = group;
      showDetails(group, null);
    });
    group.addEventListener("blur", () => {
      if (pinned === group) {
        pinned = null;
        hideDetails();
      }
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      pinned = null;
      hideDetails();
    }
  });

  document.getElementById("zoom-in").addEventListener("click", () => zoomCentre(1.5));
  document.getElementById("zoom-out").addEventListener("click", () => zoomCentre(1 / 1.5));
  document.getElementById("zoom-reset").addEventListener("click", () => setView(home));

  slider.max = String(data.dates.length - 1);
  slider.addEventListener("input", () => applyDate(Number(slider.value)));
  applyDate(current);
})();
