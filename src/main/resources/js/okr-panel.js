/*
 * OKR Scorecard issue panel, on the issue view of Objective and Key Result issues (a work item's panel, kind
 * WORK_ITEM, is drawn by js/okr-panel-work.js with this script's helpers). The server renders an empty root
 * element ([data-okr-panel]) with the issue key, the REST base, the issue page base and every text as data attributes;
 * this script fills it from the REST API: progress (an undefined one is "—" with its reason, never 0%), status, the
 * explanation of the number, the key results of an objective, the latest check-ins of a key result and, where the API
 * says the viewer may (canCheckIn), a form to record a check-in. The DOM is built and the API called with the shared
 * helpers of okr-dom.js (window.okrScorecard.dom): createElement and textContent only, so no data ever reaches an HTML
 * parser, and the check-in is POSTed as JSON (Content-Type application/json, which Jira's XSRF protection accepts only
 * from same-origin scripts); a 400 answer ({status, field, message}) is shown at the field it names, and after a
 * check-in the panel reloads its numbers in place. Panels that Jira adds later (the issue view refreshes parts of the
 * page without reloading it) are started when they appear.
 */
(function (window, document) {
    'use strict';

    var SELECTOR = '[data-okr-panel]';
    var STARTED = 'data-okr-started';
    var LATEST_CHECK_INS = 5;
    var CONFIDENCES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
    var STATUS_CLASSES = {
        GREEN: 'success', ON_TRACK: 'success',
        AMBER: 'moved', AT_RISK: 'moved',
        RED: 'removed', OFF_TRACK: 'removed',
        NONE: 'default'
    };
    var idCounter = 0;
    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var clear = dom.clear;
    var findField = dom.findField;

    function startAll() {
        Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (root) {
            if (!root.hasAttribute(STARTED)) {
                root.setAttribute(STARTED, 'true');
                start(root);
            }
        });
    }

    function start(root) {
        var panel = {
            root: root,
            key: root.getAttribute('data-issue-key') || '',
            kind: root.getAttribute('data-okr-panel'),
            base: root.getAttribute('data-rest-base') || '',
            browse: root.getAttribute('data-browse-base') || '',
            texts: dom.parseTexts(root.getAttribute('data-i18n')),
            loads: 0,
            showAllCheckIns: false
        };
        panel.t = function (key) {
            return Object.prototype.hasOwnProperty.call(panel.texts, key) ? panel.texts[key] : key;
        };
        panel.f = function (key) {
            var args = Array.prototype.slice.call(arguments, 1);
            return panel.t(key).replace(/\{(\d+)\}/g, function (match, index) {
                var value = args[Number(index)];
                return value === undefined || value === null ? match : String(value);
            });
        };
        clear(root);
        panel.status = el('div', {'class': 'okr-panel-announce', role: 'status', 'aria-live': 'polite'});
        panel.body = el('div', {'class': 'okr-panel-body'});
        root.appendChild(panel.status);
        root.appendChild(panel.body);
        load(panel);
    }

    /* ---------- DOM and HTTP helpers ---------- */

    function nextId(prefix) {
        idCounter += 1;
        return 'okr-panel-' + prefix + '-' + idCounter;
    }

    function request(panel, method, path, body) {
        return dom.request(method, panel.base + path, body);
    }

    function keyPath(panel) {
        return encodeURIComponent(panel.key);
    }

    /* ---------- loading ---------- */

    function load(panel) {
        /* ---------- work items (epic, story, task, sub-task): js/okr-panel-work.js ---------- */
        if (panel.kind === 'WORK_ITEM') {
            return window.okrScorecard.workPanel.load(panel, {
                progressValue: progressValue,
                statusLozenge: statusLozenge,
                lozenge: lozenge,
                issueLink: issueLink,
                failureText: failureText,
                nextId: nextId
            });
        }
        /* ---------- objectives and key results ---------- */
        panel.loads += 1;
        var token = panel.loads;
        panel.root.setAttribute('aria-busy', 'true');
        var reads = panel.kind === 'OBJECTIVE'
                ? [request(panel, 'GET', '/objectives/' + keyPath(panel))]
                : [request(panel, 'GET', '/keyresults/' + keyPath(panel)),
                    request(panel, 'GET', '/keyresults/' + keyPath(panel) + '/checkins'),
                    measureRead(panel)];
        if (!panel.body.firstChild) {
            panel.body.appendChild(el('p', {'class': 'okr-panel-loading', text: panel.t('okr.panel.loading')}));
        }
        return Promise.all(reads).then(function (answers) {
            if (token !== panel.loads) {
                return;
            }
            clear(panel.body);
            if (panel.kind === 'OBJECTIVE') {
                renderObjective(panel, answers[0]);
            } else {
                renderKeyResult(panel, answers[0], answers[1] || [], answers[2]);
            }
            panel.root.setAttribute('aria-busy', 'false');
            panel.root.setAttribute('data-okr-loaded', String(token));
        }, function (failure) {
            if (token !== panel.loads) {
                return;
            }
            clear(panel.body);
            renderLoadFailure(panel, failure);
            panel.root.setAttribute('aria-busy', 'false');
        });
    }

    function renderLoadFailure(panel, failure) {
        var retry = el('button', {type: 'button', 'class': 'okr-panel-button', text: panel.t('okr.panel.retry')});
        retry.addEventListener('click', function () {
            clear(panel.body);
            load(panel).then(function () {
                var heading = panel.body.querySelector('[tabindex="-1"]');
                if (heading) {
                    heading.focus();
                }
            });
        });
        panel.body.appendChild(el('div', {'class': 'okr-panel-message okr-panel-message-error', role: 'alert'}, [
            el('p', {text: failureText(panel, failure, 'okr.panel.error.load')}),
            retry
        ]));
    }

    /** The message for a failed request: 401, 403, 404, 409 and no answer in the panel's words, else the server's. */
    function failureText(panel, failure, fallbackKey) {
        var status = failure && failure.status;
        var message = failure && failure.message ? String(failure.message) : '';
        if (status === 0) {
            return panel.t('okr.panel.error.network');
        }
        if (status === 401) {
            return panel.t('okr.panel.error.login');
        }
        if (status === 403) {
            return panel.t('okr.panel.error.forbidden');
        }
        if (status === 404) {
            return panel.f('okr.panel.error.not-found', message || panel.key);
        }
        if (status === 409) {
            return panel.t('okr.panel.error.conflict');
        }
        if (message) {
            return panel.t(fallbackKey) + ' ' + message;
        }
        return panel.t(fallbackKey) + ' ' + panel.f('okr.panel.error.http', status);
    }

    /* ---------- numbers ---------- */

    function percent(share) {
        return Math.round(share * 100) + '%';
    }

    function number(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return Number(value).toLocaleString(document.documentElement.lang || undefined, {maximumFractionDigits: 2});
    }

    function dateTime(date) {
        try {
            return date.toLocaleString(document.documentElement.lang || undefined,
                {dateStyle: 'medium', timeStyle: 'short'});
        } catch (e) {
            return date.toLocaleString();
        }
    }

    /** An ISO day such as 2026-11-09 in the page's language, e.g. "9 Nov 2026"; the text itself when not a day. */
    function calendarDay(iso) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ''));
        if (!parts) {
            return String(iso || '');
        }
        var date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
        try {
            return date.toLocaleDateString(document.documentElement.lang || undefined,
                {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
        } catch (e) {
            return String(iso);
        }
    }

    function withUnit(value, unit) {
        return unit ? number(value) + ' ' + unit : number(value);
    }

    /** The progress as a percentage, or "—" with the reason as its tooltip: an undefined progress is never 0%. */
    function progressValue(panel, progress, reason, extraClass) {
        if (progress === null || progress === undefined) {
            var why = panel.t('okr.panel.undefined.' + (reason || 'UNKNOWN'));
            return el('span', {
                'class': 'okr-panel-progress-value okr-panel-undefined' + (extraClass ? ' ' + extraClass : ''),
                'data-okr-progress': '',
                title: why,
                tabindex: 0,
                'aria-label': panel.f('okr.panel.progress.undefined', why),
                text: panel.t('okr.panel.progress.none')
            });
        }
        return el('span', {
            'class': 'okr-panel-progress-value' + (extraClass ? ' ' + extraClass : ''),
            'data-okr-progress': String(progress),
            text: percent(progress)
        });
    }

    function progressBar(panel, progress, status) {
        var defined = progress !== null && progress !== undefined;
        var fill = el('span', {'class': 'okr-panel-bar-fill okr-panel-bar-' + (STATUS_CLASSES[status] || 'default')});
        fill.style.width = defined ? Math.max(0, Math.min(100, progress * 100)) + '%' : '0';
        return el('span', {
            'class': 'okr-panel-bar',
            role: 'progressbar',
            'aria-label': panel.t('okr.panel.progress'),
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': defined ? Math.round(progress * 100) : null,
            'aria-valuetext': defined ? percent(progress) : panel.t('okr.panel.progress.none')
        }, [fill]);
    }

    function lozenge(text, type, attributes) {
        return el('span', Object.assign({'class': 'okr-panel-lozenge okr-panel-lozenge-' + type, text: text},
                attributes || {}));
    }

    function statusLozenge(panel, status) {
        return lozenge(panel.t('okr.panel.status.' + status), STATUS_CLASSES[status] || 'default',
                {'data-okr-status': status});
    }

    function issueLink(panel, key, extraClass) {
        return el('a', {href: panel.browse + encodeURIComponent(key), 'class': extraClass || 'okr-panel-issue-key',
            text: key});
    }

    /**
     * Jira's issue search of the issues behind a number: the server's JQL (the app's keyResultWork or objectiveWork
     * function), under the same base as the issue links.
     */
    function searchLink(panel, jql) {
        var base = panel.browse.replace(/\/browse\/$/, '');
        return el('p', {'class': 'okr-panel-search'}, [el('a', {
            href: base + '/issues/?jql=' + encodeURIComponent(jql), 'data-okr-search': jql,
            text: panel.t('okr.panel.search')
        })]);
    }

    function headline(panel, item) {
        return el('div', {'class': 'okr-panel-headline'}, [
            progressValue(panel, item.progress, item.undefinedReason, 'okr-panel-progress-large'),
            el('span', {'class': 'okr-panel-lozenges'}, [
                statusLozenge(panel, item.status),
                item.kind ? lozenge(panel.t('okr.panel.kind.' + item.kind), 'kind', {'data-okr-kind': item.kind})
                    : null,
                item.confidence ? lozenge(panel.f('okr.panel.confidence', panel.t('okr.panel.confidence.' +
                    item.confidence)), 'confidence-' + (STATUS_CLASSES[item.confidence] || 'default'),
                    {'data-okr-confidence': item.confidence}) : null
            ])
        ]);
    }

    /** "Check-in due since …" for a key result whose check-in is due (the API's checkInDue), else null. */
    function checkInDue(panel, kr) {
        if (!kr.checkInDue || !kr.checkInDue.since) {
            return null;
        }
        return el('p', {'class': 'okr-panel-check-in-due', 'data-okr-due-since': kr.checkInDue.since,
            text: panel.f('okr.panel.check-in-due', calendarDay(kr.checkInDue.since))});
    }

    function section(panel, name, headingKey, children) {
        var id = nextId(name);
        return el('section', {'class': 'okr-panel-section okr-panel-' + name, 'aria-labelledby': id}, [
            el('h3', {id: id, 'class': 'okr-panel-heading', tabindex: -1, text: panel.t(headingKey)})
        ].concat(children));
    }

    /* ---------- objective ---------- */

    /**
     * For an objective or key result of a closed cycle: the number the scorecard shows (the one the cycle was closed
     * with), above the numbers as Jira has them now.
     */
    function closedNote(panel, item) {
        var closed = item.closed;
        if (!closed) {
            return;
        }
        var defined = closed.progress !== null && closed.progress !== undefined;
        panel.body.appendChild(el('p', {
            'class': 'okr-panel-note okr-panel-closed',
            'data-okr-frozen-at': closed.frozenAt,
            'data-okr-closed-progress': defined ? String(closed.progress) : '',
            text: panel.f('okr.panel.closed', dateTime(new Date(closed.frozenAt)),
                defined ? percent(closed.progress) : '\u2014')
        }));
    }

    function renderObjective(panel, objective) {
        closedNote(panel, objective);
        panel.body.appendChild(headline(panel, objective));
        panel.body.appendChild(progressBar(panel, objective.progress, objective.status));
        if (objective.progress === null || objective.progress === undefined) {
            panel.body.appendChild(el('p', {'class': 'okr-panel-reason',
                text: panel.t('okr.panel.undefined.' + objective.undefinedReason)}));
        }
        var rows = (objective.keyResults || []).map(function (kr) {
            return el('li', {'class': 'okr-panel-kr', 'data-okr-key-result': kr.key}, [
                el('div', {'class': 'okr-panel-kr-title'}, [
                    issueLink(panel, kr.key),
                    el('span', {'class': 'okr-panel-kr-summary', text: kr.summary}),
                    lozenge(panel.t('okr.panel.kind.' + kr.kind), 'kind')
                ]),
                el('div', {'class': 'okr-panel-kr-numbers'}, [
                    progressValue(panel, kr.progress, kr.undefinedReason),
                    progressBar(panel, kr.progress, kr.status),
                    el('span', {'class': 'okr-panel-kr-status'}, [statusLozenge(panel, kr.status)])
                ]),
                checkInDue(panel, kr)
            ]);
        });
        var children = rows.length
            ? [el('ul', {'class': 'okr-panel-kr-list'}, rows)]
            : [el('p', {'class': 'okr-panel-empty', text: panel.t('okr.panel.key-results.none')})];
        if (rows.length && !objective.support) {
            children.push(el('p', {'class': 'okr-panel-note', text: panel.t('okr.panel.key-results.mean')}));
        }
        if (objective.hiddenKeyResults > 0) {
            children.push(el('p', {'class': 'okr-panel-note', 'data-okr-hidden': objective.hiddenKeyResults,
                text: panel.f('okr.panel.key-results.hidden', objective.hiddenKeyResults)}));
        }
        if (objective.searchJql) {
            children.push(searchLink(panel, objective.searchJql));
        }
        panel.body.appendChild(section(panel, 'key-results', 'okr.panel.heading.key-results', children));
        if (objective.support) {
            panel.body.appendChild(section(panel, 'supporting', 'okr.panel.heading.supporting',
                supportChildren(panel, objective.support)));
        }
    }

    /** What the supporting objectives contribute (the admin's cascade) and which of them the viewer may open. */
    function supportChildren(panel, support) {
        var measured = support.supportingProgress !== null && support.supportingProgress !== undefined;
        var own = support.ownProgress !== null && support.ownProgress !== undefined
            ? percent(support.ownProgress) : '\u2014';
        var children = [el('p', {'class': 'okr-panel-note', 'data-okr-support-share': support.fromSupporting,
            text: measured
                ? panel.f('okr.panel.supporting.share', percent(support.fromSupporting),
                    percent(support.supportingProgress), own)
                : panel.t('okr.panel.supporting.unmeasured')})];
        if (support.supporting.length) {
            children.push(el('ul', {'class': 'okr-panel-supporting-list'}, support.supporting.map(function (key) {
                return el('li', {'data-okr-supporting': key}, [issueLink(panel, key)]);
            })));
        }
        if (support.otherSupporting > 0) {
            children.push(el('p', {'class': 'okr-panel-note', 'data-okr-hidden': support.otherSupporting,
                text: panel.f('okr.panel.supporting.other', support.otherSupporting)}));
        }
        return children;
    }

    /* ---------- key result ---------- */

    function renderKeyResult(panel, kr, checkIns, measure) {
        closedNote(panel, kr);
        panel.body.appendChild(headline(panel, kr));
        panel.body.appendChild(progressBar(panel, kr.progress, kr.status));
        var due = checkInDue(panel, kr);
        if (due) {
            panel.body.appendChild(due);
        }
        panel.body.appendChild(el('p', {'class': 'okr-panel-objective'}, [
            el('span', {'class': 'okr-panel-label', text: panel.t('okr.panel.objective') + ' '}),
            issueLink(panel, kr.objective),
            el('span', {'class': 'okr-panel-objective-summary', text: ' ' + (kr.objectiveSummary || '')})
        ]));
        var explanation = [el('ul', {'class': 'okr-panel-facts'}, facts(panel, kr).map(function (fact) {
            return el('li', {'data-okr-fact': fact.name, text: fact.text});
        }))];
        if (kr.searchJql) {
            explanation.push(searchLink(panel, kr.searchJql));
        }
        panel.body.appendChild(section(panel, 'explanation', 'okr.panel.heading.explanation', explanation));
        var measured = measureSection(panel, kr, measure);
        if (measured) {
            panel.body.appendChild(measured);
        }
        if (kr.kind === 'METRIC' && kr.canCheckIn === true) {
            panel.body.appendChild(section(panel, 'check-in-form', 'okr.panel.heading.check-in',
                [checkInForm(panel, kr, Boolean(measure && measure.measure))]));
        }
        panel.body.appendChild(section(panel, 'check-ins', 'okr.panel.heading.check-ins',
            checkInList(panel, kr, checkIns)));
    }

    /** The explanation of the number, one fact per line, named for the tests and for styling. */
    function facts(panel, kr) {
        var list = [];
        function add(name, text) {
            list.push({name: name, text: text});
        }
        if (kr.progress === null || kr.progress === undefined) {
            add('undefined', panel.t('okr.panel.undefined.' + kr.undefinedReason));
        }
        if (kr.work) {
            workFacts(panel, kr.work, add);
        } else if (kr.metric) {
            metricFacts(panel, kr.metric, add);
        } else if (kr.milestone) {
            add('milestone', panel.t(kr.milestone.statusCategory === 'done'
                ? 'okr.panel.milestone.done' : 'okr.panel.milestone.open'));
        }
        return list;
    }

    function workFacts(panel, work, add) {
        var counts = {'new': 0, indeterminate: 0, done: 0};
        var weights = {'new': 0, indeterminate: 0, done: 0};
        (work.categories || []).forEach(function (category) {
            counts[category.category] = category.count;
            weights[category.category] = category.weight;
        });
        if (work.countedItems > 0) {
            add('done', panel.f('okr.panel.work.done', counts.done, work.countedItems));
        }
        if (counts.indeterminate > 0) {
            add('in-progress', panel.f('okr.panel.work.in-progress', counts.indeterminate));
        }
        if (work.excludedTotal > 0) {
            var resolutions = unique((work.excluded || []).map(function (item) {
                return item.resolution;
            }));
            add('excluded', resolutions.length
                ? panel.f('okr.panel.work.excluded', work.excludedTotal, resolutions.join(', '))
                : panel.f('okr.panel.work.excluded-unnamed', work.excludedTotal));
        }
        if (work.sharedTotal > 0) {
            var others = unique([].concat.apply([], (work.shared || []).map(function (item) {
                return item.alsoIn || [];
            })));
            add('shared', others.length
                ? panel.f('okr.panel.work.shared', work.sharedTotal, others.join(', '))
                : panel.f('okr.panel.work.shared-unnamed', work.sharedTotal));
        }
        if (work.countedItems > 0) {
            add('policy', work.fellBackToCount
                ? panel.t('okr.panel.work.fell-back')
                : panel.t('okr.panel.work.policy.' + work.policyUsed));
        }
        if (work.policyUsed !== 'COUNT' && work.denominator > 0) {
            var scale = work.policyUsed === 'TIME' ? 3600 : 1;
            add('weight', panel.f('okr.panel.work.weight.' + work.policyUsed, number(weights.done / scale),
                number(work.denominator / scale)));
        }
        if (work.inProgressCredit > 0 && counts.indeterminate > 0) {
            add('credit', panel.f('okr.panel.work.credit', percent(work.inProgressCredit)));
        }
        if (work.hiddenItems > 0) {
            add('hidden', panel.f('okr.panel.work.hidden', work.hiddenItems));
        }
        if ((work.ignoredSubtasks || []).length > 0) {
            add('ignored', panel.f('okr.panel.work.ignored', work.ignoredSubtasks.length,
                work.ignoredSubtasks.join(', ')));
        }
        if ((work.hierarchyCycles || []).length > 0) {
            add('hierarchy-cycles', panel.f('okr.panel.work.hierarchy-cycles', work.hierarchyCycles.join(', ')));
        }
    }

    function metricFacts(panel, metric, add) {
        add('current', panel.f('okr.panel.metric.current', withUnit(metric.current, metric.unit)));
        if (metric.maintain) {
            add('target', panel.f('okr.panel.metric.maintain.' + metric.maintain, withUnit(metric.target, metric.unit)));
        } else {
            add('target', panel.f('okr.panel.metric.range', withUnit(metric.start, metric.unit),
                withUnit(metric.target, metric.unit)));
            add('attainment', panel.f('okr.panel.metric.attainment', percent(metric.attainment)));
        }
        if (metric.lowerIsBetter) {
            add('lower-is-better', panel.t('okr.panel.metric.lower-is-better'));
        }
        if (!metric.fromCheckIn) {
            add('configured', panel.t('okr.panel.metric.configured'));
        }
    }

    function unique(values) {
        var seen = {};
        return values.filter(function (value) {
            var key = String(value);
            if (Object.prototype.hasOwnProperty.call(seen, key)) {
                return false;
            }
            seen[key] = true;
            return true;
        });
    }

    /* ---------- check-ins ---------- */

    function checkInList(panel, kr, checkIns) {
        if (!checkIns.length) {
            return [el('p', {'class': 'okr-panel-empty', text: panel.t('okr.panel.check-ins.none')})];
        }
        var shown = panel.showAllCheckIns ? checkIns : checkIns.slice(0, LATEST_CHECK_INS);
        var items = shown.map(function (checkIn) {
            var when = new Date(checkIn.at);
            return el('li', {'class': 'okr-panel-check-in'}, [
                el('div', {'class': 'okr-panel-check-in-head'}, [
                    lozenge(panel.t('okr.panel.confidence.' + checkIn.confidence),
                        'confidence-' + (STATUS_CLASSES[checkIn.confidence] || 'default'),
                        {'data-okr-confidence': checkIn.confidence}),
                    checkIn.value === null || checkIn.value === undefined ? null
                        : el('span', {'class': 'okr-panel-check-in-value', 'data-okr-value': checkIn.value,
                            text: withUnit(checkIn.value, kr.metric ? kr.metric.unit : '')}),
                    // by the author's display name; checkIn.author is the user key, never shown
                    el('span', {'class': 'okr-panel-check-in-meta', text: panel.f('okr.panel.check-ins.by',
                        checkIn.authorName, isNaN(when.getTime()) ? checkIn.at : dateTime(when))})
                ]),
                checkIn.measured ? measuredNote(panel, checkIn.measured) : null,
                checkIn.comment ? el('p', {'class': 'okr-panel-check-in-comment', text: checkIn.comment}) : null
            ]);
        });
        var children = [el('ol', {'class': 'okr-panel-check-in-list'}, items)];
        if (checkIns.length > LATEST_CHECK_INS) {
            var toggle = el('button', {type: 'button', 'class': 'okr-panel-link-button',
                'aria-expanded': panel.showAllCheckIns ? 'true' : 'false',
                text: panel.showAllCheckIns ? panel.t('okr.panel.check-ins.fewer')
                    : panel.f('okr.panel.check-ins.more', checkIns.length)});
            toggle.addEventListener('click', function () {
                panel.showAllCheckIns = !panel.showAllCheckIns;
                var container = toggle.parentNode;
                var replacement = checkInList(panel, kr, checkIns);
                clear(container);
                container.appendChild(el('h3', {id: nextId('check-ins'), 'class': 'okr-panel-heading', tabindex: -1,
                    text: panel.t('okr.panel.heading.check-ins')}));
                container.setAttribute('aria-labelledby', container.firstChild.id);
                replacement.forEach(function (node) {
                    container.appendChild(node);
                });
                var again = container.querySelector('.okr-panel-link-button');
                if (again) {
                    again.focus();
                }
            });
            children.push(toggle);
        }
        return children;
    }

    function field(panel, name, label, input, hint) {
        input.id = nextId(name);
        input.setAttribute('data-field', 'checkIn.' + name);
        var hintNode = null;
        if (hint) {
            hintNode = el('div', {'class': 'okr-panel-hint', id: nextId('hint'), text: hint});
            input.setAttribute('aria-describedby', hintNode.id);
        }
        return el('div', {'class': 'okr-panel-field'}, [
            el('label', {'for': input.id, text: label}),
            input,
            hintNode
        ]);
    }

    /**
     * The check-in form; while a measure from Jira sets the value (the server refuses a value then), it takes only the
     * confidence and a comment, and says where the value comes from.
     */
    function checkInForm(panel, kr, measured) {
        var unit = kr.metric && kr.metric.unit ? kr.metric.unit : '';
        var value = el('input', {type: 'text', inputmode: 'decimal', autocomplete: 'off', 'class': 'okr-panel-input'});
        var confidence = el('select', {'class': 'okr-panel-input'}, [
            el('option', {value: '', text: panel.t('okr.panel.form.confidence.choose')})
        ].concat(CONFIDENCES.map(function (name) {
            return el('option', {value: name, text: panel.t('okr.panel.confidence.' + name)});
        })));
        var comment = el('textarea', {rows: 3, maxlength: 4000, 'class': 'okr-panel-input'});
        var submit = el('button', {type: 'submit', 'class': 'okr-panel-button okr-panel-button-primary',
            text: panel.t('okr.panel.form.submit')});
        var form = el('form', {'class': 'okr-panel-form', novalidate: true}, [
            el('div', {'class': 'okr-panel-form-errors'}),
            measured
                ? el('p', {'class': 'okr-panel-note', 'data-okr-value-measured': 'true',
                    text: panel.t('okr.panel.form.value.measured')})
                : field(panel, 'value', panel.t('okr.panel.form.value'), value,
                    unit ? panel.f('okr.panel.form.value.hint-unit', unit) : panel.t('okr.panel.form.value.hint')),
            field(panel, 'confidence', panel.t('okr.panel.form.confidence'), confidence),
            field(panel, 'comment', panel.t('okr.panel.form.comment'), comment, panel.t('okr.panel.form.comment.hint')),
            el('div', {'class': 'okr-panel-buttons'}, [submit])
        ]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (submit.disabled) {
                return;
            }
            clearErrors(form);
            submit.disabled = true;
            submit.textContent = panel.t('okr.panel.form.saving');
            form.setAttribute('aria-busy', 'true');
            var body = {
                value: measured ? null : valueOf(value.value),
                confidence: confidence.value || null,
                comment: comment.value
            };
            request(panel, 'POST', '/keyresults/' + keyPath(panel) + '/checkins', body).then(function () {
                panel.status.textContent = panel.t('okr.panel.form.saved');
                return load(panel).then(function () {
                    var again = panel.body.querySelector('[data-field="checkIn.value"]');
                    if (again) {
                        again.focus();
                    }
                });
            }, function (failure) {
                submit.disabled = false;
                submit.textContent = panel.t('okr.panel.form.submit');
                form.removeAttribute('aria-busy');
                showError(panel, form, failure);
            });
        });
        return form;
    }

    /**
     * The number the owner typed, or null for an empty field (a check-in of the confidence only). Anything else that is
     * not a plain number is sent as typed, so that the server rejects it with its message at the field.
     */
    function valueOf(text) {
        var trimmed = String(text).trim();
        if (trimmed === '') {
            return null;
        }
        if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
            var parsed = Number(trimmed);
            if (isFinite(parsed)) {
                return parsed;
            }
        }
        return trimmed;
    }

    function clearErrors(form) {
        Array.prototype.slice.call(form.querySelectorAll('.okr-panel-error')).forEach(function (node) {
            node.parentNode.removeChild(node);
        });
        Array.prototype.slice.call(form.querySelectorAll('[aria-invalid]')).forEach(function (node) {
            node.removeAttribute('aria-invalid');
            var describedBy = (node.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                return id && id.indexOf('okr-panel-error-') !== 0;
            });
            if (describedBy.length) {
                node.setAttribute('aria-describedby', describedBy.join(' '));
            } else {
                node.removeAttribute('aria-describedby');
            }
        });
    }

    /** A 400 goes next to the field it names (or the closest one); anything else atop the form. */
    function showError(panel, form, failure) {
        var target = failure && failure.status === 400 && failure.field ? findField(form, String(failure.field)) : null;
        if (target) {
            var error = el('div', {'class': 'okr-panel-error', role: 'alert', id: nextId('error'),
                text: failure.message ? String(failure.message) : panel.f('okr.panel.error.http', 400)});
            target.setAttribute('aria-invalid', 'true');
            var describedBy = target.getAttribute('aria-describedby');
            target.setAttribute('aria-describedby', (describedBy ? describedBy + ' ' : '') + error.id);
            target.parentNode.insertBefore(error, target.nextSibling);
            target.focus();
            return;
        }
        var box = form.querySelector('.okr-panel-form-errors');
        box.appendChild(el('div', {'class': 'okr-panel-message okr-panel-message-error okr-panel-error', role: 'alert',
            text: failureText(panel, failure, 'okr.panel.error.save')}));
    }

    /* ---------- measure: a METRIC key result measured from Jira (KeyResultMeasureResource) ---------- */

    var AGGREGATES = ['COUNT', 'SUM', 'AVERAGE', 'AVERAGE_RESOLUTION_HOURS', 'MEDIAN_RESOLUTION_HOURS'];
    var FIELD_AGGREGATES = ['SUM', 'AVERAGE'];

    /** The key result's measure, or null when it cannot be read: the rest of the panel shows without it. */
    function measureRead(panel) {
        return request(panel, 'GET', '/keyresults/' + keyPath(panel) + '/measure').then(null, function () {
            return null;
        });
    }

    /** "Measured from Jira: 42 issues" on a system check-in. */
    function measuredNote(panel, measured) {
        return el('p', {'class': 'okr-panel-check-in-measured', 'data-okr-measured-issues': measured.issueCount,
            title: measured.query, text: panel.f('okr.panel.measure.check-in', measured.issueCount)});
    }

    /**
     * The measure of a METRIC key result: its JQL and aggregate, the last good value with the issues counted and when,
     * the latest failure or undefined value with its reason, and for editors "Measure now" and the form; null when
     * there is nothing to show (no measure, and the viewer may not set one).
     */
    function measureSection(panel, kr, measure) {
        if (kr.kind !== 'METRIC' || !measure || (!measure.measure && !measure.canEdit)) {
            return null;
        }
        var unit = kr.metric && kr.metric.unit ? kr.metric.unit : '';
        var children = [];
        if (measure.measure) {
            children.push(el('p', {'class': 'okr-panel-measure-aggregate',
                'data-okr-aggregate': measure.measure.aggregate,
                text: panel.t('okr.panel.measure.aggregate.' + measure.measure.aggregate)}));
            children.push(el('code', {'class': 'okr-panel-measure-jql', text: measure.measure.jql !== null
                ? measure.measure.jql : panel.f('okr.panel.measure.filter', measure.measure.filterId)}));
            if (measure.measure.fieldId) {
                children.push(el('p', {'class': 'okr-panel-measure-field',
                    text: panel.f('okr.panel.measure.field', measure.measure.fieldId)}));
            }
            if (measure.lastMeasured) {
                children.push(el('p', {'class': 'okr-panel-measure-value',
                    'data-okr-measure-value': measure.lastMeasured.value,
                    text: panel.f('okr.panel.measure.value', withUnit(measure.lastMeasured.value, unit),
                        measure.lastMeasured.issueCount, when(measure.lastMeasured.at))}));
            } else {
                children.push(el('p', {'class': 'okr-panel-measure-value okr-panel-empty',
                    text: panel.t('okr.panel.measure.never')}));
            }
            var run = measure.lastRun;
            if (run && run.outcome === 'FAILED') {
                children.push(el('p', {'class': 'okr-panel-message okr-panel-message-error okr-panel-measure-failed',
                    role: 'alert', text: panel.f('okr.panel.measure.failed', run.message, when(run.at))}));
            } else if (run && run.outcome === 'UNDEFINED') {
                children.push(el('p', {'class': 'okr-panel-measure-undefined',
                    text: panel.f('okr.panel.measure.undefined', run.message, when(run.at))}));
            }
            children.push(el('p', {'class': 'okr-panel-hint okr-panel-measure-user', text: measure.technicalUserName
                ? panel.f('okr.panel.measure.user', measure.technicalUserName)
                : panel.t('okr.panel.measure.no-user')}));
        } else {
            children.push(el('p', {'class': 'okr-panel-empty', text: panel.t('okr.panel.measure.none')}));
        }
        if (measure.canEdit) {
            children = children.concat(measureActions(panel, measure));
        }
        return section(panel, 'measure', 'okr.panel.heading.measure', children);
    }

    function when(iso) {
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : dateTime(date);
    }

    function measureActions(panel, measure) {
        var form = measureForm(panel, measure);
        form.hidden = true;
        var buttons = [];
        if (measure.measure) {
            var now = el('button', {type: 'button', 'class': 'okr-panel-button okr-panel-button-primary',
                'data-okr-measure-now': 'true', text: panel.t('okr.panel.measure.now')});
            now.addEventListener('click', function () {
                now.disabled = true;
                now.textContent = panel.t('okr.panel.measure.running');
                request(panel, 'POST', '/keyresults/' + keyPath(panel) + '/measure/run', {}).then(function (answer) {
                    panel.status.textContent = answer && answer.lastRun && answer.lastRun.outcome === 'MEASURED'
                        ? panel.t('okr.panel.measure.done') : panel.t('okr.panel.measure.not-measured');
                    return load(panel);
                }, function (failure) {
                    now.disabled = false;
                    now.textContent = panel.t('okr.panel.measure.now');
                    panel.status.textContent = failureText(panel, failure, 'okr.panel.measure.error');
                });
            });
            buttons.push(now);
            var remove = el('button', {type: 'button', 'class': 'okr-panel-button', 'data-okr-measure-remove': 'true',
                text: panel.t('okr.panel.measure.remove')});
            remove.addEventListener('click', function () {
                request(panel, 'DELETE', '/keyresults/' + keyPath(panel) + '/measure').then(function () {
                    panel.status.textContent = panel.t('okr.panel.measure.removed');
                    return load(panel);
                }, function (failure) {
                    panel.status.textContent = failureText(panel, failure, 'okr.panel.measure.error');
                });
            });
            buttons.push(remove);
        }
        var edit = el('button', {type: 'button', 'class': 'okr-panel-link-button', 'aria-expanded': 'false',
            'data-okr-measure-edit': 'true',
            text: panel.t(measure.measure ? 'okr.panel.measure.change' : 'okr.panel.measure.set')});
        edit.addEventListener('click', function () {
            form.hidden = !form.hidden;
            edit.setAttribute('aria-expanded', form.hidden ? 'false' : 'true');
            if (!form.hidden) {
                form.querySelector('[data-field="measure.aggregate"]').focus();
            }
        });
        buttons.push(edit);
        return [el('div', {'class': 'okr-panel-buttons'}, buttons), form];
    }

    function measureField(panel, name, label, input, hint) {
        input.id = nextId('measure-' + name);
        input.setAttribute('data-field', 'measure.' + name);
        var hintNode = hint ? el('div', {'class': 'okr-panel-hint', id: nextId('hint'), text: hint}) : null;
        if (hintNode) {
            input.setAttribute('aria-describedby', hintNode.id);
        }
        return el('div', {'class': 'okr-panel-field'}, [
            el('label', {'for': input.id, text: label}),
            input,
            hintNode
        ]);
    }

    function measureForm(panel, measure) {
        var current = measure.measure || {};
        var aggregate = el('select', {'class': 'okr-panel-input'}, AGGREGATES.map(function (name) {
            var option = el('option', {value: name, text: panel.t('okr.panel.measure.aggregate.' + name)});
            option.selected = name === (current.aggregate || 'COUNT');
            return option;
        }));
        var jql = el('textarea', {rows: 3, maxlength: 4000, 'class': 'okr-panel-input'});
        jql.value = current.jql || '';
        var fieldId = el('input', {type: 'text', autocomplete: 'off', 'class': 'okr-panel-input',
            placeholder: 'customfield_10200'});
        fieldId.value = current.fieldId || '';
        var fieldRow = measureField(panel, 'fieldId', panel.t('okr.panel.measure.form.fieldId'), fieldId,
            panel.t('okr.panel.measure.form.fieldId.hint'));
        function showField() {
            fieldRow.hidden = FIELD_AGGREGATES.indexOf(aggregate.value) < 0;
        }
        aggregate.addEventListener('change', showField);
        showField();
        var submit = el('button', {type: 'submit', 'class': 'okr-panel-button okr-panel-button-primary',
            text: panel.t('okr.panel.measure.form.submit')});
        var form = el('form', {'class': 'okr-panel-measure-form', novalidate: true}, [
            el('div', {'class': 'okr-panel-form-errors'}),
            measureField(panel, 'aggregate', panel.t('okr.panel.measure.form.aggregate'), aggregate),
            measureField(panel, 'jql', panel.t('okr.panel.measure.form.jql'), jql,
                panel.t('okr.panel.measure.form.jql.hint')),
            fieldRow,
            el('div', {'class': 'okr-panel-buttons'}, [submit])
        ]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (submit.disabled) {
                return;
            }
            clearErrors(form);
            submit.disabled = true;
            var needsField = FIELD_AGGREGATES.indexOf(aggregate.value) >= 0;
            var body = {jql: jql.value, filterId: null, aggregate: aggregate.value,
                fieldId: needsField ? fieldId.value : null};
            request(panel, 'PUT', '/keyresults/' + keyPath(panel) + '/measure', body).then(function () {
                panel.status.textContent = panel.t('okr.panel.measure.saved');
                return load(panel);
            }, function (failure) {
                submit.disabled = false;
                showError(panel, form, failure);
            });
        });
        return form;
    }

    /* ---------- start ---------- */

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', startAll);
    } else {
        startAll();
    }
    if (window.MutationObserver) {
        new window.MutationObserver(function () {
            if (document.querySelector(SELECTOR + ':not([' + STARTED + '])')) {
                startAll();
            }
        }).observe(document.documentElement, {childList: true, subtree: true});
    }
}(window, document));
