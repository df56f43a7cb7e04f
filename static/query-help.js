// Canned-query pages: valid values and examples for each parameter, the columns' meanings, and the
// query's preset chart. The data comes from plugins/query_help.py (window.centcomQueryHelp).
(function () {
  if (!window.centcomQueryHelp) return;
  const {help, fragment, described, problem} = window.centcomQueryHelp;
  const form = document.querySelector('form.sql');
  if (!form) return;
  // Lead with the description and the form: Datasette's heading ("Custom SQL query returning 55 rows")
  // becomes the result count, the button says what it does, and the SQL folds below the form.
  const heading = form.querySelector('h3');
  if (heading && heading.textContent.includes('Custom SQL query')) {
    const count = heading.textContent.match(/returning ([^(]+)/);
    heading.textContent = count ? 'Results: ' + count[1].trim() : 'Choose';
  }
  const sql = form.querySelector('pre#sql-query');
  if (sql) {
    const details = document.createElement('details');
    details.className = 'query-sql';
    const summary = document.createElement('summary');
    summary.textContent = 'The SQL this query runs';
    details.append(summary, sql);
    form.after(details);
  }
  const run = form.querySelector('input[type=submit]');
  if (run) run.value = 'Show results';
  form.querySelector('#sql-format')?.remove();  // formats the SQL, which now sits folded below
  const names = Object.keys(described);
  if (names.length) {
    document.querySelectorAll('table.rows-and-columns th').forEach(th => {
      const name = th.textContent.trim();
      if (described[name]) th.title = described[name];
    });
    const details = document.createElement('details');
    details.className = 'column-descriptions';
    const summary = document.createElement('summary');
    summary.textContent = 'What each column means';
    const dl = document.createElement('dl');
    for (const name of names) {
      const dt = document.createElement('dt'), dd = document.createElement('dd');
      dt.textContent = name; dd.textContent = described[name];
      dl.append(dt, dd);
    }
    details.append(summary, dl);
    form.after(details);
  }
  const missing = [];
  for (const [name, h] of Object.entries(help)) {
    const input = Array.from(form.querySelectorAll('input')).find(i => i.name === name);
    if (!input) continue;
    input.placeholder = h.hint;
    const choices = h.values.length ? h.values : h.examples;
    if (h.values.length) {
      const list = document.createElement('datalist');
      list.id = 'choices-' + name;
      for (const v of h.values) { const o = document.createElement('option'); o.value = v; list.appendChild(o); }
      form.appendChild(list);
      input.setAttribute('list', list.id);
    }
    if (choices.length) {
      const span = document.createElement('span');
      span.className = 'param-choices';
      span.append(h.values.length ? ' one of: ' : ' e.g. ');
      choices.forEach((v, i) => {
        const a = document.createElement('a');
        a.href = '#'; a.textContent = v;
        a.addEventListener('click', e => { e.preventDefault(); input.value = v; });
        span.append(a, i < choices.length - 1 ? ', ' : '');
      });
      input.after(span);
    }
    if (!input.value.trim()) missing.push(h.hint ? name + ' (' + h.hint + ')' : name);
  }
  if (missing.length || problem) {
    const p = document.createElement('p');
    p.className = 'message-info param-missing';
    p.setAttribute('role', 'status');
    p.style.cssText = 'border-left: 6px solid #2563eb; background: #eff6ff; padding: 0.5em 1em';
    p.textContent = missing.length ? 'Enter ' + missing.join(' and ') + ', then press Show results.' : problem;
    form.before(p);
  }
  if (fragment) {
    if (!location.hash) history.replaceState(null, '', location.pathname + location.search + '#' + fragment);
    form.addEventListener('submit', () => {
      form.action = form.action.split('#')[0] + (location.hash || '#' + fragment);
    });
  }
})();
