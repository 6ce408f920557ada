/*
 * OKR Scorecard carry forward, part of the review view: lists the unfinished objectives and key results of a closed
 * cycle (from GET /scorecard?cycle=), each with a checkbox, a key result with a select of the next cycle's objectives as
 * its target, and a "Carry forward" button that sends POST /cycles/{id}/carry-forward (JSON: Jira's XSRF protection)
 * and shows the result of each issue. One global, window.OkrCarryForward, after okr-dom.js (a dependency of this file's
 * web-resource, okr-carry-forward-resources); the review page calls OkrCarryForward.render(container, cycleId).
 *
 * Rules of this file, as of the other page scripts: the DOM is built with okr-dom.js (createElement and textContent
 * only: no data ever reaches an HTML parser); every visible text is in the i18n bundle (okr.carry.*), put into this file
 * by Jira's jsI18n transformer, placeholders filled in by format().
 */
(function (window, document) {
    'use strict';

    var REST_PATH = '/rest/okr-scorecard/1.0';
    var dom = window.okrScorecard.dom;
    var format = dom.format;
    var contextPath = dom.contextPath;
    var el = dom.el;
    var clear = dom.clear;

    var TEXT = {
        title: AJS.I18n.getText('okr.carry.title'),
        intro: AJS.I18n.getText('okr.carry.intro'),
        loading: AJS.I18n.getText('okr.carry.loading'),
        nothing: AJS.I18n.getText('okr.carry.nothing'),
        noNext: AJS.I18n.getText('okr.carry.no-next'),
        into: AJS.I18n.getText('okr.carry.into'),
        wholeObjective: AJS.I18n.getText('okr.carry.whole-objective'),
        keyResult: AJS.I18n.getText('okr.carry.key-result'),
        target: AJS.I18n.getText('okr.carry.target'),
        comesAlong: AJS.I18n.getText('okr.carry.comes-along'),
        progress: AJS.I18n.getText('okr.carry.progress'),
        notMeasured: AJS.I18n.getText('okr.carry.not-measured'),
        submit: AJS.I18n.getText('okr.carry.submit'),
        chooseSome: AJS.I18n.getText('okr.carry.choose-some'),
        results: AJS.I18n.getText('okr.carry.results'),
        moved: AJS.I18n.getText('okr.carry.outcome.MOVED'),
        failed: AJS.I18n.getText('okr.carry.outcome.FAILED'),
        errorHttp: AJS.I18n.getText('okr.carry.error.http'),
        errorNetwork: AJS.I18n.getText('okr.carry.error.network')
    };
    var REASON = {
        FINISHED: AJS.I18n.getText('okr.carry.reason.FINISHED'),
        NOT_EDITABLE: AJS.I18n.getText('okr.carry.reason.NOT_EDITABLE'),
        ALREADY_MOVED: AJS.I18n.getText('okr.carry.reason.ALREADY_MOVED'),
        NO_PERMISSION: AJS.I18n.getText('okr.carry.reason.NO_PERMISSION'),
        REJECTED_BY_JIRA: AJS.I18n.getText('okr.carry.reason.REJECTED_BY_JIRA'),
        MISSING_IN_JIRA: AJS.I18n.getText('okr.carry.reason.MISSING_IN_JIRA'),
        LEFT_HALF_MOVED: AJS.I18n.getText('okr.carry.reason.LEFT_HALF_MOVED')
    };

    function request(method, path, body) {
        return dom.request(method, contextPath() + REST_PATH + path, body).catch(function (failure) {
            if (failure.status === 0) {
                failure.message = TEXT.errorNetwork;
            } else if (!failure.message) {
                failure.message = format(TEXT.errorHttp, failure.status);
            }
            throw failure;
        });
    }

    /** Unfinished: progress below 100% or not measured. */
    function unfinished(item) {
        return item.progress === null || item.progress === undefined || item.progress < 1;
    }

    function progressText(item) {
        return item.progress === null || item.progress === undefined
            ? TEXT.notMeasured
            : format(TEXT.progress, Math.round(item.progress * 100));
    }

    /** Every listed objective of a scorecard answer: by perspective, then the unassigned ones. */
    function objectivesOf(scorecard) {
        var objectives = [];
        (scorecard.perspectives || []).forEach(function (perspective) {
            (perspective.objectives || []).forEach(function (objective) {
                objectives.push(objective);
            });
        });
        (scorecard.unassigned || []).forEach(function (objective) {
            objectives.push(objective);
        });
        return objectives;
    }

    /** The cycle that starts next after the given one, as GET /cycles lists them by start day; null when none. */
    function nextCycle(cycles, cycleId) {
        var current = cycles.filter(function (cycle) {
            return cycle.id === cycleId;
        })[0];
        if (!current) {
            return null;
        }
        return cycles.filter(function (cycle) {
            return cycle.start > current.start;
        }).sort(function (a, b) {
            return a.start < b.start ? -1 : (a.start > b.start ? 1 : 0);
        })[0] || null;
    }

    function showResults(node, answer) {
        clear(node);
        node.appendChild(el('h4', {text: TEXT.results}));
        node.appendChild(el('ul', {'class': 'okr-carry-results'}, answer.results.map(function (result) {
            var moved = result.outcome === 'MOVED';
            var words = moved ? TEXT.moved : format(TEXT.failed, REASON[result.reason] || result.reason);
            var parts = [el('strong', {text: result.issue}), document.createTextNode(' ' + words)];
            (result.messages || []).forEach(function (message) {
                parts.push(el('span', {'class': 'okr-carry-jira-message', text: ' ' + message}));
            });
            return el('li', {'class': moved ? 'okr-carry-moved' : 'okr-carry-failed'}, parts);
        })));
    }

    function showError(node, failure) {
        clear(node);
        node.appendChild(el('div', {'class': 'aui-message aui-message-error', role: 'alert', text: failure.message}));
    }

    /** The form over the closed cycle's unfinished items and the next cycle's objectives. */
    function form(container, cycleId, next, closed, targets) {
        var rows = [];
        var objectives = objectivesOf(closed).filter(function (objective) {
            return unfinished(objective) || (objective.keyResults || []).some(unfinished);
        });
        var status = el('div', {'class': 'okr-carry-status', 'aria-live': 'polite'});
        if (objectives.length === 0) {
            container.appendChild(el('p', {text: TEXT.nothing}));
            return;
        }
        var list = el('ul', {'class': 'okr-carry-list'});
        objectives.forEach(function (objective) {
            var whole = el('input', {type: 'checkbox', 'class': 'okr-carry-objective', value: objective.key});
            whole.disabled = !unfinished(objective);
            var keyResultRows = [];
            (objective.keyResults || []).filter(unfinished).forEach(function (keyResult) {
                var box = el('input', {type: 'checkbox', 'class': 'okr-carry-key-result', value: keyResult.key});
                var select = el('select', {'class': 'select okr-carry-target', 'aria-label': format(TEXT.target,
                    keyResult.key)}, targets.map(function (target) {
                    return el('option', {value: target.key, text: target.key + ' ' + target.summary});
                }));
                var note = el('span', {'class': 'okr-carry-note', text: ''});
                rows.push({kind: 'keyResult', box: box, select: select, objective: whole});
                keyResultRows.push(el('li', {}, [
                    el('label', {}, [box, document.createTextNode(' ' + format(TEXT.keyResult, keyResult.key,
                        keyResult.summary, progressText(keyResult)))]),
                    document.createTextNode(' '),
                    select,
                    note
                ]));
                whole.addEventListener('change', function () {
                    box.disabled = whole.checked;
                    select.disabled = whole.checked;
                    note.textContent = whole.checked ? ' ' + TEXT.comesAlong : '';
                });
            });
            rows.push({kind: 'objective', box: whole});
            list.appendChild(el('li', {'class': 'okr-carry-objective-row'}, [
                el('label', {}, [whole, document.createTextNode(' ' + format(TEXT.wholeObjective, objective.key,
                    objective.summary, progressText(objective)))]),
                el('ul', {}, keyResultRows)
            ]));
        });
        var button = el('button', {type: 'button', 'class': 'aui-button aui-button-primary okr-carry-submit',
            text: TEXT.submit});
        var results = el('div', {'class': 'okr-carry-result-list'});
        button.addEventListener('click', function () {
            var body = {objectives: [], keyResults: []};
            rows.forEach(function (row) {
                if (!row.box.checked || row.box.disabled) {
                    return;
                }
                if (row.kind === 'objective') {
                    body.objectives.push(row.box.value);
                } else if (row.select.value) {
                    body.keyResults.push({id: row.box.value, into: row.select.value});
                }
            });
            if (body.objectives.length === 0 && body.keyResults.length === 0) {
                status.textContent = TEXT.chooseSome;
                return;
            }
            status.textContent = '';
            button.disabled = true;
            request('POST', '/cycles/' + encodeURIComponent(cycleId) + '/carry-forward', body).then(function (answer) {
                button.disabled = false;
                showResults(results, answer);
            }).catch(function (failure) {
                button.disabled = false;
                showError(results, failure);
            });
        });
        container.appendChild(el('p', {text: format(TEXT.into, next.name)}));
        container.appendChild(list);
        if (targets.length === 0) {
            rows.forEach(function (row) {
                if (row.kind === 'keyResult') {
                    row.box.disabled = true;
                    row.select.disabled = true;
                }
            });
        }
        container.appendChild(el('div', {'class': 'buttons-container'}, [button]));
        container.appendChild(status);
        container.appendChild(results);
    }

    /** Shows the carry-forward section of a closed cycle in the container, replacing what it held. */
    function render(container, cycleId) {
        clear(container);
        container.appendChild(el('h3', {text: TEXT.title}));
        container.appendChild(el('p', {'class': 'okr-carry-intro', text: TEXT.intro}));
        var body = el('div', {'class': 'okr-carry-body'}, [el('p', {text: TEXT.loading})]);
        container.appendChild(body);
        request('GET', '/cycles').then(function (cycles) {
            var next = nextCycle(cycles || [], cycleId);
            if (!next) {
                clear(body);
                body.appendChild(el('p', {text: TEXT.noNext}));
                return null;
            }
            return Promise.all([
                request('GET', '/scorecard?cycle=' + encodeURIComponent(cycleId) + '&trendDays=0'),
                request('GET', '/scorecard?cycle=' + encodeURIComponent(next.id) + '&trendDays=0')
            ]).then(function (answers) {
                clear(body);
                form(body, cycleId, next, answers[0], objectivesOf(answers[1]));
            });
        }).catch(function (failure) {
            showError(body, failure);
        });
    }

    window.OkrCarryForward = {render: render, unfinished: unfinished, nextCycle: nextCycle};
}(window, document));
