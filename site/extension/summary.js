// PolicyLensSummary turns a report into the summary sections shown in the
// popup. It mirrors wasm/view/summary.go (the web page's summary) so
// both faces of PolicyLens show the same sections, titles and wording; keep
// them in step. When the WASM API offers policylens.summarize(report), the
// popup uses that instead.
(() => {
  'use strict';

  // KINDS are the highlighted finding kinds with a label and an icon, as in
  // wasm/view/kinds.go.
  const KINDS = [
    ['collect', 'Data collected', '📥'],
    ['share', 'Shared', '🔀'],
    ['sale', 'Sold / not sold', '💰'],
    ['right', 'Rights and choices', '⚖️'],
    ['retention', 'Retention', '⏳'],
    ['security', 'Security', '🔒'],
    ['children', 'Children', '🧒'],
    ['change', 'Policy changes', '📝'],
    ['transfer', 'International transfers', '🌍'],
    ['dnt', 'Do Not Track', '🚫'],
  ].map(([id, label, icon]) => ({ id, label, icon }));

  const GROUPS = {
    contact: 'Contact details', location: 'Location', financial: 'Financial', health: 'Health',
    demographic: 'Demographics', 'online-activity': 'Online activity', device: 'Device and technical',
    identifier: 'Identifiers', cookies: 'Cookies and tracking', computer: 'Device and technical',
    social: 'Social media', 'user-profile': 'Account and profile', account: 'Account and profile',
    biometric: 'Biometric', generic: 'Personal information', other: 'Other',
  };

  function groupName(g) {
    if (GROUPS[g]) return GROUPS[g];
    if (!g) return 'Other';
    return g[0].toUpperCase() + g.slice(1).replaceAll('-', ' ');
  }

  const lowerFirst = (s) => (s ? s[0].toLowerCase() + s.slice(1) : s);
  const item = (text, extra = {}) => ({ group: '', text, detail: '', polarity: '', evidence: [], ...extra });

  function collected(r) {
    const types = r.dataTypes.filter((d) => d.collected || !d.shared);
    const items = types.map((d) => item(d.name, {
      group: groupName(d.group), evidence: d.evidence,
      ...(d.sensitive ? { detail: 'sensitive', polarity: 'bad' } : {}),
    }));
    items.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
    return { id: 'collect', title: 'What they collect', empty: 'The policy names no specific personal data.', items };
  }

  function recipients(r) {
    const items = r.sharing.recipients.map((p) => (p.negated
      ? item('Not shared with ' + lowerFirst(p.name), { detail: p.condition || '', evidence: p.evidence, polarity: 'good' })
      : item(p.name, { detail: p.condition || '', evidence: p.evidence })));
    const shared = r.dataTypes.filter((d) => d.shared);
    if (shared.length) {
      items.push(item('Data shared: ' + shared.map((d) => d.name).join(', '), { evidence: shared.flatMap((d) => d.evidence) }));
    }
    return { id: 'share', title: 'Who gets it', empty: 'The policy does not say who receives your data.', items };
  }

  function sale(r) {
    const it = item('The policy does not say', { detail: r.sharing.saleCondition || '', evidence: r.sharing.saleEvidence });
    if (r.sharing.sale === 'yes') Object.assign(it, { text: 'Yes, they may sell your data', polarity: 'bad' });
    if (r.sharing.sale === 'no') Object.assign(it, { text: 'No, they say they do NOT sell your data', polarity: 'good' });
    return { id: 'sale', title: 'Do they sell it?', empty: '', items: [it] };
  }

  function rights(r) {
    const items = r.rights.map((g) => {
      const d = [];
      if (g.how.length) d.push('How: ' + g.how.join('; '));
      d.push(...g.conditions);
      return item(g.name, { detail: d.join('. '), evidence: g.evidence });
    });
    return { id: 'right', title: 'Your rights and how to use them', empty: 'The policy names no rights or choices.', items };
  }

  function retention(r) {
    const it = item('The policy does not say', { detail: r.retention.periods.join(', '), evidence: r.retention.evidence });
    const p = r.retention.policy;
    if (p === 'indefinite') Object.assign(it, { text: 'Indefinitely', polarity: 'bad' });
    if (p === 'limited') Object.assign(it, { text: 'For a limited period', polarity: 'good' });
    if (p === 'as-needed') it.text = 'As long as they need it';
    return { id: 'retention', title: 'How long they keep it', empty: '', items: [it] };
  }

  function points(r) {
    const rank = { bad: 0, good: 1 };
    const items = r.points.map((p) => item(p.text, { polarity: p.polarity === 'neutral' ? '' : p.polarity, evidence: p.evidence }));
    items.sort((a, b) => (rank[a.polarity] ?? 2) - (rank[b.polarity] ?? 2));
    return { id: 'points', title: 'Good and bad points', empty: 'Nothing stands out either way.', items };
  }

  function security(r) {
    const items = r.security.measures.map((m) => item(m.name, { evidence: m.evidence }));
    return { id: 'security', title: 'Security', empty: 'The policy names no security measures.', items };
  }

  function children(r) {
    const c = r.children;
    const items = [];
    if (c.minAge > 0) items.push(item(`Not meant for children under ${c.minAge}`, { evidence: c.evidence }));
    else if (c.evidence.length) items.push(item('The policy mentions children', { evidence: c.evidence }));
    return { id: 'children', title: 'Children', empty: 'The policy says nothing about children.', items };
  }

  function dnt(r) {
    const it = item('The policy does not say', { evidence: r.doNotTrack.evidence });
    if (r.doNotTrack.status === 'honored') Object.assign(it, { text: 'Do Not Track signals are honoured', polarity: 'good' });
    if (r.doNotTrack.status === 'not-honored') Object.assign(it, { text: 'Do Not Track signals are NOT honoured', polarity: 'bad' });
    return { id: 'dnt', title: 'Do Not Track', empty: '', items: [it] };
  }

  const NOTICE = { email: 'by email', posted: 'posted on the site', 'in-app': 'in the app', consent: 'asking for consent' };

  function changes(r) {
    const s = { id: 'change', title: 'Changes to the policy', empty: 'The policy does not say how you are told about changes.', items: [] };
    const c = r.changes;
    if (!c.mentioned && !c.evidence.length) return s;
    const how = c.notice.map((n) => NOTICE[n] || n);
    s.items.push(how.length
      ? item('Changes are announced', { detail: how.join(', '), evidence: c.evidence })
      : item('Changes are mentioned, without saying how you are told', { evidence: c.evidence }));
    return s;
  }

  function transfers(r) {
    const s = { id: 'transfer', title: 'International transfers', empty: 'The policy does not mention transfers abroad.', items: [] };
    const t = r.transfers;
    if (!t.mentioned && !t.evidence.length) return s;
    s.items.push(item('Data may be transferred to other countries', {
      evidence: t.evidence,
      detail: t.safeguards.length ? 'Safeguards: ' + t.safeguards.join(', ').replaceAll('-', ' ') : '',
    }));
    return s;
  }

  function others(r) {
    const items = [
      ...r.legalBases.map((b) => item(b.name, { group: 'Legal bases', evidence: b.evidence })),
      ...r.contacts.map((c) => item(c.value, { group: 'Contact', detail: c.kind, evidence: c.evidence })),
    ];
    return { id: 'other', title: 'Legal bases and contacts', empty: 'No legal bases or contact details found.', items };
  }

  function missing(r) {
    const items = r.missing.map((m) => item(m.text, { detail: m.law, polarity: 'bad' }));
    return { id: 'missing', title: 'What the policy does not say', empty: 'Nothing obvious is missing.', items };
  }

  // sections builds the summary, in reading order. Every section is present
  // so the reader also sees what was not found.
  function sections(r) {
    return [collected, recipients, sale, rights, retention, points, security, children, dnt, changes, transfers, others, missing]
      .map((f) => f(r));
  }

  globalThis.PolicyLensSummary = { sections, KINDS };
})();
