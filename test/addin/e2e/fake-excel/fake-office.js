/* Simulated Excel host for the e2e test: an in-memory workbook implementing exactly the Excel API
 * calls the add-in makes (addin/src/excel), plus Office.onReady. Served in place of office.js.
 * Without Office.context.ui the login falls back to a popup window (see addin/src/login/open-login.ts).
 * window.__fakeExcel lets the test type into cells, select a cell and render a sheet as HTML. */
(function () {
  'use strict';
  const col = (l) => [...l.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const letter = (c) => { let s = ''; let n = c + 1; while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; };
  function parse(address) {
    let a = address; let sheet = null;
    if (a.includes('!')) { sheet = a.slice(0, a.lastIndexOf('!')).replace(/^'|'$/g, ''); a = a.slice(a.lastIndexOf('!') + 1); }
    const [p, q] = a.replace(/\$/g, '').split(':');
    const one = (x) => { const m = /^([A-Z]+)(\d+)$/i.exec(x); return { r: Number(m[2]) - 1, c: col(m[1]) }; };
    const s = one(p); const e = q ? one(q) : s;
    return { sheet, r: s.r, c: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 };
  }
  const handlers = [];
  const book = { sheets: [], parts: [], active: null, activeCell: { sheet: null, r: 0, c: 0 } };

  function makeSheet(name) {
    const cells = new Map(); // "r,c" -> { v, nf, fill, bold, italic, color, locked, prompt, wrap }
    const colWidths = {};
    const get = (r, c) => { const k = r + ',' + c; if (!cells.has(k)) cells.set(k, { v: '', nf: 'General', locked: true }); return cells.get(k); };
    const sheet = {
      name, isNullObject: false, cells, colWidths, tablesList: [], frozen: 0,
      load() { return sheet; },
      protection: { protected: false, load() {}, protect() { sheet.protection.protected = true; }, unprotect() { sheet.protection.protected = false; } },
      tables: { get items() { return sheet.tablesList; }, load() {}, add(address, hasHeaders) { const t = { address, hasHeaders, name: '', style: '', delete() { sheet.tablesList = sheet.tablesList.filter((x) => x !== t); } }; sheet.tablesList.push(t); return t; } },
      freezePanes: { freezeRows(n) { sheet.frozen = n; }, unfreeze() { sheet.frozen = 0; } },
      activate() { book.active = sheet; },
      getRange(address) { if (!address) return makeRange(sheet, get, { r: 0, c: 0, rows: 1e6, cols: 16384, all: true }); return makeRange(sheet, get, parse(address)); },
      getRangeByIndexes(r, c, rows, cols) { return makeRange(sheet, get, { r, c, rows, cols }); },
      getCell: get,
    };
    return sheet;
  }

  function makeRange(sheet, get, box) {
    const assertWritable = () => {
      if (!sheet.protection.protected) return;
      for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) if (get(box.r + i, box.c + j).locked) throw new Error('Il foglio è protetto: ' + sheet.name);
    };
    const matrix = (f) => Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.cols }, (_, j) => f(get(box.r + i, box.c + j))));
    const each = (f) => { for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) f(get(box.r + i, box.c + j)); };
    const prop = (key) => ({ get() { return get(box.r, box.c)[key]; }, set(v) { each((x) => { x[key] = v; }); } });
    const font = Object.defineProperties({}, { bold: prop('bold'), italic: prop('italic'), color: prop('color'), size: prop('size') });
    const format = Object.defineProperties({ font, fill: Object.defineProperties({}, { color: prop('fill') }), protection: Object.defineProperties({}, { locked: prop('locked') }) }, {
      wrapText: prop('wrap'), verticalAlignment: prop('valign'),
      columnWidth: { get() { return sheet.colWidths[box.c]; }, set(w) { for (let j = 0; j < box.cols; j++) sheet.colWidths[box.c + j] = w; } },
    });
    return {
      get address() { return "'" + sheet.name + "'!" + letter(box.c) + (box.r + 1); },
      load() {},
      get values() { return matrix((x) => x.v); },
      set values(m) { if (sheet.protection.protected) assertWritable(); m.forEach((row, i) => row.forEach((v, j) => { get(box.r + i, box.c + j).v = v; })); },
      get numberFormat() { return matrix((x) => x.nf); },
      set numberFormat(m) { m.forEach((row, i) => row.forEach((v, j) => { get(box.r + i, box.c + j).nf = v; })); },
      format,
      dataValidation: { clear() { each((x) => { x.prompt = null; }); }, set prompt(p) { each((x) => { x.prompt = p; }); }, get prompt() { return get(box.r, box.c).prompt; } },
      clear() { if (box.all) { sheet.cells.clear(); } else each((x) => Object.assign(x, { v: '', nf: 'General', fill: null, bold: false, locked: true, prompt: null })); },
    };
  }

  const NULL_SHEET = { isNullObject: true, load() {} };
  const worksheets = {
    get items() { return book.sheets; },
    load() {},
    getItemOrNullObject(name) { return book.sheets.find((s) => s.name === name) || NULL_SHEET; },
    getItem(name) { const s = book.sheets.find((x) => x.name === name); if (!s) throw new Error('Foglio inesistente: ' + name); return s; },
    add(name) { const s = makeSheet(name); book.sheets.push(s); return s; },
    onSelectionChanged: { add(h) { handlers.push(h); } },
  };
  const customXmlParts = {
    add(xml) { const p = { id: 'p' + Math.random(), xml, getXml() { return { value: p.xml }; }, delete() { book.parts = book.parts.filter((x) => x !== p); } }; book.parts.push(p); return p; },
    getByNamespace(ns) { return { get items() { return book.parts.filter((p) => p.xml.includes('xmlns="' + ns + '"')); }, load() {} }; },
  };
  const workbook = {
    worksheets, customXmlParts,
    getActiveCell() { const s = book.sheets.find((x) => x.name === book.activeCell.sheet) || book.active; return s.getRangeByIndexes(book.activeCell.r, book.activeCell.c, 1, 1); },
  };
  let queue = Promise.resolve();
  window.Excel = {
    run(cb) {
      const context = { workbook, sync: () => new Promise((r) => setTimeout(r, 0)) };
      const p = queue.then(() => cb(context));
      queue = p.catch(() => undefined);
      return p;
    },
  };
  window.OfficeExtension = { ClientResult: function () {} };
  window.Office = {
    onReady(cb) { const info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(() => cb && cb(info), 0); return Promise.resolve(info); },
    context: { document: { settings: { get() { return null; }, set() {}, saveAsync(cb) { cb && cb({ status: 'succeeded' }); } } } },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };

  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  /** A cell's value as an Italian Excel shows it (range.text): #,##0.00 -> 11.000,00. */
  const grouped = (n) => { const [i, f] = Math.abs(n).toFixed(2).split('.'); return (n < 0 ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ',' + f; };
  const shown = (x) => (typeof x.v === 'number' && x.nf && x.nf.includes('#,##0.00') ? grouped(x.v) : typeof x.v === 'number' && x.nf && x.nf.includes('0.00') ? x.v.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : typeof x.v === 'number' ? x.v.toLocaleString('it-IT') : x.v);
  window.__fakeExcel = {
    book,
    sheetNames: () => book.sheets.map((s) => s.name),
    /** Types into a cell as a user would (refused on locked cells of a protected sheet). */
    type(sheetName, address, value) { const s = worksheets.getItem(sheetName); s.getRange(address).values = [[value]]; },
    value(sheetName, address) { return worksheets.getItem(sheetName).getRange(address).values[0][0]; },
    text(sheetName, address) { const p = parse(address); return String(shown(worksheets.getItem(sheetName).getCell(p.r, p.c))); },
    cell(sheetName, address) { const p = parse(address); return Object.assign({}, worksheets.getItem(sheetName).getCell(p.r, p.c)); },
    find(sheetName, text) { const s = worksheets.getItem(sheetName); for (const [k, x] of s.cells) if (x.v === text) { const [r, c] = k.split(',').map(Number); return letter(c) + (r + 1); } return null; },
    select(sheetName, address) { const p = parse(address); book.activeCell = { sheet: sheetName, r: p.r, c: p.c }; handlers.forEach((h) => h({ address })); },
    /** The sheet as an HTML table with Excel-like headers, fills, fonts and prompts, for screenshots. */
    render(sheetName, maxRows) {
      const s = worksheets.getItem(sheetName);
      let rows = 0; let cols = 0;
      for (const [k, x] of s.cells) if (x.v !== '' && x.v !== null) { const [r, c] = k.split(',').map(Number); rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); }
      rows = Math.min(rows, maxRows || 60);
      const widths = Array.from({ length: cols }, (_, c) => Math.round((s.colWidths[c] || 64) * 1.33));
      let h = '<table class="xl" style="width:' + (40 + widths.reduce((a, b) => a + b, 0)) + 'px"><tr><th style="width:40px"></th>' + widths.map((w, c) => '<th style="width:' + w + 'px">' + letter(c) + '</th>').join('') + '</tr>';
      for (let r = 0; r < rows; r++) {
        h += '<tr><th>' + (r + 1) + '</th>';
        for (let c = 0; c < cols; c++) {
          const x = s.cells.get(r + ',' + c) || { v: '' };
          const blank = (k) => { const y = s.cells.get(r + ',' + k); return !y || ((y.v === '' || y.v === null) && !y.fill); };
          let span = 1;
          if (typeof x.v === 'string' && x.v !== '' && !x.wrap) while (c + span < cols && blank(c + span)) span++;
          // spilled text keeps its fill on its own column only, as in Excel
          const fill = x.fill ? (span > 1 ? 'background:linear-gradient(to right,' + x.fill + ' ' + widths[c] + 'px,transparent ' + widths[c] + 'px)' : 'background:' + x.fill) : '';
          const st = [fill, x.bold ? 'font-weight:600' : '', x.italic ? 'font-style:italic' : '', x.color ? 'color:' + x.color : '', x.size ? 'font-size:' + x.size + 'px' : '', typeof x.v === 'number' ? 'text-align:right' : '', x.wrap ? 'white-space:normal' : 'white-space:nowrap;text-overflow:ellipsis'].filter(Boolean).join(';');
          const v = shown(x);
          h += '<td' + (span > 1 ? ' colspan="' + span + '"' : '') + ' style="' + st + '"' + (x.prompt ? ' title="' + esc(x.prompt.message) + '"' : '') + '>' + esc(v) + (x.prompt && x.fill !== '#DFF6DD' ? '<div class="prompt"><b>' + esc(x.prompt.title) + '</b><br>' + esc(x.prompt.message) + '</div>' : '') + '</td>';
          c += span - 1;
        }
        h += '</tr>';
      }
      const tabs = book.sheets.map((x) => '<span class="tab' + (x.name === sheetName ? ' on' : '') + '">' + esc(x.name) + '</span>').join('');
      return '<style>body{margin:0;font:11px Calibri,"Segoe UI",sans-serif}.xl{border-collapse:collapse;table-layout:fixed}.xl td,.xl th{border:1px solid #e1e1e1;padding:2px 4px;vertical-align:top;overflow:hidden;max-height:48px;position:relative}.xl th{background:#f3f3f3;color:#444;font-weight:400}.prompt{position:absolute;z-index:2;left:40%;top:100%;width:220px;background:#ffffe1;border:1px solid #999;padding:4px;font-size:11px;white-space:normal;color:#222}.tabs{background:#f3f3f3;border-top:1px solid #ccc;padding:4px}.tab{padding:3px 10px;margin-right:2px;color:#444}.tab.on{background:#fff;border-bottom:2px solid #217346;color:#217346;font-weight:600}</style>' + h + '</table><div class="tabs">' + tabs + '</div>';
    },
  };
})();
