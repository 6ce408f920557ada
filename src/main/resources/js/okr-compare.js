/*
 * OKR Scorecard dashboard item: "Compare with previous cycle". A toggle in the item's header (shown when the cycle the
 * item shows has a previous one: the cycle that started last before it, from /cycles); when on, the change since that
 * cycle (GET /scorecard/compare, same scope as the item) stands next to the scorecard's, each perspective's and each
 * objective's progress in the quadrant and list views: "▲ +12 pp", "▼ −5 pp", "no change", or "—" when either cycle has
 * no value (docs/rollup-rules.md, "Comparing cycles"); its tooltip names the previous cycle and the value there. One
 * global, window.okrScorecard.compare, after okr-dom.js (a dependency of this file's web-resource,
 * okr-compare-resources, on which the dashboard item's web-resource depends); the item calls attach() after each draw.
 *
 * Rules of this file, as of the other page scripts: the DOM is built with okr-dom.js (createElement and textContent
 * only: no data ever reaches an HTML parser); every visible text is in the i18n bundle (okr.compare.*), put into this
 * file by Jira's jsI18n transformer, placeholders filled in by format().
 */
(function (window) {
    'use strict';

    var REST_PATH = '/rest/okr-scorecard/1.0';
    var dom = window.okrScorecard.dom;
    var format = dom.format;
    var contextPath = dom.contextPath;
    var el = dom.el;

    var TEXT = {
        toggle: AJS.I18n.getText('okr.compare.toggle'),
        toggleTitle: AJS.I18n.getText('okr.compare.toggle.title'),
        up: AJS.I18n.getText('okr.compare.up'),
        down: AJS.I18n.getText('okr.compare.down'),
        same: AJS.I18n.getText('okr.compare.same'),
        none: AJS.I18n.getText('okr.compare.none'),
        before: AJS.I18n.getText('okr.compare.before'),
        beforeUndefined: AJS.I18n.getText('okr.compare.before.undefined'),
        beforeAbsent: AJS.I18n.getText('okr.compare.before.absent'),
        nowUndefined: AJS.I18n.getText('okr.compare.now.undefined'),
        nowAbsent: AJS.I18n.getText('okr.compare.now.absent'),
        percent: AJS.I18n.getText('okr.compare.percent'),
        loading: AJS.I18n.getText('okr.compare.loading'),
        error: AJS.I18n.getText('okr.compare.error'),
        errorHttp: AJS.I18n.getText('okr.compare.error.http'),
        errorNetwork: AJS.I18n.getText('okr.compare.error.network')
    };

    /** Per dashboard item (by its element id): whether the comparison is on, and which draw is the latest. */
    var items = {};

    function request(path) {
        return dom.request('GET', contextPath() + REST_PATH + path).catch(function (failure) {
            throw {
                status: failure.status,
                message: failure.status === 0
                    ? TEXT.errorNetwork
                    : failure.message || format(TEXT.errorHttp, failure.status)
            };
        });
    }

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    /** The cycle that started last before {@code shown}, from the list of /cycles; null when there is none. */
    function previousOf(cycles, shown) {
        var previous = null;
        (cycles || []).forEach(function (cycle) {
            if (cycle.id !== shown.id && cycle.start < shown.start && (!previous || cycle.start > previous.start)) {
                previous = cycle;
            }
        });
        return previous;
    }

    /** The tooltip: the previous cycle's value, or why there is no change. */
    function tooltip(change, previous) {
        var name = previous.name || previous.id;
        if (!change.from) {
            return format(TEXT.beforeAbsent, name);
        }
        var before = isNumber(change.from.progress)
            ? format(TEXT.before, name, format(TEXT.percent, Math.round(change.from.progress * 100)))
            : format(TEXT.beforeUndefined, name);
        if (!change.to) {
            return before + ' ' + TEXT.nowAbsent;
        }
        return isNumber(change.to.progress) ? before : before + ' ' + TEXT.nowUndefined;
    }

    /** "▲ +12 pp", "▼ −5 pp", "no change" or "—", with the previous cycle's value as its tooltip. */
    function delta(change, previous) {
        var direction = 'none';
        var text = TEXT.none;
        if (isNumber(change.change)) {
            var points = Math.round(change.change);
            direction = points > 0 ? 'up' : points < 0 ? 'down' : 'same';
            text = points > 0
                ? format(TEXT.up, points)
                : points < 0 ? format(TEXT.down, -points) : TEXT.same;
        }
        return el('span', {
            'class': 'okr-compare-delta okr-compare-' + direction,
            'data-compare': direction,
            title: tooltip(change, previous),
            text: text
        });
    }

    /** Puts {@code node} right after the first progress value inside {@code holder}. */
    function besideMeasure(holder, node) {
        var measure = holder && holder.querySelector('.okr-gadget-measure');
        if (measure) {
            measure.parentNode.insertBefore(node, measure.nextSibling);
        }
    }

    function byKey(list) {
        var map = {};
        (list || []).forEach(function (entry) {
            map[entry.key] = entry;
        });
        return map;
    }

    function removeDeltas(root) {
        Array.prototype.slice.call(root.querySelectorAll('.okr-compare-delta, .okr-compare-note'))
            .forEach(function (node) {
                node.parentNode.removeChild(node);
            });
    }

    /** Writes the deltas of a comparison into the item's quadrant or list view and its overall score. */
    function decorate(view, comparison, previous) {
        removeDeltas(view.root);
        besideMeasure(view.root.querySelector('[data-overall]'), delta(comparison.scorecard, previous));
        var perspectives = byKey(comparison.perspectives);
        var objectives = byKey(comparison.objectives);
        Array.prototype.slice.call(view.root.querySelectorAll(
            '.okr-gadget-panel[data-perspective], .okr-gadget-group[data-perspective]')).forEach(function (node) {
            var change = perspectives[node.getAttribute('data-perspective')];
            if (change) {
                besideMeasure(node, delta(change, previous));
            }
        });
        Array.prototype.slice.call(view.root.querySelectorAll('.okr-gadget-objective[data-objective]')).forEach(function (node) {
            var change = objectives[node.getAttribute('data-objective')];
            besideMeasure(node, delta(change || {from: null, to: null, change: null}, previous));
        });
    }

    function note(view, className, text, role) {
        removeDeltas(view.root);
        view.controls.appendChild(el('span', {'class': 'okr-compare-note ' + className, role: role, text: text}));
    }

    function show(view, previous, draw) {
        var state = items[view.id];
        if (!state.on) {
            removeDeltas(view.root);
            view.resize();
            return;
        }
        note(view, 'okr-compare-loading', format(TEXT.loading, previous.name || previous.id), 'status');
        var parameters = ['from=' + encodeURIComponent(previous.id), 'to=' + encodeURIComponent(view.cycle.id)]
            .concat(view.parameters.filter(function (parameter) {
                return parameter.indexOf('cycle=') !== 0;
            }));
        request('/scorecard/compare?' + parameters.join('&')).then(function (comparison) {
            if (state.draw === draw && state.on) {
                decorate(view, comparison, previous);
                view.root.setAttribute('data-compared-with', previous.id);
                view.resize();
            }
        }, function (failure) {
            if (state.draw === draw && state.on) {
                note(view, 'okr-compare-error', format(TEXT.error, previous.name || previous.id, failure.message),
                    'alert');
                view.resize();
            }
        });
    }

    /**
     * Called by the dashboard item after it drew its quadrant or list view: adds the toggle to {@code view.controls}
     * when the shown cycle has a previous one, and the deltas when the toggle is on (it stays on across redraws).
     *
     * @param view {id, cycle: {id, start}, parameters: the item's scope as query parameters, controls: the element
     *     for the toggle, root: the item's element, resize: tells Jira the item's height changed}
     */
    function attach(view) {
        var state = items[view.id] || (items[view.id] = {on: false, draw: 0});
        var draw = ++state.draw;
        view.root.removeAttribute('data-compared-with');
        view.root.removeAttribute('data-compare-previous');
        if (!view.cycle || !view.cycle.id) {
            return;
        }
        request('/cycles').then(function (cycles) {
            var previous = previousOf(cycles, view.cycle);
            if (state.draw !== draw) {
                return;
            }
            // which previous cycle the item compares with ('' for none), for tests and styles
            view.root.setAttribute('data-compare-previous', previous ? previous.id : '');
            if (!previous) {
                return;
            }
            var checkbox = el('input', {type: 'checkbox', 'class': 'okr-compare-checkbox'});
            checkbox.checked = state.on;
            checkbox.addEventListener('change', function () {
                state.on = checkbox.checked;
                view.root.removeAttribute('data-compared-with');
                show(view, previous, draw);
            });
            view.controls.appendChild(el('label', {
                'class': 'okr-compare-toggle',
                title: format(TEXT.toggleTitle, previous.name || previous.id)
            }, [checkbox, ' ', TEXT.toggle]));
            view.resize();
            if (state.on) {
                show(view, previous, draw);
            }
        }, function () {
            // without the list of cycles there is no previous one to offer: the item shows no toggle
        });
    }

    window.okrScorecard = window.okrScorecard || {};
    window.okrScorecard.compare = {attach: attach, previousOf: previousOf};
}(window));
