// Herald's web UI: one page, routes in the URL's hash, data from /api/. No framework: DOM built with h(), text
// always set as text (never as HTML). When a view has rendered, <body data-view=NAME data-ready=1 data-count=N>
// tells the browser tests what it shows.
'use strict';

const COOP = '#2a9d8f';
const CONFLICT = '#d1495b';
const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
const FILTERS = ['from', 'to', 'actor', 'type', 'country'];
const view = document.getElementById('view');
const tip = document.getElementById('tip');
let charts = [];
let types = null;

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path) {
  const r = await fetch('/api/' + path, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({code: 'H-API-006', message: 'the server answered ' + r.status}));
  if (!r.ok) throw new Error(body.message + ' [' + body.code + ']');
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  return {parts: path.split('/').filter(Boolean).map(decodeURIComponent), params};
}

function ready(name, count) {
  document.body.dataset.view = name;
  document.body.dataset.count = String(count);
  document.body.dataset.ready = '1';
}

function fail(e) {
  view.replaceChildren(h('div', {class: 'error'}, e.message));
  ready('error', 0);
}

function actorLabel(a) {
  if (!a) return '—';
  return a.name && a.name !== a.code ? a.name : a.code;
}

function quadBadge(q) {
  return h('span', {class: 'badge ' + (q <= 2 ? 'coop' : 'conflict'), title: QUAD[q]}, q <= 2 ? 'coop' : 'conflict');
}

function entityLink(name) {
  return h('a', {href: '#/entity/' + encodeURIComponent(name)}, name);
}

async function ploverTypes() {
  if (!types) types = Object.keys((await api('stats')).types).sort();
  return types;
}

// ---- filters shared by events, timeline, network and map ----
async function filterBar(name, params) {
  const known = await ploverTypes();
  const input = (k, label, ph, type) => h('label', {}, label,
      h('input', {name: k, value: params[k] || '', placeholder: ph, type: type || 'text', size: 10}));
  const form = h('form', {class: 'filters', id: 'filters'},
      input('from', 'From', 'YYYY-MM-DD', 'date'), input('to', 'To', 'YYYY-MM-DD', 'date'),
      input('actor', 'Actor', 'RUS, USAGOV'),
      h('label', {}, 'Type', h('select', {name: 'type'}, h('option', {value: ''}, 'All types'),
          known.map(t => h('option', {value: t, selected: params.type === t}, t)))),
      input('country', 'Country', 'ISO3: EGY'),
      h('button', {type: 'submit'}, 'Apply'),
      h('a', {href: '#/' + name, class: 'small'}, 'Clear'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const p = {};
    for (const k of FILTERS) p[k] = form.elements[k].value.trim();
    location.hash = '#/' + name + qs(p);
  });
  return form;
}

function filterParams(params) {
  const p = {};
  for (const k of FILTERS) if (params[k]) p[k] = params[k];
  return p;
}

// ---- views ----
async function home() {
  const s = await api('stats');
  const recent = await api('events?limit=8');
  const fig = (n, label) => h('div', {class: 'card'}, h('div', {class: 'figure'}, n.toLocaleString()),
      h('div', {class: 'label'}, label));
  const top = (obj, link) => h('ul', {class: 'hits'}, Object.entries(obj).slice(0, 8).map(([k, v]) =>
      h('li', {}, h('a', {href: link(k)}, k), ' ', h('span', {class: 'muted small'}, v + ' events'))));
  view.replaceChildren(
      h('h1', {}, 'What the news says happened'),
      h('p', {class: 'muted'}, s.articles + ' articles from ' + (s.firstPublished || '?') + ' to '
          + (s.lastPublished || '?') + '. Search above, or explore the events.'),
      h('div', {class: 'grid cols-4'}, fig(s.articles, 'articles'), fig(s.events, 'events'),
          fig(s.entities, 'entities'), fig(s.quotes, 'quotations')),
      h('div', {class: 'grid cols-2', style: 'margin-top:16px'},
          h('div', {class: 'card'}, h('h2', {}, 'Event types'), top(s.types, k => '#/events?type=' + k)),
          h('div', {class: 'card'}, h('h2', {}, 'Most active actors'), top(s.actors, k => '#/events?actor=' + k))),
      h('h2', {}, 'Latest events'), eventTable(recent.items));
  ready('home', s.articles);
}

async function search(params) {
  const q = params.q || '';
  document.getElementById('search-box').value = q;
  if (!q) return home();
  const offset = +params.offset || 0;
  const page = await api('search' + qs({...params, limit: 20, offset}));
  const snippet = s => {
    // the store marks matches with [brackets]
    const out = [];
    const re = /\[([^\]]*)\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(s))) {
      out.push(s.slice(last, m.index), h('mark', {}, m[1]));
      last = re.lastIndex;
    }
    out.push(s.slice(last));
    return out;
  };
  view.replaceChildren(
      h('h1', {}, 'Articles matching “' + q + '”'),
      page.items.length === 0 ? h('div', {class: 'empty'}, 'No article matches.') :
        h('ul', {class: 'hits', id: 'hits'}, page.items.map(it => h('li', {},
            h('a', {class: 'title', href: '#/article/' + it.article}, it.title || it.url || it.path),
            h('div', {class: 'snippet'}, snippet(it.snippet || '')),
            h('div', {class: 'muted small'}, (it.published || 'undated') + ' · ' + (it.url || it.path || ''))))),
      pager(page, offset, o => '#/search' + qs({...params, offset: o})));
  ready('search', page.items.length);
}

function pager(page, offset, href) {
  return h('div', {class: 'pager'},
      h('button', {disabled: offset === 0, onclick: () => location.hash = href(Math.max(0, offset - page.limit))}, '← Newer'),
      h('span', {class: 'muted small'}, page.items.length ? (offset + 1) + '–' + (offset + page.items.length) : ''),
      h('button', {disabled: !page.hasMore, onclick: () => location.hash = href(offset + page.limit)}, 'Older →'));
}

// Splits the text at every annotation boundary; each piece carries every annotation that covers it.
function annotate(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const paragraphs = [h('p', {})];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const covering = anns.filter(a => a.start <= s && a.end >= e);
    const parts = text.slice(s, e).split('\n');
    parts.forEach((part, j) => {
      if (j > 0) paragraphs.push(h('p', {}));
      if (!part) return;
      const p = paragraphs[paragraphs.length - 1];
      if (covering.length === 0) { p.append(part); return; }
      const el = h('span', {class: 'ann ' + [...new Set(covering.map(a => a.kind))].join(' ')}, part);
      el.addEventListener('mouseenter', ev => showTip(ev, covering));
      el.addEventListener('mousemove', moveTip);
      el.addEventListener('mouseleave', () => { tip.hidden = true; });
      if (covering.some(a => a.kind === 'trigger')) el.dataset.event = covering.find(a => a.kind === 'trigger').id;
      p.append(el);
    });
  }
  return paragraphs;
}

function showTip(ev, covering) {
  tip.replaceChildren(...covering.map(a => h('div', {}, h('b', {}, a.title), ' ', a.detail)));
  tip.hidden = false;
  moveTip(ev);
}

function moveTip(ev) {
  tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - 400) + 'px';
  tip.style.top = (ev.clientY + 16) + 'px';
}

async function article(id) {
  const a = await api('articles/' + encodeURIComponent(id));
  const anns = [];
  for (const e of a.entities) {
    const kind = {PERSON: 'person', LOCATION: 'location', ORGANIZATION: 'organization'}[e.type] || 'misc';
    const detail = [e.type.toLowerCase(), e.country, e.roles.join(', ')].filter(Boolean).join(' · ');
    for (const m of e.mentions) anns.push({start: m.start, end: m.end, kind, title: e.name, detail: detail + (m.kind !== 'NAME' ? ' (' + m.kind.toLowerCase() + ')' : '')});
  }
  for (const d of a.dates) anns.push({start: d.start, end: d.end, kind: 'date', title: d.value, detail: d.type.toLowerCase() + (d.mod ? ' ' + d.mod : '')});
  for (const q of a.quotes) anns.push({start: q.start, end: q.end, kind: 'quote', title: 'Quote', detail: (q.speaker ? 'by ' + q.speaker : 'speaker unknown') + (q.cue ? ' · ' + q.cue : '') + (q.direct ? ' · direct' : ' · reported')});
  for (const v of a.events) anns.push({start: v.start, end: v.end, kind: 'trigger', id: String(v.id), title: v.plover + ' (' + v.cameo + ')', detail: actorLabel(v.source) + ' → ' + actorLabel(v.target) + ' · ' + QUAD[v.quadClass] + ' · Goldstein ' + v.goldstein + ' · ' + v.status + (v.date ? ' · ' + v.date : '') + (v.location ? ' · at ' + v.location.name : '')});
  const legend = h('div', {class: 'legend'}, [['person', 'People', '--person'], ['location', 'Places', '--place'],
    ['organization', 'Organisations', '--org'], ['date', 'Dates', '--date'], ['quote', 'Quotes', '--quote'],
    ['trigger', 'Event triggers', '--trigger']].map(([k, label, color]) => h('label', {},
      h('input', {type: 'checkbox', checked: true, dataset: {kind: k}, onchange: e => document.body.classList.toggle('hide-' + k, !e.target.checked)}),
      h('span', {class: 'swatch', style: 'background:var(' + color + ')'}), label)));
  const people = a.entities.filter(e => e.type === 'PERSON');
  const places = a.entities.filter(e => e.type === 'LOCATION');
  view.replaceChildren(
      h('h1', {}, a.title || 'Untitled'),
      h('div', {class: 'meta'}, (a.published || 'undated') + ' · ', a.url ? h('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, a.url) : (a.path || '')),
      h('div', {class: 'article'},
          h('div', {class: 'card'}, legend, h('div', {class: 'text', id: 'article-text'}, annotate(a.text, anns))),
          h('aside', {class: 'side card'},
              h('h3', {}, 'Events (' + a.events.length + ')'),
              h('ul', {}, a.events.map(v => h('li', {}, quadBadge(v.quadClass), ' ', h('b', {}, v.plover), ' ',
                  actorLabel(v.source), ' → ', actorLabel(v.target), h('div', {class: 'muted small'}, '“' + v.trigger + '” · CAMEO ' + v.cameo)))),
              h('h3', {}, 'People (' + people.length + ')'),
              h('ul', {}, people.map(e => h('li', {}, entityLink(e.name), e.roles.length ? h('div', {class: 'muted small'}, e.roles.join(', ')) : null))),
              h('h3', {}, 'Places (' + places.length + ')'),
              h('ul', {}, places.map(e => h('li', {}, entityLink(e.name), ' ', h('span', {class: 'muted small'}, e.country || '')))),
              h('h3', {}, 'Quotations (' + a.quotes.length + ')'),
              h('ul', {}, a.quotes.map(q => h('li', {}, h('span', {class: 'small'}, '“' + q.text.slice(0, 120) + (q.text.length > 120 ? '…' : '') + '”'), h('div', {class: 'muted small'}, q.speaker ? '— ' + q.speaker : '— unknown speaker')))))));
  ready('article', anns.length);
}

function eventTable(items) {
  if (!items.length) return h('div', {class: 'empty'}, 'No events match.');
  return h('table', {id: 'events-table'},
      h('thead', {}, h('tr', {}, ['Day', 'Source', 'Target', 'Type', 'CAMEO', 'Class', 'Goldstein', 'Trigger', 'Articles'].map(t => h('th', {}, t)))),
      h('tbody', {}, items.map(v => h('tr', {},
          h('td', {}, v.day || '—'),
          h('td', {}, actorLabel(v.source), h('div', {class: 'code'}, v.source.code)),
          h('td', {}, actorLabel(v.target), v.target ? h('div', {class: 'code'}, v.target.code) : null),
          h('td', {}, h('a', {href: '#/events?type=' + v.plover}, v.plover)),
          h('td', {class: 'code'}, v.cameo),
          h('td', {}, quadBadge(v.quadClass)),
          h('td', {}, v.goldstein.toFixed(1)),
          h('td', {}, h('a', {href: '#/article/' + v.first.article}, '“' + v.first.trigger + '”'),
              h('div', {class: 'muted small'}, v.first.title || '')),
          h('td', {}, String(v.numArticles))))));
}

async function events(params) {
  const offset = +params.offset || 0;
  const page = await api('events' + qs({...filterParams(params), limit: 50, offset}));
  view.replaceChildren(h('h1', {}, 'Events'), await filterBar('events', params), eventTable(page.items),
      pager(page, offset, o => '#/events' + qs({...filterParams(params), offset: o})));
  ready('events', page.items.length);
}

function chartBox() {
  const box = h('div', {class: 'chart card', id: 'chart'});
  return box;
}

function mount(box, option) {
  const chart = echarts.init(box, null, {renderer: 'canvas'});
  chart.setOption(option);
  charts.push(chart);
  return chart;
}

async function timeline(params) {
  const t = await api('timeline' + qs(filterParams(params)));
  const box = chartBox();
  view.replaceChildren(h('h1', {}, 'Timeline of events by PLOVER type'), await filterBar('timeline', params),
      h('p', {class: 'muted small'}, t.events + ' events, counted per ' + t.bucket + (t.truncated ? ' (the newest only)' : '')), box);
  mount(box, {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {type: 'scroll', top: 0},
    grid: {left: 48, right: 24, top: 48, bottom: 70},
    dataZoom: [{type: 'slider', bottom: 16}, {type: 'inside'}],
    xAxis: {type: 'category', data: t.periods},
    yAxis: {type: 'value', name: 'events', minInterval: 1},
    series: t.series.map(s => ({name: s.type, type: 'bar', stack: 'all', emphasis: {focus: 'series'}, data: s.counts}))
  }).on('click', p => { location.hash = '#/events' + qs({...filterParams(params), type: p.seriesName}); });
  ready('timeline', t.series.length);
}

async function network(params) {
  const n = await api('network' + qs(filterParams(params)));
  const box = chartBox();
  view.replaceChildren(h('h1', {}, 'Actor network'), await filterBar('network', params),
      h('p', {class: 'muted small'}, 'Countries, organisations and people; a line joins actors with events between them, ',
          h('span', {style: 'color:' + COOP + ';font-weight:600'}, 'teal for mostly cooperation'), ', ',
          h('span', {style: 'color:' + CONFLICT + ';font-weight:600'}, 'red for mostly conflict'), '; thicker is more events.'), box);
  const cats = ['country', 'person', 'organisation'];
  mount(box, {
    tooltip: {formatter: p => p.dataType === 'edge'
        ? p.data.label + ': ' + p.data.coop + ' cooperation, ' + p.data.conflict + ' conflict'
        : p.data.name + ' (' + p.data.kind + '): ' + p.data.events + ' events'},
    legend: {data: cats, top: 0},
    color: ['#24527a', '#6a4c93', '#b5651d'],
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, top: 60, bottom: 20,
      categories: cats.map(c => ({name: c})),
      force: {repulsion: 200, edgeLength: [50, 140], gravity: 0.14},
      label: {show: true, position: 'right', fontSize: 12},
      data: n.nodes.map(x => ({id: x.id, name: x.label, kind: x.kind, events: x.events, category: cats.indexOf(x.kind),
        symbolSize: 10 + Math.sqrt(x.events) * 6})),
      links: n.edges.map(e => ({source: e.source, target: e.target, coop: e.cooperation, conflict: e.conflict,
        label: e.source + ' – ' + e.target,
        lineStyle: {color: e.conflict > e.cooperation ? CONFLICT : COOP, width: 1 + Math.log2(1 + e.cooperation + e.conflict) * 1.5, opacity: 0.75, curveness: 0.1}}))
    }]
  }).on('click', p => {
    if (p.dataType !== 'node') return;
    if (p.data.kind === 'person') location.hash = '#/entity/' + encodeURIComponent(p.data.name);
    else location.hash = '#/events' + qs({actor: p.data.id});
  });
  ready('network', n.nodes.length);
}

async function map(params) {
  const p = await api('places' + qs(filterParams(params)));
  const box = chartBox();
  view.replaceChildren(h('h1', {}, 'Where events happened'), await filterBar('map', params),
      h('p', {class: 'muted small'}, p.events + ' events; ' + p.unplaced + ' without a place. Dots grow with events and turn red with conflict. Countries are shaded by events.'), box);
  const max = Math.max(1, ...Object.values(p.countries));
  mount(box, {
    tooltip: {trigger: 'item', formatter: x => x.seriesType === 'scatter'
        ? x.data.label + ': ' + x.data.events + ' events (' + x.data.coop + ' cooperation, ' + x.data.conflict + ' conflict)<br>' + Object.entries(x.data.types).map(([k, v]) => k + ' ' + v).join(', ')
        : x.name + (x.value ? ': ' + x.value + ' events' : '')},
    visualMap: {min: 0, max, seriesIndex: 0, left: 16, bottom: 16, text: ['more events', 'fewer'], calculable: true,
      inRange: {color: ['#eef2f6', '#9db8d2', '#24527a']}},
    geo: {map: 'world', roam: true, silent: true, itemStyle: {areaColor: '#eef2f6', borderColor: '#b9c3cf'}},
    series: [
      {type: 'map', map: 'world', geoIndex: 0, data: Object.entries(p.countries).map(([name, value]) => ({name, value}))},
      {type: 'scatter', coordinateSystem: 'geo', z: 5,
        data: p.places.map(x => ({name: x.label, label: x.label, value: [x.lon, x.lat, x.events], events: x.events,
          coop: x.cooperation, conflict: x.conflict, types: x.types,
          itemStyle: {color: x.conflict > x.cooperation ? CONFLICT : COOP, borderColor: '#fff', borderWidth: 1, opacity: 0.9}})),
        symbolSize: v => 6 + Math.sqrt(v[2]) * 5}
    ]
  });
  ready('map', p.places.length);
}

async function entity(name) {
  const r = await api('entities/' + encodeURIComponent(name) + '?limit=50');
  const blocks = r.profiles.map(p => h('section', {class: 'card', style: 'margin-bottom:16px'},
      h('h1', {}, p.name, ' ', h('span', {class: 'muted small'}, p.type.toLowerCase() + (p.country ? ' · ' + p.country : ''))),
      h('div', {class: 'meta'}, p.articles + ' articles · seen ' + (p.firstSeen || '?') + ' to ' + (p.lastSeen || '?') + ' · ' + p.quoteCount + ' quotations · ' + p.eventCount + ' event reports'),
      h('div', {}, Object.entries(p.roles).map(([role, n]) => h('span', {class: 'chip'}, role + ' ×' + n))),
      h('h2', {}, 'Quotations'),
      p.quotes.length ? p.quotes.map(q => h('div', {class: 'quote-item'}, '“' + q.text + '”',
          h('div', {class: 'muted small'}, (q.published || '') + ' · ', h('a', {href: '#/article/' + q.article}, q.title || 'article'))))
        : h('div', {class: 'muted'}, 'None.'),
      h('h2', {}, 'Events'), eventTable(p.events)));
  view.replaceChildren(...blocks);
  ready('entity', r.profiles.length);
}

async function quotes(params) {
  const offset = +params.offset || 0;
  const page = await api('quotes' + qs({speaker: params.speaker, limit: 30, offset}));
  const form = h('form', {class: 'filters'}, h('label', {}, 'Speaker', h('input', {name: 'speaker', value: params.speaker || ''})),
      h('button', {type: 'submit'}, 'Apply'));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = '#/quotes' + qs({speaker: form.elements.speaker.value.trim()}); });
  view.replaceChildren(h('h1', {}, 'Quotations'), form,
      page.items.length ? page.items.map(q => h('div', {class: 'quote-item'}, '“' + q.text + '”',
          h('div', {class: 'muted small'}, q.speaker ? entityLink(q.speaker) : 'unknown speaker', ' · ' + (q.published || '') + ' · ',
              h('a', {href: '#/article/' + q.article}, q.title || 'article')))) : h('div', {class: 'empty'}, 'No quotations.'),
      pager(page, offset, o => '#/quotes' + qs({speaker: params.speaker, offset: o})));
  ready('quotes', page.items.length);
}

async function render() {
  document.body.dataset.ready = '';
  tip.hidden = true;
  charts.forEach(c => c.dispose());
  charts = [];
  const {parts, params} = route();
  const name = parts[0] || '';
  for (const a of document.querySelectorAll('.tabs a')) a.classList.toggle('active', a.dataset.view === name);
  view.replaceChildren(h('div', {class: 'empty'}, 'Loading…'));
  try {
    switch (name) {
      case '': await home(); break;
      case 'search': await search(params); break;
      case 'article': await article(parts[1]); break;
      case 'events': await events(params); break;
      case 'timeline': await timeline(params); break;
      case 'network': await network(params); break;
      case 'map': await map(params); break;
      case 'entity': await entity(parts.slice(1).join('/')); break;
      case 'quotes': await quotes(params); break;
      default: throw new Error('No such page: ' + name);
    }
  } catch (e) {
    fail(e);
  }
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('search-box').value.trim();
  if (q) location.hash = '#/search' + qs({q});
});
window.addEventListener('hashchange', render);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
render();
