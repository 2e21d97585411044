/*
 * Veivalg wizard: one question at a time, and beside it the answer so far. Plain JavaScript, no build
 * step, no request to any other host. It only speaks the service's JSON contract: POST
 * /v1/assessments, whose answer carries the next questions and each path's protocol text (both the
 * library's own), and GET /v1/paths/{id} for the paths' titles.
 */
(function () {
  'use strict';

  var TEXT = {
    nb: {
      title: 'Veivalg – hvilke anskaffelsesveier er åpne?',
      tagline: 'Hvilke anskaffelsesveier er åpne når dere kjøper fra en sosial entreprenør – og hvorfor?',
      toggle: 'English', toggleLang: 'en',
      skipToAnswer: 'Hopp til svaret',
      askTitle: 'Spørsmål', next: 'Neste', skip: 'Vet ikke', back: 'Tilbake',
      progress: function (n, skipped) { return n + ' besvart' + (skipped ? ', ' + skipped + ' «vet ikke»' : ''); },
      doneTitle: 'Ingen flere spørsmål må besvares',
      doneText: function (u) {
        return u ? u + (u === 1 ? ' vei er' : ' veier er') + ' ikke avgjort: de venter på et unntak som ikke er undersøkt, eller på et svar som er «Vet ikke». Resten av svaret bygger på at unntakene ikke er påvist.'
          : 'Alle veiene er avgjort. Velg en vei for protokollen, og last ned forespørselen så saken kan kjøres på nytt.';
      },
      exceptionsTitle: 'Unntak dere kan undersøke',
      exceptionsHint: 'Svar bare hvis dere vil bruke unntaket; da må vilkårene kunne dokumenteres.',
      caseTitle: 'Saken så langt', download: 'Last ned forespørselen (JSON)', restart: 'Start på nytt',
      uploadLabel: 'Kjør en lagret forespørsel på nytt (JSON-fil)', requestJson: 'Forespørselen som JSON',
      change: 'Endre', answerIt: 'Svar', unknown: 'vet ikke', yes: 'Ja', no: 'Nei',
      answerTitle: 'Svaret så langt', openTitle: 'Åpne veier', recommendedTitle: 'Anbefalt',
      undeterminedTitle: 'Ikke avgjort ennå', closedTitle: 'Stengt eller ikke påkrevd, og hvorfor',
      warningsTitle: 'Advarsler', protocolTitle: 'Tekst til anskaffelsesprotokollen', protocolPath: 'Valgt vei',
      copy: 'Kopier teksten', copied: 'Kopiert.', copyFailed: 'Kunne ikke kopiere; merk teksten og kopier selv.',
      none: 'Ingen ennå.', noneOpen: 'Ingen vei er åpen ennå.', protocolNone: 'Teksten kommer her når en vei er åpen.',
      summary: function (o, u) { return o + (o === 1 ? ' åpen vei' : ' åpne veier') + ', ' + u + ' ikke avgjort ennå'; },
      band: 'Regelverk', value: 'Anslått verdi',
      basis: 'Hjemmel', obligations: 'Plikter', presumptions: 'Bygger på at unntak ikke er påvist', missing: 'Mangler',
      choose: 'Bruk i protokollen', thresholds: 'Terskelverdier', from: 'fra', kb: 'Kunnskapsbase', lawData: 'Lovdata',
      working: 'Vurderer …', loadingFile: 'Leser filen …',
      refused: 'Tjenesten avviste forespørselen. Rett dette og prøv igjen:',
      network: 'Fikk ikke kontakt med tjenesten. Svarene dine er tatt vare på.', retry: 'Prøv igjen',
      serverError: function (s) { return 'Tjenesten svarte med en feil (HTTP ' + s + '). Svarene dine er tatt vare på.'; },
      badFile: 'Filen er ikke en JSON-forespørsel:', required: 'Svar på spørsmålet, eller velg «Vet ikke».',
      money: 'Beløp i kroner, ekskl. mva.', percent: 'Prosent (0–100)', months: 'Antall måneder',
      cpv: 'CPV-koder, skilt med komma', cpvHint: 'For eksempel 85312000 (sosialtjenester uten botilbud) eller 55512000 (kantinedrift).',
      date: 'Dato (ÅÅÅÅ-MM-DD)', lots: 'Delkontraktene må føres inn i JSON-filen; veiviseren spør ikke om dem. Velg «Vet ikke» for å gå videre.',
      fileName: 'veivalg-sak'
    },
    en: {
      title: 'Veivalg – which procurement paths are open?',
      tagline: 'Which procurement paths are open when you buy from a social entrepreneur – and why?',
      toggle: 'Norsk (bokmål)', toggleLang: 'nb',
      skipToAnswer: 'Skip to the answer',
      askTitle: 'Questions', next: 'Next', skip: 'Don’t know', back: 'Back',
      progress: function (n, skipped) { return n + ' answered' + (skipped ? ', ' + skipped + ' “don’t know”' : ''); },
      doneTitle: 'No further question needs an answer',
      doneText: function (u) {
        return u ? u + (u === 1 ? ' path is' : ' paths are') + ' not decided: they wait for an exception not examined, or for an answer given as “Don’t know”. The rest of the answer rests on the exceptions not having been shown.'
          : 'Every path is decided. Choose a path for the protocol, and download the request so the case can be run again.';
      },
      exceptionsTitle: 'Exceptions you may examine',
      exceptionsHint: 'Answer only if you mean to rely on the exception; its conditions must then be documented.',
      caseTitle: 'The case so far', download: 'Download the request (JSON)', restart: 'Start again',
      uploadLabel: 'Run a saved request again (JSON file)', requestJson: 'The request as JSON',
      change: 'Change', answerIt: 'Answer', unknown: 'don’t know', yes: 'Yes', no: 'No',
      answerTitle: 'The answer so far', openTitle: 'Open paths', recommendedTitle: 'Recommended',
      undeterminedTitle: 'Not decided yet', closedTitle: 'Closed or not required, and why',
      warningsTitle: 'Warnings', protocolTitle: 'Text for the procurement protocol', protocolPath: 'Chosen path',
      copy: 'Copy the text', copied: 'Copied.', copyFailed: 'Could not copy; select the text and copy it yourself.',
      none: 'None yet.', noneOpen: 'No path is open yet.', protocolNone: 'The text comes here once a path is open.',
      summary: function (o, u) { return o + (o === 1 ? ' open path' : ' open paths') + ', ' + u + ' not decided yet'; },
      band: 'Rules', value: 'Estimated value',
      basis: 'Legal basis', obligations: 'Obligations', presumptions: 'Rests on exceptions not having been shown', missing: 'Missing',
      choose: 'Use in the protocol', thresholds: 'Thresholds', from: 'from', kb: 'Knowledge base', lawData: 'Law data',
      working: 'Assessing …', loadingFile: 'Reading the file …',
      refused: 'The service refused the request. Correct this and try again:',
      network: 'Could not reach the service. Your answers are kept.', retry: 'Try again',
      serverError: function (s) { return 'The service answered with an error (HTTP ' + s + '). Your answers are kept.'; },
      badFile: 'The file is not a JSON request:', required: 'Answer the question, or choose “Don’t know”.',
      money: 'Amount in kroner, ex VAT', percent: 'Percent (0–100)', months: 'Number of months',
      cpv: 'CPV codes, separated by commas', cpvHint: 'For example 85312000 (social work services without accommodation) or 55512000 (canteen management).',
      date: 'Date (YYYY-MM-DD)', lots: 'Lots must be written into the JSON file; the wizard does not ask about them. Choose “Don’t know” to go on.',
      fileName: 'veivalg-case'
    }
  };

  // The questions the wizard asks first, in this order (who buys, what, value, supplier); then only
  // the answer's nextQuestions, which are the facts that still change an answer. Own wording, so
  // they can be asked before the engine lists them.
  var FIRST = {
    evaluationDate: { nb: 'Hvilken dato skal vurderingen gjelde for? Regelverket og terskelverdiene som gjaldt da, brukes.',
      en: 'Which date should the assessment be made for? The rules and thresholds in force then are used.' },
    'buyer.authorityKind': { nb: 'Hvem kjøper?', en: 'Who is buying?' },
    'purchase.subjectType': { nb: 'Hva skal kjøpes?', en: 'What is being bought?' },
    'purchase.serviceCategory': { nb: 'Hva slags tjeneste er det?', en: 'What kind of service is it?' },
    'purchase.cpvCodes': { nb: 'Hvilke CPV-koder beskriver det som skal kjøpes?', en: 'Which CPV codes describe what is being bought?' },
    'purchase.estimatedValueNok': { nb: 'Hva er anslått verdi av hele anskaffelsen, med alle opsjoner og forlengelser?',
      en: 'What is the estimated value of the whole purchase, with every option and extension?' },
    'purchase.valueIncludesOptionsAndExtensions': { nb: 'Omfatter verdien alle opsjoner og alle mulige forlengelser?',
      en: 'Does the value include every option and every possible extension?' },
    'supplier.supplierLegalForm': { nb: 'Hvilken organisasjonsform har leverandøren?', en: 'What is the supplier’s legal form?' },
    'supplier.isNonProfit': { nb: 'Er leverandøren en ideell organisasjon (FOA § 30-2a annet ledd)?',
      en: 'Is the supplier an ideell (non-profit) organisation (FOA § 30-2a (2))?' },
    'supplier.mainPurposeWorkIntegration': { nb: 'Har leverandøren som hovedformål å integrere funksjonshemmede eller vanskeligstilte i arbeidslivet?',
      en: 'Is the supplier’s main purpose to integrate disabled or disadvantaged persons into working life?' }
  };
  var FIRST_ORDER = Object.keys(FIRST);

  // How each fact is answered; a fact not listed is a yes/no question.
  var KIND = {
    evaluationDate: 'date',
    'buyer.authorityKind': 'AuthorityKind', 'buyer.supplierActivityShareForControllers': 'percent',
    'buyer.cooperationMarketShare': 'percent',
    'purchase.subjectType': 'SubjectType', 'purchase.mainSubjectType': 'SubjectType',
    'purchase.serviceCategory': 'ServiceCategory', 'purchase.cpvCodes': 'cpv',
    'purchase.userDisclosureConsent': 'UserDisclosureConsent', 'purchase.estimatedValueNok': 'money',
    'purchase.relatedPurchasesValueNok': 'money', 'purchase.contractDurationMonths': 'months',
    'purchase.frameworkDurationMonths': 'months', 'purchase.agreementType': 'AgreementType', 'purchase.lots': 'lots',
    'supplier.supplierLegalForm': 'LegalForm', 'supplier.shareDisadvantagedEmployees': 'percent'
  };

  // The enum values of the contract, with the library's own words for them.
  var ENUMS = {
    AuthorityKind: { STATE: ['Statlig myndighet', 'State authority'], MUNICIPALITY: ['Kommune', 'Municipality'],
      COUNTY: ['Fylkeskommune', 'County authority'], BODY_GOVERNED_BY_PUBLIC_LAW: ['Offentligrettslig organ', 'Body governed by public law'],
      ASSOCIATION_OF_AUTHORITIES: ['Sammenslutning av oppdragsgivere', 'Association of contracting authorities'],
      UTILITY: ['Forsyningsvirksomhet som kjøper til forsyningsaktiviteten', 'Utility buying for its utility activity'],
      NOT_CONTRACTING_AUTHORITY: ['Ikke en oppdragsgiver', 'Not a contracting authority'] },
    SubjectType: { GOODS: ['Varer', 'Goods'], SERVICES: ['Tjenester', 'Services'], WORKS: ['Bygge- og anleggsarbeid', 'Works'],
      MIXED: ['En blanding av disse', 'A mix of these'] },
    ServiceCategory: { HEALTH_AND_SOCIAL: ['Helse- og sosialtjenester (FOA vedlegg 3)', 'Health and social services (FOA vedlegg 3)'],
      OTHER_SPECIAL_SERVICE: ['Andre særlige tjenester (FOA vedlegg 2), for eksempel kantinedrift', 'Other special services (FOA vedlegg 2), for example canteens'],
      ORDINARY: ['Vanlige tjenester', 'Ordinary services'], NOT_A_SERVICE: ['Ikke en tjeneste', 'Not a service'] },
    AgreementType: { SINGLE_CONTRACT: ['Enkeltkontrakt', 'Single contract'], FRAMEWORK_AGREEMENT: ['Rammeavtale', 'Framework agreement'],
      DYNAMIC_PURCHASING_SYSTEM: ['Dynamisk innkjøpsordning', 'Dynamic purchasing system'], CONCESSION: ['Konsesjonskontrakt', 'Concession contract'] },
    LegalForm: { AS: ['Aksjeselskap (AS)', 'Limited company (AS)'], ASA: ['Allmennaksjeselskap (ASA)', 'Public limited company (ASA)'],
      STIFTELSE: ['Stiftelse', 'Foundation (stiftelse)'], FORENING: ['Forening', 'Association (forening)'],
      SAMVIRKEFORETAK: ['Samvirkeforetak (SA)', 'Cooperative (samvirkeforetak)'], ENK: ['Enkeltpersonforetak (ENK)', 'Sole proprietorship (ENK)'],
      ANS_DA: ['Ansvarlig selskap (ANS eller DA)', 'Partnership (ANS or DA)'],
      NUF: ['Norskregistrert utenlandsk foretak (NUF)', 'Norwegian-registered foreign enterprise (NUF)'],
      PUBLIC_BODY: ['Offentlig organ', 'Public body'], OTHER: ['Annen organisasjonsform', 'Another form'] },
    UserDisclosureConsent: { NONE: ['Ikke samtykke', 'No consent'], ONLY_TO_SPECIFIC_SUPPLIERS: ['Samtykke bare til bestemte leverandører', 'Consent only to named suppliers'],
      GENERAL: ['Generelt samtykke', 'General consent'] }
  };

  var STATUS = {
    OPEN: ['åpen', 'open'], OPEN_WITH_JUSTIFICATION: ['åpen med begrunnelse', 'open with justification'],
    CLOSED: ['stengt', 'closed'], NOT_REQUIRED: ['ikke påkrevd', 'not required'], RECOMMENDED: ['anbefalt', 'recommended'],
    UNDETERMINED: ['ikke avgjort', 'undetermined']
  };
  var BAND = {
    BELOW_LOWER_LIMIT: ['under nedre grense (FOA § 1-1)', 'below the lower limit (FOA § 1-1)'],
    PART_I_ONLY: ['del I av FOA', 'Part I of FOA'], PART_II: ['del I og II av FOA', 'Parts I and II of FOA'],
    PART_III: ['del I og III av FOA', 'Parts I and III of FOA'],
    SPECIAL_SERVICES_PART_II_PLUS: ['del II av FOA for særlige tjenester, med tillegg fra del III over EØS-terskelverdien',
      'Part II of FOA for special services, with Part III additions above the EEA threshold'],
    PART_IV_CH30: ['del IV kapittel 30 av FOA (helse- og sosialtjenester)', 'Part IV chapter 30 of FOA (health and social services)'],
    OUT_OF_SCOPE: ['utenfor anskaffelsesregelverket', 'outside the procurement rules'], UNDETERMINED: ['ikke avgjort', 'not decided']
  };
  var GROUPS = ['buyer', 'purchase', 'market', 'supplier', 'process'];

  var state = {
    lang: /[?&]lang=en\b/.test(location.search) ? 'en' : 'nb',
    request: {}, skipped: {}, asked: {}, history: [], answer: null, questions: [],
    current: null, editing: null, assessments: 0, chosen: null, titles: { nb: {}, en: {} }, busy: false
  };

  function $(id) { return document.getElementById(id); }
  function t(key) { return TEXT[state.lang][key]; }
  function li(lang) { return lang === 'en' ? 1 : 0; }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'className') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }

  // ---- the request ------------------------------------------------------------------------------

  function get(fact) {
    if (fact === 'evaluationDate') { return state.request.evaluationDate; }
    var parts = fact.split('.');
    var group = state.request[parts[0]];
    return group ? group[parts[1]] : undefined;
  }
  function set(fact, value) {
    if (fact === 'evaluationDate') { state.request.evaluationDate = value; return; }
    var parts = fact.split('.');
    var group = state.request[parts[0]] || (state.request[parts[0]] = {});
    if (value === undefined) { delete group[parts[1]]; } else { group[parts[1]] = value; }
  }
  function known(fact) { return get(fact) !== undefined && get(fact) !== null; }

  /** The request as the contract wants it: the date first, the groups in the contract's order, empty groups left out. */
  function requestJson() {
    var out = {};
    if (state.request.evaluationDate) { out.evaluationDate = state.request.evaluationDate; }
    GROUPS.forEach(function (g) {
      var group = state.request[g];
      if (group && Object.keys(group).length) { out[g] = group; }
    });
    Object.keys(state.request).forEach(function (k) {
      if (k !== 'evaluationDate' && GROUPS.indexOf(k) < 0) { out[k] = state.request[k]; }
    });
    return out;
  }

  // ---- talking to the service -------------------------------------------------------------------

  function post(path, body) {
    return fetch(path + '?lang=' + state.lang, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: response.status, json: json };
      });
    });
  }

  function assess() {
    var body = requestJson();
    state.busy = true;
    setBusy(true);
    $('status').textContent = t('working');
    return post('/v1/assessments', body).then(function (r) {
      if (r.status === 200 && r.json && r.json.paths) {
        state.answer = r.json;
        state.questions = r.json.nextQuestions || [];
        hideProblems();
        return;
      }
      if (r.status === 400 && r.json && r.json.errors) {
        showErrors(r.json);
        // Ask again the fact the service refused, so it can be corrected at once.
        var refused = state.history.filter(function (f) {
          return r.json.errors.some(function (e) { return e.field === f || e.field.indexOf(f + '[') === 0; });
        });
        if (refused.length) { state.editing = refused[refused.length - 1]; }
        return;
      }
      showFailure(t('serverError')(r.status));
    }, function () {
      showFailure(t('network'));
    }).then(function () {
      state.busy = false;
      setBusy(false);
      $('status').textContent = '';
      render();
      // How many assessments have come back, answered or refused: lets a test wait for the page.
      document.body.setAttribute('data-assessments', String(++state.assessments));
    });
  }

  /** Titles of the paths, once per language, a few requests at a time. */
  function loadTitles(ids) {
    var lang = state.lang;
    var todo = ids.filter(function (id) { return !state.titles[lang][id]; });
    function one() {
      var id = todo.shift();
      if (!id) { return Promise.resolve(); }
      state.titles[lang][id] = id;
      return fetch('/v1/paths/' + encodeURIComponent(id) + '?lang=' + lang, { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (info) {
          if (info && info.title) {
            state.titles[lang][id] = info.title;
            document.querySelectorAll('[data-title-for="' + id + '"]').forEach(function (e) {
              if (lang === state.lang) { e.textContent = info.title; }
            });
            refreshProtocolOptions();
          }
        }, function () { /* the id stays as the title */ })
        .then(one);
    }
    return Promise.all([one(), one(), one()]);
  }
  function title(id) {
    var known = state.titles[state.lang][id];
    return known && known !== id ? known : id.replace(/_/g, ' ').toLowerCase().replace(/^./, function (c) { return c.toUpperCase(); });
  }

  // ---- which question comes next ----------------------------------------------------------------

  function relevant(fact) {
    if (fact === 'purchase.serviceCategory') {
      var subject = get('purchase.subjectType');
      return subject !== 'GOODS' && subject !== 'WORKS';
    }
    return true;
  }
  function serverQuestion(fact) {
    for (var i = 0; i < state.questions.length; i++) {
      if (state.questions[i].fact === fact) { return state.questions[i]; }
    }
    return null;
  }
  function nextFact() {
    if (state.editing) { return state.editing; }
    var i;
    for (i = 0; i < FIRST_ORDER.length; i++) {
      var f = FIRST_ORDER[i];
      if (!known(f) && !state.skipped[f] && relevant(f)) { return f; }
    }
    if (!state.answer) { return null; }
    // A question about an exception only decides the exception's own paths (the rest already rests
    // on it not being shown): it is offered when the walk is done, not asked.
    var open = openQuestions().filter(function (q) { return !q.aboutAnException; });
    return open.length ? open[0].fact : null;
  }
  function openQuestions() {
    return state.questions.filter(function (q) { return !known(q.fact) && !state.skipped[q.fact]; });
  }
  function questionText(fact) {
    var q = serverQuestion(fact);
    if (FIRST[fact]) { return FIRST[fact][state.lang]; }
    if (q && q.question) { return q.question; }
    return state.asked[fact] && state.asked[fact][state.lang] || fact;
  }

  // ---- rendering --------------------------------------------------------------------------------

  function renderStatic() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.getAttribute('data-t')); });
    var toggle = $('lang-toggle');
    toggle.textContent = t('toggle');
    toggle.setAttribute('lang', t('toggleLang'));
  }

  function render() {
    renderQuestion();
    renderFacts();
    renderAnswer();
  }

  function renderQuestion() {
    var fact = nextFact();
    var form = $('question');
    var changed = fact !== state.current;
    state.current = fact;
    var skipped = Object.keys(state.skipped).length;
    var answered = state.history.length - skipped;
    $('progress').textContent = t('progress')(answered, skipped);
    if (!fact) {
      form.hidden = true;
      $('done').hidden = false;
      var undetermined = state.answer ? state.answer.paths.filter(function (p) { return p.status === 'UNDETERMINED'; }).length : 0;
      $('done-text').textContent = t('doneText')(undetermined);
      var exceptions = openQuestions().filter(function (q) { return q.aboutAnException; });
      var list = clear($('exceptions'));
      exceptions.forEach(function (q) {
        var button = el('button', { type: 'button', className: 'link', 'data-edit': q.fact, text: t('answerIt') });
        button.addEventListener('click', function () { edit(q.fact); });
        list.appendChild(el('li', { 'data-fact': q.fact }, [q.question + ' ', button]));
      });
      $('exceptions-box').hidden = !exceptions.length;
      if (changed && state.answer) { $('done').focus(); }
      return;
    }
    $('done').hidden = true;
    form.hidden = false;
    form.setAttribute('data-fact', fact);
    var q = serverQuestion(fact);
    if (q && q.question) {
      state.asked[fact] = state.asked[fact] || {};
      state.asked[fact][state.lang] = q.question;
    }
    $('question-text').textContent = questionText(fact);
    // The library's own, fuller wording of a first question is shown under it.
    var hint = fact === 'purchase.cpvCodes' ? t('cpvHint') : FIRST[fact] && q && q.question !== FIRST[fact][state.lang] ? q.question : '';
    $('question-hint').textContent = hint || '';
    // Rebuilding the field loses the focus if it was there (or nowhere): it goes back to the field.
    var active = document.activeElement;
    var focusHere = changed || !active || active === document.body || form.contains(active);
    var box = clear($('question-input'));
    buildInput(box, fact, get(fact));
    $('back').hidden = state.history.length === 0 && !state.editing;
    $('skip').hidden = fact === 'evaluationDate';
    if (focusHere) {
      var first = box.querySelector('input:checked') || box.querySelector('input');
      if (first && !state.busy) { first.focus(); }
    }
  }

  function buildInput(box, fact, value) {
    var kind = KIND[fact] || 'bool';
    var options = ENUMS[kind];
    if (kind === 'bool') {
      options = { 'true': [TEXT.nb.yes, TEXT.en.yes], 'false': [TEXT.nb.no, TEXT.en.no] };
      value = value === undefined ? undefined : String(value);
    }
    if (options) {
      Object.keys(options).forEach(function (v) {
        var id = 'answer-' + v;
        var input = el('input', { type: 'radio', name: 'answer', id: id, value: v });
        if (value === v) { input.checked = true; }
        box.appendChild(el('div', { className: 'choice' }, [input, el('label', { 'for': id, text: options[v][li(state.lang)] })]));
      });
      return;
    }
    if (kind === 'lots') {
      box.appendChild(el('p', { text: t('lots') }));
      return;
    }
    var labels = { money: t('money'), percent: t('percent'), months: t('months'), cpv: t('cpv'), date: t('date') };
    var attrs = { id: 'answer-value', name: 'answer', type: 'text', autocomplete: 'off' };
    if (kind === 'money') { attrs.inputmode = 'numeric'; }
    if (kind === 'percent') { attrs.type = 'number'; attrs.min = '0'; attrs.max = '100'; attrs.step = 'any'; }
    if (kind === 'months') { attrs.type = 'number'; attrs.min = '0'; attrs.step = '1'; }
    if (kind === 'date') { attrs.type = 'date'; }
    var input = el('input', attrs);
    if (value !== undefined) { input.value = kind === 'cpv' ? value.join(', ') : String(value); } else if (kind === 'date') {
      input.value = new Date().toISOString().slice(0, 10);
    }
    box.appendChild(el('div', { className: 'field' }, [el('label', { 'for': 'answer-value', text: labels[kind] }), input]));
  }

  /** The value the form holds for a fact, in the contract's type; undefined if nothing is given. */
  function readInput(fact) {
    var kind = KIND[fact] || 'bool';
    if (kind === 'bool' || ENUMS[kind]) {
      var checked = document.querySelector('#question-input input:checked');
      if (!checked) { return undefined; }
      return kind === 'bool' ? checked.value === 'true' : checked.value;
    }
    var input = $('answer-value');
    var text = input ? input.value.trim() : '';
    if (!text) { return undefined; }
    if (kind === 'cpv') { return text.split(/[\s,;]+/).filter(Boolean); }
    if (kind === 'money') {
      var digits = text.replace(/[\s\u00a0.]/g, '').replace(/kr$/i, '');
      return /^-?\d+$/.test(digits) ? Number(digits) : text; // not a number: the service lists the problem
    }
    if (kind === 'percent' || kind === 'months') {
      var n = Number(text.replace(',', '.'));
      return isFinite(n) ? n : text;
    }
    return text;
  }

  function display(fact, value) {
    var kind = KIND[fact] || 'bool';
    if (kind === 'bool') { return value ? t('yes') : t('no'); }
    if (ENUMS[kind] && ENUMS[kind][value]) { return ENUMS[kind][value][li(state.lang)]; }
    if (kind === 'money' && typeof value === 'number') { return money(value); }
    if (kind === 'percent') { return value + ' %'; }
    if (Array.isArray(value)) { return value.join(', '); }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  /** Kroner as the library writes them: 12\u00a0000\u00a0000\u00a0kr, NOK\u00a012,000,000. */
  function money(value) {
    var digits = String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, state.lang === 'en' ? ',' : '\u00a0');
    return state.lang === 'en' ? 'NOK\u00a0' + digits : digits + '\u00a0kr';
  }
  // Short names of the first questions' facts, for the list of answers.
  var SHORT = {
    evaluationDate: ['Dato for vurderingen', 'Date of the assessment'], 'buyer.authorityKind': ['Oppdragsgiver', 'Buyer'],
    'purchase.subjectType': ['Hva som kjøpes', 'What is bought'], 'purchase.serviceCategory': ['Tjenestekategori', 'Service category'],
    'purchase.cpvCodes': ['CPV-koder', 'CPV codes'], 'purchase.estimatedValueNok': ['Anslått verdi', 'Estimated value'],
    'purchase.valueIncludesOptionsAndExtensions': ['Verdien omfatter opsjoner og forlengelser', 'The value includes options and extensions'],
    'supplier.supplierLegalForm': ['Leverandørens organisasjonsform', 'The supplier’s legal form'],
    'supplier.isNonProfit': ['Ideell organisasjon', 'Ideell organisation'],
    'supplier.mainPurposeWorkIntegration': ['Arbeidsinkludering som hovedformål', 'Work integration as main purpose']
  };
  /** A fact's name in the list of answers, with the language it is in (the question as it was asked, if only that is known). */
  function factLabel(fact) {
    if (SHORT[fact]) { return { text: SHORT[fact][li(state.lang)], lang: state.lang }; }
    var asked = state.asked[fact] || {};
    if (asked[state.lang]) { return { text: asked[state.lang], lang: state.lang }; }
    var other = state.lang === 'nb' ? 'en' : 'nb';
    if (asked[other]) { return { text: asked[other], lang: other }; }
    return { text: fact, lang: state.lang };
  }

  function renderFacts() {
    var dl = clear($('facts'));
    var facts = [];
    if (state.request.evaluationDate) { facts.push('evaluationDate'); }
    GROUPS.forEach(function (g) {
      Object.keys(state.request[g] || {}).forEach(function (k) { facts.push(g + '.' + k); });
    });
    Object.keys(state.skipped).forEach(function (f) { if (facts.indexOf(f) < 0) { facts.push(f); } });
    facts.forEach(function (f) {
      var skipped = !known(f);
      var label = factLabel(f);
      var button = el('button', { type: 'button', className: 'link', 'data-edit': f, text: skipped ? t('answerIt') : t('change') });
      button.addEventListener('click', function () { edit(f); });
      dl.appendChild(el('div', { className: 'fact', 'data-fact': f }, [
        el('dt', { lang: label.lang, title: label.text, text: label.text }),
        el('dd', {}, [skipped ? el('span', { className: 'skipped', text: t('unknown') }) : display(f, get(f)), ' ', button])]));
    });
    var json = JSON.stringify(requestJson(), null, 2);
    $('request-json').textContent = json;
    var link = $('download');
    if (link.href && link.href.indexOf('blob:') === 0) { URL.revokeObjectURL(link.href); }
    link.href = URL.createObjectURL(new Blob([json + '\n'], { type: 'application/json' }));
    link.setAttribute('download', t('fileName') + '-' + (state.request.evaluationDate || 'udatert') + '.json');
  }

  function renderAnswer() {
    var a = state.answer;
    var groups = { open: [], recommended: [], undetermined: [], closed: [] };
    (a ? a.paths : []).forEach(function (p) {
      if (p.status === 'OPEN' || p.status === 'OPEN_WITH_JUSTIFICATION') { groups.open.push(p); }
      else if (p.status === 'RECOMMENDED') { groups.recommended.push(p); }
      else if (p.status === 'UNDETERMINED') { groups.undetermined.push(p); }
      else { groups.closed.push(p); }
    });
    fill($('open-paths'), groups.open, true, t('noneOpen'));
    fill($('recommended-paths'), groups.recommended, true, t('none'));
    fill($('undetermined-paths'), groups.undetermined, false, t('none'));
    fill($('closed-paths'), groups.closed, false, t('none'));
    $('undetermined-count').textContent = groups.undetermined.length;
    $('closed-count').textContent = groups.closed.length;
    $('summary').textContent = a ? t('summary')(groups.open.length, groups.undetermined.length) : '';
    var band = clear($('band'));
    if (a) {
      band.appendChild(el('strong', { text: t('band') + ': ' }));
      band.appendChild(document.createTextNode((BAND[a.band] || [a.band, a.band])[li(state.lang)]));
      if (typeof a.assessedValueNok === 'number') { band.appendChild(document.createTextNode(' · ' + t('value') + ': ' + money(a.assessedValueNok))); }
    }
    var warnings = clear($('warnings'));
    (a && a.warnings || []).forEach(function (w) { warnings.appendChild(el('li', { text: w })); });
    $('warnings-box').hidden = !(a && a.warnings && a.warnings.length);
    var meta = clear($('meta'));
    if (a) {
      var figures = (a.thresholdsUsed || []).map(function (th) { return th.name + ' ' + money(th.valueNok) + ' (' + t('from') + ' ' + th.validFrom + ')'; });
      if (figures.length) { meta.appendChild(document.createTextNode(t('thresholds') + ': ' + figures.join(', ') + '. ')); }
      if (a.lawData) { meta.appendChild(document.createTextNode(t('lawData') + ': ' + a.lawData.name + ' ' + a.lawData.version + '. ')); }
      meta.appendChild(document.createTextNode(t('kb') + ': ' + a.knowledgeBaseVersion + '.'));
    }
    refreshProtocolOptions();
    // Titles of the open paths first: the protocol text waits for its path's title.
    if (a) {
      var first = protocolCandidates().map(function (p) { return p.id; });
      loadTitles(first.concat(a.paths.map(function (p) { return p.id; }).filter(function (id) { return first.indexOf(id) < 0; })));
    }
  }

  function fill(list, paths, full, emptyText) {
    clear(list);
    if (!paths.length) { list.appendChild(el('li', { className: 'empty', text: emptyText })); return; }
    paths.forEach(function (p) { list.appendChild(pathItem(p, full)); });
  }

  function pathItem(p, full) {
    var item = el('li', { className: 'path s-' + p.status, 'data-path': p.id, 'data-status': p.status });
    item.appendChild(el('h4', {}, [el('span', { className: 'badge s-' + p.status, text: STATUS[p.status][li(state.lang)] }),
      el('span', { 'data-title-for': p.id, text: title(p.id) }), ' ', el('code', { text: p.id })]));
    item.appendChild(el('p', { className: 'reason', text: p.reason }));
    if (p.legalBasis && p.legalBasis.length) {
      item.appendChild(el('p', { className: 'basis' }, [el('strong', { text: t('basis') + ': ' }), p.legalBasis.join('; ')]));
    }
    if (full && p.obligations && p.obligations.length) {
      item.appendChild(el('p', {}, [el('strong', { text: t('obligations') + ':' })]));
      item.appendChild(el('ul', { className: 'obligations' }, p.obligations.map(function (o) { return el('li', { text: o }); })));
    }
    if (p.presumptions && p.presumptions.length) {
      // Often the same dozen sentences under every path: folded, with their number, so the paths stay readable.
      item.appendChild(el('details', { className: 'presumptions-box' }, [
        el('summary', { text: t('presumptions') + ' (' + p.presumptions.length + ')' }),
        el('ul', { className: 'presumptions' }, p.presumptions.map(function (pr) {
          return el('li', { text: pr.text }); // the library's sentence names its legal basis
        }))]));
    }
    if (p.status === 'UNDETERMINED' && p.missingFacts && p.missingFacts.length) {
      item.appendChild(el('p', { className: 'basis' }, [el('strong', { text: t('missing') + ': ' }), p.missingFacts.join(', ')]));
    }
    if (full) {
      var choose = el('button', { type: 'button', className: 'choose', 'data-choose': p.id, text: t('choose') });
      choose.addEventListener('click', function () { choosePath(p.id); $('protocol-text').focus(); });
      item.appendChild(choose);
    }
    return item;
  }

  // ---- the protocol text ------------------------------------------------------------------------

  function protocolCandidates() {
    var a = state.answer;
    if (!a) { return []; }
    // The service gives a protocol text for each path that may be recorded as chosen; open ones first.
    var order = ['OPEN', 'OPEN_WITH_JUSTIFICATION', 'RECOMMENDED'];
    return a.paths.filter(function (p) { return p.protocolText; })
      .sort(function (x, y) { return order.indexOf(x.status) - order.indexOf(y.status); });
  }
  function refreshProtocolOptions() {
    var select = $('protocol-path');
    var paths = protocolCandidates();
    $('protocol-none').hidden = paths.length > 0;
    $('protocol-choice').hidden = paths.length === 0;
    if (!paths.length) { clear(select); $('protocol-text').value = ''; return; }
    var ids = paths.map(function (p) { return p.id; });
    // The user's choice while it exists; otherwise the first path in the list, open ones first.
    state.chosen = state.userChosen && ids.indexOf(state.userChosen) >= 0 ? state.userChosen : ids[0];
    clear(select);
    paths.forEach(function (p) {
      var option = el('option', { value: p.id, text: title(p.id) + ' – ' + STATUS[p.status][li(state.lang)] });
      if (p.id === state.chosen) { option.selected = true; }
      select.appendChild(option);
    });
    $('protocol-text').value = protocolText(state.chosen);
  }
  function choosePath(id) {
    state.userChosen = id;
    state.chosen = id;
    refreshProtocolOptions();
    $('copy-status').textContent = '';
  }
  /** The library's protocol text for a path (Assessment.protocolText), as the service's answer carries it. */
  function protocolText(id) {
    var p = state.answer.paths.filter(function (x) { return x.id === id; })[0];
    return p && p.protocolText || '';
  }
  function copyProtocol() {
    var area = $('protocol-text');
    var done = function () { $('copy-status').textContent = t('copied'); };
    var fallback = function () {
      area.focus();
      area.select();
      try { $('copy-status').textContent = document.execCommand('copy') ? t('copied') : t('copyFailed'); } catch (e) { $('copy-status').textContent = t('copyFailed'); }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(area.value).then(done, fallback);
    } else {
      fallback();
    }
  }

  // ---- problems ---------------------------------------------------------------------------------

  function hideProblems() { $('problems').hidden = true; clear($('problems')); }
  function showErrors(json) {
    var box = clear($('problems'));
    box.appendChild(el('p', { text: t('refused') }));
    box.appendChild(el('ul', { className: 'errors' }, json.errors.map(function (e) {
      return el('li', { 'data-field': e.field }, [el('strong', { text: e.field }), ' ' + e.message]);
    })));
    box.hidden = false;
  }
  function showFailure(message) {
    var box = clear($('problems'));
    var retry = el('button', { type: 'button', id: 'retry', text: t('retry') });
    retry.addEventListener('click', function () { assess(); });
    box.appendChild(el('p', { text: message }));
    box.appendChild(retry);
    box.hidden = false;
  }
  function setBusy(busy) {
    ['next', 'skip', 'back'].forEach(function (id) { $(id).disabled = busy; });
    $('answer').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  // ---- actions ----------------------------------------------------------------------------------

  function answer(event) {
    event.preventDefault();
    if (state.busy) { return; }
    var fact = state.current;
    var value = readInput(fact);
    if (value === undefined) {
      var box = clear($('problems'));
      box.appendChild(el('p', { text: t('required') }));
      box.hidden = false;
      return;
    }
    set(fact, value);
    delete state.skipped[fact];
    remember(fact);
    state.editing = null;
    assess();
  }
  function skip() {
    if (state.busy) { return; }
    var fact = state.current;
    set(fact, undefined);
    state.skipped[fact] = true;
    remember(fact);
    state.editing = null;
    hideProblems();
    assess();
  }
  function remember(fact) {
    state.history = state.history.filter(function (f) { return f !== fact; });
    state.history.push(fact);
  }
  function back() {
    if (state.busy) { return; }
    var last = state.editing ? state.history[state.history.indexOf(state.editing) - 1] : state.history[state.history.length - 1];
    if (last) { edit(last); } else { state.editing = null; render(); }
  }
  function edit(fact) {
    state.editing = fact;
    hideProblems();
    render();
    var first = document.querySelector('#question-input input:checked') || document.querySelector('#question-input input');
    if (first) { first.focus(); }
  }
  function restart() {
    state.request = {};
    state.skipped = {};
    state.history = [];
    state.answer = null;
    state.questions = [];
    state.editing = null;
    state.userChosen = null;
    state.chosen = null;
    hideProblems();
    render();
  }
  function upload(event) {
    var file = event.target.files && event.target.files[0];
    if (!file) { return; }
    $('status').textContent = t('loadingFile');
    file.text().then(function (text) {
      var json;
      try { json = JSON.parse(text); } catch (e) { json = null; }
      if (!json || typeof json !== 'object' || Array.isArray(json)) {
        var box = clear($('problems'));
        box.appendChild(el('p', { text: t('badFile') + ' ' + file.name }));
        box.hidden = false;
        $('status').textContent = '';
        return;
      }
      state.request = json;
      state.skipped = {};
      state.editing = null;
      state.history = [];
      if (json.evaluationDate) { state.history.push('evaluationDate'); }
      GROUPS.forEach(function (g) { Object.keys(json[g] || {}).forEach(function (k) { state.history.push(g + '.' + k); }); });
      assess();
    });
    event.target.value = '';
  }
  function toggleLanguage() {
    state.lang = state.lang === 'nb' ? 'en' : 'nb';
    var url = new URL(location.href);
    if (state.lang === 'en') { url.searchParams.set('lang', 'en'); } else { url.searchParams.delete('lang'); }
    history.replaceState(null, '', url.toString());
    renderStatic();
    $('copy-status').textContent = '';
    if (state.answer || state.history.length) { assess(); } else { render(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    renderStatic();
    $('question').addEventListener('submit', answer);
    $('skip').addEventListener('click', skip);
    $('back').addEventListener('click', back);
    $('restart').addEventListener('click', restart);
    $('upload').addEventListener('change', upload);
    $('lang-toggle').addEventListener('click', toggleLanguage);
    $('copy').addEventListener('click', copyProtocol);
    $('protocol-path').addEventListener('change', function (e) { choosePath(e.target.value); });
    render();
  });
}());
