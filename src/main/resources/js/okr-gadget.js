/*
 * OKR Scorecard dashboard item: the Balanced Scorecard of a cycle on a Jira dashboard, as a quadrant of perspectives, a
 * list, or a strategy map, with a drill-down from objectives to key results to the work behind each number.
 *
 * How Jira runs it (sources, read for the contract only):
 * - "Dashboard item module" and "Building a dashboard item", developer.atlassian.com/server/jira/platform/
 *   dashboard-item-module/ and .../building-a-dashboard-item/: the <dashboard-item> names this AMD module; Jira
 *   creates it with `new Module(API)` and calls render(context, preferences) to show the item and, for a configurable
 *   item, renderEdit(context, preferences) to show its settings. context is the item's element (a jQuery object in
 *   Jira, a plain element in the sandbox: both are accepted), preferences an object of strings.
 * - The API object, as declared by public dashboard items (github.com/hayleyross/jira-example-dashboard-item,
 *   typings/custom/DashboardItemAPI.d.ts; github.com/drewwiens/Starter-Jira-Dashboard-Item-Plugin): showLoadingBar(),
 *   hideLoadingBar(), resize() after the content changed height, setTitle(text), isEditable(), savePreferences(object)
 *   (Jira stores them and renders the item again), closeEdit(). Every call is guarded, so a missing method never breaks
 *   the item.
 * - AJS.contextPath() (AUI helper functions, aui.atlassian.com/aui/7.9/docs/helper.html) for links and REST URLs;
 *   a call of AJS.I18n.getText with a literal key is replaced by the text when Jira serves this file
 *   ("Internationalising your plugin's JavaScript", developer.atlassian.com/server/framework/atlassian-sdk/
 *   internationalising-your-plugin-javascript); placeholders are filled here by format().
 *
 * Rules of this file: the DOM is built with the shared helpers of okr-dom.js (window.okrScorecard.dom, loaded before
 * this file as a dependency of its web-resource): createElement/createElementNS and textContent only, so no value from
 * the server ever reaches an HTML parser; links are built from issue keys with encodeURIComponent; an undefined
 * progress is shown as a dash with its reason, never as 0%; every visible text comes from the i18n bundle
 * (okr.gadget.*).
 */
define('okr-scorecard/gadget', [], function () {
    'use strict';

    var REST_PATH = '/rest/okr-scorecard/1.0';
    var LAYOUTS = ['quadrant', 'list', 'map'];
    var TREND_DAYS = 30;
    /** Issue links shown under an explanation (the first page of its work); the search link covers all of it. */
    var LINKS_SHOWN = 12;
    var DASH = '\u2014';
    var ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
    var PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    var PERSPECTIVE_KEY = /^[a-z][a-z0-9-]{0,31}$/;
    var CYCLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
    var COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
    var instances = 0;
    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var svg = dom.svg;
    var clear = dom.clear;

    var TEXT = {
        title: AJS.I18n.getText('okr.gadget.title'),
        titleCycle: AJS.I18n.getText('okr.gadget.title.cycle'),
        cycleDates: AJS.I18n.getText('okr.gadget.cycle.dates'),
        cycleClosed: AJS.I18n.getText('okr.gadget.cycle.closed'),
        cycleClosedTitle: AJS.I18n.getText('okr.gadget.cycle.closed.title'),
        loading: AJS.I18n.getText('okr.gadget.loading'),
        errorTitle: AJS.I18n.getText('okr.gadget.error.title'),
        errorHttp: AJS.I18n.getText('okr.gadget.error.http'),
        errorNetwork: AJS.I18n.getText('okr.gadget.error.network'),
        retry: AJS.I18n.getText('okr.gadget.retry'),
        refresh: AJS.I18n.getText('okr.gadget.refresh'),
        refreshLabel: AJS.I18n.getText('okr.gadget.refresh.label'),
        review: AJS.I18n.getText('okr.gadget.review'),
        exportMenu: AJS.I18n.getText('okr.gadget.export'),
        exportLabel: AJS.I18n.getText('okr.gadget.export.label'),
        exportCsv: AJS.I18n.getText('okr.gadget.export.csv'),
        exportPdf: AJS.I18n.getText('okr.gadget.export.pdf'),
        computedAt: AJS.I18n.getText('okr.gadget.computed-at'),
        computedNever: AJS.I18n.getText('okr.gadget.computed-at.never'),
        overall: AJS.I18n.getText('okr.gadget.overall'),
        percent: AJS.I18n.getText('okr.gadget.percent'),
        join: AJS.I18n.getText('okr.gadget.join'),
        sentence: AJS.I18n.getText('okr.gadget.sentence'),
        undefinedLabel: AJS.I18n.getText('okr.gadget.undefined.label'),
        reasonUnknown: AJS.I18n.getText('okr.gadget.reason.unknown'),
        scopeProjects: AJS.I18n.getText('okr.gadget.scope.projects'),
        scopeFilter: AJS.I18n.getText('okr.gadget.scope.filter'),
        trendLabel: AJS.I18n.getText('okr.gadget.trend.label'),
        trendNone: AJS.I18n.getText('okr.gadget.trend.none'),
        perspectiveObjectives: AJS.I18n.getText('okr.gadget.perspective.objectives'),
        perspectiveUndefined: AJS.I18n.getText('okr.gadget.perspective.undefined-objectives'),
        perspectiveEmpty: AJS.I18n.getText('okr.gadget.perspective.empty'),
        perspectivesNone: AJS.I18n.getText('okr.gadget.perspectives.none'),
        hiddenObjectives: AJS.I18n.getText('okr.gadget.hidden-objectives'),
        unassigned: AJS.I18n.getText('okr.gadget.unassigned'),
        unassignedDescription: AJS.I18n.getText('okr.gadget.unassigned.description'),
        owner: AJS.I18n.getText('okr.gadget.objective.owner'),
        noOwner: AJS.I18n.getText('okr.gadget.objective.no-owner'),
        objectiveProgress: AJS.I18n.getText('okr.gadget.objective.progress'),
        noKeyResults: AJS.I18n.getText('okr.gadget.objective.no-key-results'),
        supportShare: AJS.I18n.getText('okr.gadget.objective.support.share'),
        supportUnmeasured: AJS.I18n.getText('okr.gadget.objective.support.unmeasured'),
        supportTree: AJS.I18n.getText('okr.gadget.objective.support.tree'),
        supportOther: AJS.I18n.getText('okr.gadget.objective.support.other'),
        confidence: AJS.I18n.getText('okr.gadget.kr.confidence'),
        checkInDue: AJS.I18n.getText('okr.gadget.kr.check-in-due'),
        krLoading: AJS.I18n.getText('okr.gadget.kr.loading'),
        krError: AJS.I18n.getText('okr.gadget.kr.error'),
        measureFailed: AJS.I18n.getText('okr.gadget.kr.measure-failed'),
        doneCount: AJS.I18n.getText('okr.gadget.explain.done.count'),
        doneWeight: AJS.I18n.getText('okr.gadget.explain.done.weight'),
        inProgress: AJS.I18n.getText('okr.gadget.explain.in-progress'),
        excluded: AJS.I18n.getText('okr.gadget.explain.excluded'),
        excludedOther: AJS.I18n.getText('okr.gadget.explain.excluded.other'),
        shared: AJS.I18n.getText('okr.gadget.explain.shared'),
        sharedHidden: AJS.I18n.getText('okr.gadget.explain.shared.hidden'),
        ignoredSubtasks: AJS.I18n.getText('okr.gadget.explain.ignored-subtasks'),
        hierarchyCycles: AJS.I18n.getText('okr.gadget.explain.hierarchy-cycles'),
        meanEstimate: AJS.I18n.getText('okr.gadget.explain.mean-estimate'),
        explainUndefined: AJS.I18n.getText('okr.gadget.explain.undefined'),
        metricRange: AJS.I18n.getText('okr.gadget.explain.metric.range'),
        metricValue: AJS.I18n.getText('okr.gadget.explain.metric.value'),
        metricAttained: AJS.I18n.getText('okr.gadget.explain.metric.attained'),
        lowerIsBetter: AJS.I18n.getText('okr.gadget.explain.metric.lower-is-better'),
        fromCheckIn: AJS.I18n.getText('okr.gadget.explain.metric.from-check-in'),
        fromField: AJS.I18n.getText('okr.gadget.explain.metric.from-field'),
        milestone: AJS.I18n.getText('okr.gadget.explain.milestone'),
        issuesHeading: AJS.I18n.getText('okr.gadget.issues.heading'),
        issuesMore: AJS.I18n.getText('okr.gadget.issues.more'),
        issuesHidden: AJS.I18n.getText('okr.gadget.issues.hidden'),
        issuesNone: AJS.I18n.getText('okr.gadget.issues.none'),
        issuesSearch: AJS.I18n.getText('okr.gadget.issues.search'),
        issueOpen: AJS.I18n.getText('okr.gadget.issues.open'),
        mapLabel: AJS.I18n.getText('okr.gadget.map.label'),
        mapEmpty: AJS.I18n.getText('okr.gadget.map.empty'),
        mapEdge: AJS.I18n.getText('okr.gadget.map.edge'),
        mapDrives: AJS.I18n.getText('okr.gadget.map.legend.drives'),
        mapInCycle: AJS.I18n.getText('okr.gadget.map.legend.cycle'),
        mapCauseCycle: AJS.I18n.getText('okr.gadget.map.cause-cycle'),
        mapAlignmentCycle: AJS.I18n.getText('okr.gadget.map.alignment-cycle'),
        mapCyclePath: AJS.I18n.getText('okr.gadget.map.cycle.path'),
        configHeading: AJS.I18n.getText('okr.gadget.config.heading'),
        configCycle: AJS.I18n.getText('okr.gadget.config.cycle'),
        configCycleCurrent: AJS.I18n.getText('okr.gadget.config.cycle.current'),
        configScope: AJS.I18n.getText('okr.gadget.config.scope'),
        configScopeProjects: AJS.I18n.getText('okr.gadget.config.scope.projects'),
        configScopeFilter: AJS.I18n.getText('okr.gadget.config.scope.filter'),
        configProjects: AJS.I18n.getText('okr.gadget.config.projects'),
        configProjectsDescription: AJS.I18n.getText('okr.gadget.config.projects.description'),
        configFilter: AJS.I18n.getText('okr.gadget.config.filter'),
        configFilterDescription: AJS.I18n.getText('okr.gadget.config.filter.description'),
        configPerspectives: AJS.I18n.getText('okr.gadget.config.perspectives'),
        configPerspectivesLoading: AJS.I18n.getText('okr.gadget.config.perspectives.loading'),
        configLayout: AJS.I18n.getText('okr.gadget.config.layout'),
        configTrends: AJS.I18n.getText('okr.gadget.config.trends'),
        configSave: AJS.I18n.getText('okr.gadget.config.save'),
        configCancel: AJS.I18n.getText('okr.gadget.config.cancel'),
        configErrorProjects: AJS.I18n.getText('okr.gadget.config.error.projects'),
        configErrorFilter: AJS.I18n.getText('okr.gadget.config.error.filter'),
        configErrorPerspectives: AJS.I18n.getText('okr.gadget.config.error.perspectives'),
        configErrorLoad: AJS.I18n.getText('okr.gadget.config.error.load')
    };

    var STATUS = {
        GREEN: AJS.I18n.getText('okr.gadget.status.GREEN'),
        AMBER: AJS.I18n.getText('okr.gadget.status.AMBER'),
        RED: AJS.I18n.getText('okr.gadget.status.RED'),
        ON_TRACK: AJS.I18n.getText('okr.gadget.status.ON_TRACK'),
        AT_RISK: AJS.I18n.getText('okr.gadget.status.AT_RISK'),
        OFF_TRACK: AJS.I18n.getText('okr.gadget.status.OFF_TRACK'),
        NONE: AJS.I18n.getText('okr.gadget.status.NONE')
    };
    /** The lozenge colour of each status: RAG and pace share the three colours. */
    var STATUS_TONE = {
        GREEN: 'good', ON_TRACK: 'good', AMBER: 'warn', AT_RISK: 'warn', RED: 'bad', OFF_TRACK: 'bad', NONE: 'none'
    };
    var STATUS_MODE = {
        ABSOLUTE: AJS.I18n.getText('okr.gadget.status-mode.ABSOLUTE'),
        PACE: AJS.I18n.getText('okr.gadget.status-mode.PACE')
    };
    var MODE_STATUSES = {ABSOLUTE: ['GREEN', 'AMBER', 'RED'], PACE: ['ON_TRACK', 'AT_RISK', 'OFF_TRACK']};
    var REASON = {
        NO_LINKED_WORK: AJS.I18n.getText('okr.gadget.reason.NO_LINKED_WORK'),
        ALL_WEIGHTS_ZERO: AJS.I18n.getText('okr.gadget.reason.ALL_WEIGHTS_ZERO'),
        NO_KEY_RESULTS: AJS.I18n.getText('okr.gadget.reason.NO_KEY_RESULTS'),
        NO_OBJECTIVES: AJS.I18n.getText('okr.gadget.reason.NO_OBJECTIVES'),
        NOTHING_MEASURED: AJS.I18n.getText('okr.gadget.reason.NOTHING_MEASURED'),
        NOT_COMPUTED: AJS.I18n.getText('okr.gadget.reason.NOT_COMPUTED')
    };
    var KIND = {
        WORK: AJS.I18n.getText('okr.gadget.kr.kind.WORK'),
        METRIC: AJS.I18n.getText('okr.gadget.kr.kind.METRIC'),
        MILESTONE: AJS.I18n.getText('okr.gadget.kr.kind.MILESTONE')
    };
    var CONFIDENCE = {
        ON_TRACK: AJS.I18n.getText('okr.gadget.confidence.ON_TRACK'),
        AT_RISK: AJS.I18n.getText('okr.gadget.confidence.AT_RISK'),
        OFF_TRACK: AJS.I18n.getText('okr.gadget.confidence.OFF_TRACK')
    };
    var CATEGORY = {
        'new': AJS.I18n.getText('okr.gadget.category.new'),
        indeterminate: AJS.I18n.getText('okr.gadget.category.indeterminate'),
        done: AJS.I18n.getText('okr.gadget.category.done')
    };
    var POLICY = {
        COUNT: AJS.I18n.getText('okr.gadget.explain.policy.COUNT'),
        STORY_POINTS: AJS.I18n.getText('okr.gadget.explain.policy.STORY_POINTS'),
        TIME: AJS.I18n.getText('okr.gadget.explain.policy.TIME')
    };
    var FELL_BACK = {
        STORY_POINTS: AJS.I18n.getText('okr.gadget.explain.fell-back.STORY_POINTS'),
        TIME: AJS.I18n.getText('okr.gadget.explain.fell-back.TIME')
    };
    var UNIT = {
        STORY_POINTS: AJS.I18n.getText('okr.gadget.explain.unit.STORY_POINTS'),
        TIME: AJS.I18n.getText('okr.gadget.explain.unit.TIME')
    };
    var MAINTAIN = {
        AT_LEAST: AJS.I18n.getText('okr.gadget.explain.metric.maintain.AT_LEAST'),
        AT_MOST: AJS.I18n.getText('okr.gadget.explain.metric.maintain.AT_MOST')
    };
    var COLUMN = {
        objective: AJS.I18n.getText('okr.gadget.list.column.objective'),
        owner: AJS.I18n.getText('okr.gadget.list.column.owner'),
        progress: AJS.I18n.getText('okr.gadget.list.column.progress'),
        status: AJS.I18n.getText('okr.gadget.list.column.status')
    };
    var LAYOUT_TEXT = {
        quadrant: AJS.I18n.getText('okr.gadget.config.layout.quadrant'),
        list: AJS.I18n.getText('okr.gadget.config.layout.list'),
        map: AJS.I18n.getText('okr.gadget.config.layout.map')
    };

    /* ---------- text, numbers, DOM and HTTP helpers ---------- */

    /** The pattern with {0}, {1}... replaced by the arguments after it. */
    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            var value = args[Number(index)];
            return value === undefined || value === null ? match : String(value);
        });
    }

    /** Joins texts with the bundle's list pattern ("{0}, {1}"), so a language can choose its own separator. */
    function joined(texts) {
        return texts.reduce(function (sentence, text) {
            return sentence === null ? text : format(TEXT.join, sentence, text);
        }, null) || '';
    }

    function lookup(table, code, fallback) {
        return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : fallback;
    }

    function reasonText(reason) {
        return lookup(REASON, reason, TEXT.reasonUnknown);
    }

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    function percent(share) {
        return format(TEXT.percent, Math.round(share * 100));
    }

    function number(value) {
        return new Intl.NumberFormat(undefined, {maximumFractionDigits: 1}).format(value);
    }

    function day(iso) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ''));
        if (!parts) {
            return String(iso || '');
        }
        var date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
        return date.toLocaleDateString(undefined, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    }

    function instant(iso) {
        var date = new Date(String(iso));
        return isNaN(date.getTime())
            ? String(iso)
            : date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
    }

    function contextPath() {
        var ajs = window.AJS;
        return ajs && typeof ajs.contextPath === 'function' ? String(ajs.contextPath() || '') : '';
    }

    function browseUrl(key) {
        return contextPath() + '/browse/' + encodeURIComponent(key);
    }

    function searchUrl(jql) {
        return contextPath() + '/issues/?jql=' + encodeURIComponent(jql);
    }

    function safeColour(colour, fallback) {
        return COLOUR.test(String(colour || '')) ? String(colour) : fallback;
    }

    /** GET of a REST path: resolves to the JSON, rejects with {status, message}, the server's message if it has one. */
    function request(path) {
        return dom.request('GET', contextPath() + REST_PATH + path).catch(function (failure) {
            var message = failure.message || format(TEXT.errorHttp, failure.status);
            throw {status: failure.status, message: failure.status === 0 ? TEXT.errorNetwork : message};
        });
    }

    /** The element Jira renders the item into: a jQuery object there, a plain element in the sandbox. */
    function elementOf(context) {
        if (context && context.nodeType === 1) {
            return context;
        }
        if (context && typeof context.get === 'function' && context.get(0)) {
            return context.get(0);
        }
        if (context && context[0] && context[0].nodeType === 1) {
            return context[0];
        }
        throw new Error('okr-scorecard/gadget: no element to render into');
    }

    /* ---------- preferences ---------- */

    function text(value) {
        return value === undefined || value === null ? '' : String(value).trim();
    }

    /** Project keys typed by a user: upper-cased, split at commas or spaces, the valid ones once each. */
    function projectKeys(typed) {
        var valid = [];
        var invalid = [];
        text(typed).toUpperCase().split(/[\s,;]+/).forEach(function (key) {
            if (!key) {
                return;
            }
            if (!PROJECT_KEY.test(key)) {
                invalid.push(key);
            } else if (valid.indexOf(key) < 0) {
                valid.push(key);
            }
        });
        return {valid: valid, invalid: invalid};
    }

    /**
     * The item's settings from Jira's preferences (strings; anything malformed falls back to the default): cycle
     * (empty: the current one), scope 'projects' (project keys, none: every project) or 'filter' (a saved filter
     * id), the perspectives hidden (so that a perspective added later shows), layout and whether trends show.
     */
    function readPreferences(raw) {
        raw = raw || {};
        var layout = text(raw.layout);
        var filter = text(raw.filter);
        return {
            cycle: CYCLE_ID.test(text(raw.cycle)) ? text(raw.cycle) : '',
            scope: text(raw.scope) === 'filter' && /^[0-9]{1,18}$/.test(filter) ? 'filter' : 'projects',
            projects: projectKeys(raw.projects).valid,
            filter: /^[0-9]{1,18}$/.test(filter) ? filter : '',
            hiddenPerspectives: text(raw.hiddenPerspectives).split(',').filter(function (key) {
                return PERSPECTIVE_KEY.test(key);
            }),
            layout: LAYOUTS.indexOf(layout) >= 0 ? layout : 'quadrant',
            trends: text(raw.trends) !== 'false'
        };
    }

    /** The query parameters of the scope: cycle, and the projects (repeated) or the saved filter. */
    function scopeParameters(prefs) {
        var parameters = [];
        if (prefs.cycle) {
            parameters.push('cycle=' + encodeURIComponent(prefs.cycle));
        }
        if (prefs.scope === 'filter') {
            parameters.push('filter=' + encodeURIComponent(prefs.filter));
        } else {
            prefs.projects.forEach(function (key) {
                parameters.push('project=' + encodeURIComponent(key));
            });
        }
        return parameters;
    }

    /* ---------- building blocks: values, lozenges, bars, sparklines ---------- */

    /** A progress as a percentage, or a dash with the reason as tooltip and for screen readers. */
    function measure(progress, reason, status, statusMode, extraClass) {
        var node = el('span', {'class': 'okr-gadget-measure' + (extraClass ? ' ' + extraClass : '')});
        if (isNumber(progress)) {
            node.appendChild(el('span', {'class': 'okr-gadget-value', text: percent(progress)}));
        } else {
            var label = format(TEXT.undefinedLabel, reasonText(reason));
            node.appendChild(el('span', {
                'class': 'okr-gadget-value okr-gadget-undefined',
                title: label,
                'data-undefined-reason': reason || '',
                'aria-hidden': 'true',
                text: DASH
            }));
            node.appendChild(el('span', {'class': 'okr-gadget-sr', text: label}));
        }
        if (status) {
            node.appendChild(lozenge(status, statusMode));
        }
        return node;
    }

    function lozenge(status, statusMode) {
        return el('span', {
            'class': 'okr-gadget-lozenge okr-gadget-tone-' + lookup(STATUS_TONE, status, 'none'),
            'data-status': status,
            title: lookup(STATUS_MODE, statusMode, null),
            text: lookup(STATUS, status, status)
        });
    }

    function progressBar(progress, reason, status, label) {
        var bar = el('div', {
            'class': 'okr-gadget-bar okr-gadget-tone-' + lookup(STATUS_TONE, status, 'none'),
            role: 'progressbar',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-label': label
        });
        if (isNumber(progress)) {
            var share = Math.max(0, Math.min(1, progress));
            bar.setAttribute('aria-valuenow', Math.round(share * 100));
            var filled = el('div', {'class': 'okr-gadget-bar-fill'});
            filled.style.width = (share * 100).toFixed(1) + '%';
            bar.appendChild(filled);
        } else {
            bar.classList.add('okr-gadget-bar-undefined');
            bar.setAttribute('aria-valuetext', format(TEXT.undefinedLabel, reasonText(reason)));
        }
        return bar;
    }

    /** An inline SVG line of the daily progress; days without progress break the line. */
    function sparkline(points, colour) {
        var width = 96;
        var height = 28;
        var pad = 3;
        var defined = points.filter(function (point) {
            return isNumber(point.progress);
        });
        var label = defined.length
            ? format(TEXT.trendLabel, points.length, percent(defined[0].progress),
                percent(defined[defined.length - 1].progress))
            : TEXT.trendNone;
        var chart = svg('svg', {
            'class': 'okr-gadget-sparkline',
            viewBox: '0 0 ' + width + ' ' + height,
            width: width,
            height: height,
            role: 'img',
            'aria-label': label
        }, [svg('title', {text: label})]);
        chart.appendChild(svg('line', {
            x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, 'class': 'okr-gadget-sparkline-base'
        }));
        var times = points.map(function (point, index) {
            var parsed = Date.parse(String(point.day) + 'T00:00:00Z');
            return isNaN(parsed) ? index : parsed;
        });
        var first = times.length ? Math.min.apply(null, times) : 0;
        var span = times.length ? Math.max.apply(null, times) - first : 0;
        var segment = [];
        var last = null;
        function flush() {
            if (segment.length > 1) {
                chart.appendChild(svg('polyline', {
                    points: segment.join(' '), stroke: colour, 'class': 'okr-gadget-sparkline-line'
                }));
            }
            segment = [];
        }
        points.forEach(function (point, index) {
            if (!isNumber(point.progress)) {
                flush();
                return;
            }
            var x = span > 0 ? pad + (times[index] - first) / span * (width - 2 * pad) : width / 2;
            var y = pad + (1 - Math.max(0, Math.min(1, point.progress))) * (height - 2 * pad);
            segment.push(x.toFixed(1) + ',' + y.toFixed(1));
            last = {x: x, y: y};
        });
        flush();
        if (last) {
            chart.appendChild(svg('circle', {cx: last.x.toFixed(1), cy: last.y.toFixed(1), r: 2.5, fill: colour}));
        }
        return chart;
    }

    /** "Owner: NAME" by the owner's display name (ownerName); owner is the user key, for links only, never shown. */
    function ownerText(objective) {
        return objective.ownerName ? format(TEXT.owner, objective.ownerName) : TEXT.noOwner;
    }

    /** A disclosure button: toggles aria-expanded and the region it controls, and calls onOpen when it opens. */
    function disclosure(attributes, children, region, onOpen) {
        attributes.type = 'button';
        attributes['aria-expanded'] = 'false';
        attributes['aria-controls'] = region.id;
        var chevron = svg('svg', {'class': 'okr-gadget-chevron', width: 16, height: 16, viewBox: '0 0 16 16',
            'aria-hidden': 'true', focusable: 'false'}, [svg('path', {d: 'M6 4 L10 8 L6 12'})]);
        var button = el('button', attributes, [chevron].concat(children));
        region.hidden = true;
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            button.setAttribute('aria-expanded', String(open));
            region.hidden = !open;
            onOpen(open);
        });
        return button;
    }

    /* ---------- the item ---------- */

    /** One dashboard item on the page: Jira creates it with the item's API object. */
    function ScorecardGadget(API) {
        instances += 1;
        this.API = API || {};
        this.id = 'okr-gadget-' + instances;
        this.ids = 0;
        this.sequence = 0;
        this.openObjectives = {};
        this.openKeyResults = {};
        this.resizeObserver = null;
    }

    /** Calls a method of the dashboard item API if this Jira has it. */
    ScorecardGadget.prototype.call = function (method) {
        var api = this.API;
        if (api && typeof api[method] === 'function') {
            return api[method].apply(api, Array.prototype.slice.call(arguments, 1));
        }
        return undefined;
    };

    ScorecardGadget.prototype.nextId = function (what) {
        this.ids += 1;
        return this.id + '-' + what + '-' + this.ids;
    };

    /** Replaces what is in Jira's element by this item's root. */
    ScorecardGadget.prototype.mount = function (context, className) {
        var host = elementOf(context);
        if (this.resizeObserver) {
            this.resizeObserver.disconnect();
            this.resizeObserver = null;
        }
        clear(host);
        var root = el('div', {'class': className, id: this.id, 'data-okr-gadget': 'true'});
        host.appendChild(root);
        return root;
    };

    /** Jira's call to show the item with its saved preferences. */
    ScorecardGadget.prototype.render = function (context, preferences) {
        this.prefs = readPreferences(preferences);
        this.root = this.mount(context, 'okr-gadget');
        this.root.setAttribute('data-layout', this.prefs.layout);
        this.header = el('div', {'class': 'okr-gadget-header'});
        this.body = el('div', {'class': 'okr-gadget-body'});
        this.root.appendChild(this.header);
        this.root.appendChild(this.body);
        this.load();
    };

    /** Reads the numbers again and redraws, keeping open what the viewer opened (the refresh button). */
    ScorecardGadget.prototype.load = function () {
        var self = this;
        var sequence = ++this.sequence;
        var prefs = this.prefs;
        this.root.setAttribute('aria-busy', 'true');
        this.showLoading();
        this.call('showLoadingBar');
        var parameters = scopeParameters(prefs);
        var trendDays = prefs.trends && prefs.layout !== 'map' ? TREND_DAYS : 0;
        var reads = [request('/scorecard?' + parameters.concat(['trendDays=' + trendDays]).join('&'))];
        if (prefs.layout === 'map') {
            reads.push(request('/strategy-map' + (parameters.length ? '?' + parameters.join('&') : '')));
        }
        Promise.all(reads).then(function (answers) {
            if (sequence === self.sequence) {
                self.draw(answers[0], answers[1] || null);
            }
        }, function (failure) {
            if (sequence === self.sequence) {
                self.showError(failure);
            }
        }).then(function () {
            if (sequence === self.sequence) {
                self.root.removeAttribute('aria-busy');
                self.call('hideLoadingBar');
                self.call('resize');
            }
        }, function (error) {
            self.call('hideLoadingBar');
            throw error;
        });
    };

    ScorecardGadget.prototype.showLoading = function () {
        var busy = this.body.querySelector('.okr-gadget-loading');
        if (busy) {
            return;
        }
        var message = el('p', {'class': 'okr-gadget-loading', role: 'status'}, [
            el('span', {'class': 'okr-gadget-spinner', 'aria-hidden': 'true'}), TEXT.loading
        ]);
        if (this.body.firstChild) {
            this.body.classList.add('okr-gadget-stale');
            this.body.insertBefore(message, this.body.firstChild);
        } else {
            this.body.appendChild(message);
        }
    };

    ScorecardGadget.prototype.showError = function (failure) {
        var self = this;
        var message = failure && failure.message ? String(failure.message) : TEXT.errorNetwork;
        clear(this.header);
        clear(this.body);
        this.body.classList.remove('okr-gadget-stale');
        var retry = el('button', {type: 'button', 'class': 'okr-gadget-button', text: TEXT.retry});
        retry.addEventListener('click', function () {
            self.load();
        });
        this.body.appendChild(el('div', {'class': 'okr-gadget-message okr-gadget-message-error', role: 'alert'}, [
            el('p', {'class': 'okr-gadget-message-title', text: TEXT.errorTitle}),
            el('p', {'class': 'okr-gadget-message-detail', text: message}),
            el('p', {}, [retry])
        ]));
    };

    ScorecardGadget.prototype.draw = function (scorecard, map) {
        this.scorecard = scorecard;
        this.map = map;
        clear(this.header);
        clear(this.body);
        this.body.classList.remove('okr-gadget-stale');
        this.drawHeader(scorecard);
        var hidden = this.prefs.hiddenPerspectives;
        var perspectives = (scorecard.perspectives || []).filter(function (perspective) {
            return hidden.indexOf(perspective.key) < 0;
        });
        if (this.prefs.layout === 'map') {
            this.drawMapView(map);
        } else if (!perspectives.length && !(scorecard.unassigned || []).length) {
            this.body.appendChild(el('p', {'class': 'okr-gadget-note', text: TEXT.perspectivesNone}));
        } else if (this.prefs.layout === 'list') {
            this.body.appendChild(this.listView(perspectives, scorecard.unassigned || []));
        } else {
            this.body.appendChild(this.quadrantView(perspectives, scorecard.unassigned || []));
        }
        if (scorecard.hiddenObjectives > 0) {
            this.body.appendChild(el('p', {
                'class': 'okr-gadget-note okr-gadget-hidden-objectives',
                text: format(TEXT.hiddenObjectives, scorecard.hiddenObjectives)
            }));
        }
        if (window.okrScorecard.compare && this.prefs.layout !== 'map') {
            // "Compare with previous cycle" (okr-compare.js): its toggle in the header, its deltas in the views
            window.okrScorecard.compare.attach({
                id: this.id,
                cycle: scorecard.cycle,
                parameters: scopeParameters(this.prefs),
                controls: this.header.querySelector('.okr-gadget-meta'),
                root: this.root,
                resize: this.call.bind(this, 'resize')
            });
        }
        this.call('setTitle', format(TEXT.titleCycle, TEXT.title, scorecard.cycle ? scorecard.cycle.name : ''));
    };

    ScorecardGadget.prototype.drawHeader = function (scorecard) {
        var self = this;
        var cycle = scorecard.cycle || {};
        var refresh = el('button', {
            type: 'button',
            'class': 'okr-gadget-button okr-gadget-refresh',
            title: TEXT.refreshLabel,
            'aria-label': TEXT.refreshLabel
        }, [el('span', {'class': 'okr-gadget-refresh-icon', 'aria-hidden': 'true'}), TEXT.refresh]);
        refresh.addEventListener('click', function () {
            self.load();
        });
        var meta = [];
        meta.push(scorecard.computedAt
            ? el('time', {
                'class': 'okr-gadget-computed-at',
                datetime: scorecard.computedAt,
                text: format(TEXT.computedAt, instant(scorecard.computedAt))
            })
            : el('span', {'class': 'okr-gadget-computed-at', text: TEXT.computedNever}));
        if (this.prefs.scope === 'filter') {
            meta.push(el('span', {'class': 'okr-gadget-scope', text: format(TEXT.scopeFilter, this.prefs.filter)}));
        } else if (this.prefs.projects.length) {
            meta.push(el('span', {
                'class': 'okr-gadget-scope',
                text: format(TEXT.scopeProjects, joined(this.prefs.projects))
            }));
        }
        var heading = [
            el('h2', {'class': 'okr-gadget-cycle', text: cycle.name || ''}),
            el('span', {'class': 'okr-gadget-dates', text: format(TEXT.cycleDates, day(cycle.start), day(cycle.end))})
        ];
        if (scorecard.frozenAt) {
            heading.push(el('span', {
                'class': 'aui-lozenge aui-lozenge-subtle okr-gadget-closed',
                'data-frozen-at': scorecard.frozenAt,
                title: format(TEXT.cycleClosedTitle, instant(scorecard.frozenAt)),
                text: format(TEXT.cycleClosed, day(String(scorecard.frozenAt).substring(0, 10)))
            }));
        }
        this.header.appendChild(el('div', {'class': 'okr-gadget-heading'}, heading));
        this.header.appendChild(el('div', {'class': 'okr-gadget-overall', 'data-overall': 'true'}, [
            el('span', {'class': 'okr-gadget-overall-label', text: TEXT.overall}),
            measure(scorecard.progress, scorecard.undefinedReason, scorecard.status, scorecard.statusMode)
        ]));
        if (window.okrScorecard.subscribe) {
            meta.push(window.okrScorecard.subscribe.action(function () {
                return self.subscriptionScope();
            }));
        }
        var review = reviewLink(cycle, scorecard.frozenAt);
        if (review) {
            meta.push(review);
        }
        this.header.appendChild(el('div', {'class': 'okr-gadget-meta'}, meta));
        this.header.appendChild(el('div', {'class': 'okr-gadget-actions'}, [
            this.exportMenu(this.exportItems()),
            refresh
        ]));
    };

    /**
     * The link to the cycle's review page, for a cycle closed (the answer's frozenAt) or in review (its last day is
     * past); null for a planned or running cycle. The review page reads the state the server decides.
     */
    function reviewLink(cycle, frozenAt) {
        var ended = cycle.end && cycle.end < new Date().toISOString().slice(0, 10);
        if (!cycle.id || !(frozenAt || ended)) {
            return null;
        }
        return el('a', {
            'class': 'okr-gadget-review-link',
            href: contextPath() + '/plugins/servlet/okr-scorecard/review?cycle=' + encodeURIComponent(cycle.id),
            text: TEXT.review
        });
    }

    /* ---------- the Export menu ---------- */

    /**
     * The query of what the item shows, for an export: its cycle, its projects or saved filter, and, when it hides
     * some perspectives, the ones it shows ({@code show}: the export lists their sections and keeps the scorecard's
     * score over every perspective, as the item does).
     */
    ScorecardGadget.prototype.exportParameters = function () {
        var parameters = scopeParameters(this.prefs);
        var hidden = this.prefs.hiddenPerspectives;
        if (hidden.length) {
            ((this.scorecard && this.scorecard.perspectives) || []).forEach(function (perspective) {
                if (hidden.indexOf(perspective.key) < 0) {
                    parameters.push('show=' + encodeURIComponent(perspective.key));
                }
            });
        }
        return parameters;
    };

    /**
     * The items of the Export menu, in order: each has a key (its data-export attribute), a text, and either an href
     * (a download) or an action (a function called when chosen). Another item is one more entry of this list.
     */
    ScorecardGadget.prototype.exportItems = function () {
        var query = this.exportParameters();
        var url = function (path) {
            return contextPath() + REST_PATH + path + (query.length ? '?' + query.join('&') : '');
        };
        return [
            {key: 'csv', text: TEXT.exportCsv, href: url('/scorecard.csv')},
            {key: 'pdf', text: TEXT.exportPdf, href: url('/scorecard.pdf')}
        ];
    };

    /**
     * A dropdown in AUI's look (a trigger button with a caret, a menu of links below it) that opens on click, Enter or
     * Space, closes on Escape, a click outside or a choice, and moves between its items with the arrow keys.
     */
    ScorecardGadget.prototype.exportMenu = function (items) {
        var menuId = this.nextId('export-menu');
        var trigger = el('button', {
            type: 'button',
            'class': 'okr-gadget-button okr-gadget-export-trigger',
            title: TEXT.exportLabel,
            'aria-haspopup': 'true',
            'aria-expanded': 'false',
            'aria-controls': menuId
        }, [TEXT.exportMenu, el('span', {'class': 'okr-gadget-caret', 'aria-hidden': 'true'})]);
        var menu = el('ul', {'class': 'okr-gadget-export-menu', id: menuId, role: 'menu', hidden: 'hidden'});
        var wrapper = el('div', {'class': 'okr-gadget-export'}, [trigger, menu]);
        function links() {
            return Array.prototype.slice.call(menu.querySelectorAll('[role="menuitem"]'));
        }
        function close(focusTrigger) {
            menu.setAttribute('hidden', 'hidden');
            trigger.setAttribute('aria-expanded', 'false');
            document.removeEventListener('click', outside, true);
            if (focusTrigger) {
                trigger.focus();
            }
        }
        function outside(event) {
            if (!wrapper.contains(event.target)) {
                close(false);
            }
        }
        function open() {
            menu.removeAttribute('hidden');
            trigger.setAttribute('aria-expanded', 'true');
            document.addEventListener('click', outside, true);
            links()[0].focus();
        }
        items.forEach(function (item) {
            var link = el('a', {
                role: 'menuitem',
                'class': 'okr-gadget-export-item',
                'data-export': item.key,
                href: item.href || '#',
                text: item.text
            });
            if (item.href) {
                link.setAttribute('download', '');
            }
            link.addEventListener('click', function (event) {
                if (item.action) {
                    event.preventDefault();
                    item.action();
                }
                close(false);
            });
            menu.appendChild(el('li', {role: 'none'}, [link]));
        });
        trigger.addEventListener('click', function () {
            if (menu.hasAttribute('hidden')) {
                open();
            } else {
                close(true);
            }
        });
        wrapper.addEventListener('keydown', function (event) {
            var all = links();
            var at = all.indexOf(document.activeElement);
            if (event.key === 'Escape' && !menu.hasAttribute('hidden')) {
                event.preventDefault();
                close(true);
            } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0) {
                event.preventDefault();
                all[(at + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length].focus();
            }
        });
        return wrapper;
    };

    /** What a weekly digest of this item covers (okr-subscribe.js): its scope and the perspectives it shows. */
    ScorecardGadget.prototype.subscriptionScope = function () {
        var hidden = this.prefs.hiddenPerspectives;
        var names = {};
        var shown = (this.scorecard.perspectives || []).filter(function (perspective) {
            names[perspective.key] = perspective.name;
            return hidden.indexOf(perspective.key) < 0;
        }).map(function (perspective) {
            return perspective.key;
        });
        return {
            projects: this.prefs.scope === 'filter' ? [] : this.prefs.projects,
            filter: this.prefs.scope === 'filter' ? this.prefs.filter : null,
            perspectives: hidden.length ? shown : [],
            names: names
        };
    };

    /* ---------- quadrant and list views ---------- */

    ScorecardGadget.prototype.quadrantView = function (perspectives, unassigned) {
        var self = this;
        var grid = el('div', {'class': 'okr-gadget-quadrant'});
        perspectives.forEach(function (perspective) {
            grid.appendChild(self.perspectivePanel(perspective));
        });
        if (unassigned.length) {
            grid.appendChild(self.unassignedPanel(unassigned));
        }
        return grid;
    };

    ScorecardGadget.prototype.perspectivePanel = function (perspective) {
        var self = this;
        var colour = safeColour(perspective.colour, '#6b778c');
        var titleId = this.nextId('perspective');
        var panel = el('section', {
            'class': 'okr-gadget-panel',
            'data-perspective': perspective.key,
            'aria-labelledby': titleId
        });
        panel.style.borderTopColor = colour;
        var facts = [el('span', {
            'class': 'okr-gadget-count',
            text: format(TEXT.perspectiveObjectives, (perspective.objectives || []).length)
        })];
        if (perspective.undefinedObjectives > 0) {
            facts.push(el('span', {
                'class': 'okr-gadget-count',
                text: format(TEXT.perspectiveUndefined, perspective.undefinedObjectives)
            }));
        }
        panel.appendChild(el('header', {'class': 'okr-gadget-panel-head'}, [
            el('h3', {'class': 'okr-gadget-panel-title', id: titleId}, [
                el('span', {'class': 'okr-gadget-swatch', 'aria-hidden': 'true', style: 'background-color:' + colour}),
                el('span', {'class': 'okr-gadget-panel-name', text: perspective.name})
            ]),
            measure(perspective.progress, perspective.undefinedReason, perspective.status,
                this.scorecard.statusMode, 'okr-gadget-measure-large')
        ]));
        panel.appendChild(el('div', {'class': 'okr-gadget-panel-facts'}, [
            this.prefs.trends ? sparkline(perspective.trend || [], colour) : null,
            el('div', {'class': 'okr-gadget-counts'}, facts)
        ]));
        var objectives = perspective.objectives || [];
        if (!objectives.length) {
            panel.appendChild(el('p', {'class': 'okr-gadget-note', text: TEXT.perspectiveEmpty}));
        } else {
            var list = el('ul', {'class': 'okr-gadget-objectives'});
            objectives.forEach(function (objective) {
                list.appendChild(self.objectiveItem(objective));
            });
            panel.appendChild(list);
        }
        return panel;
    };

    ScorecardGadget.prototype.unassignedPanel = function (objectives) {
        var self = this;
        var titleId = this.nextId('unassigned');
        var panel = el('section', {
            'class': 'okr-gadget-panel okr-gadget-panel-unassigned',
            'data-perspective': '',
            'aria-labelledby': titleId
        }, [
            el('header', {'class': 'okr-gadget-panel-head'}, [
                el('h3', {'class': 'okr-gadget-panel-title', id: titleId}, [
                    el('span', {'class': 'okr-gadget-panel-name', text: TEXT.unassigned})
                ])
            ]),
            el('p', {'class': 'okr-gadget-note', text: TEXT.unassignedDescription})
        ]);
        var list = el('ul', {'class': 'okr-gadget-objectives'});
        objectives.forEach(function (objective) {
            list.appendChild(self.objectiveItem(objective));
        });
        panel.appendChild(list);
        return panel;
    };

    ScorecardGadget.prototype.objectiveItem = function (objective) {
        var self = this;
        var region = el('div', {'class': 'okr-gadget-region', id: this.nextId('krs')});
        var toggle = disclosure({'class': 'okr-gadget-toggle'}, [
            el('span', {'class': 'okr-gadget-key', text: objective.key}),
            el('span', {'class': 'okr-gadget-summary', text: objective.summary})
        ], region, function (open) {
            self.openObjectives[objective.key] = open;
            if (open && !region.firstChild) {
                region.appendChild(self.keyResultList(objective));
            }
            self.call('resize');
        });
        var item = el('li', {'class': 'okr-gadget-objective', 'data-objective': objective.key}, [
            el('div', {'class': 'okr-gadget-row'}, [
                toggle,
                measure(objective.progress, objective.undefinedReason, objective.status, this.scorecard.statusMode)
            ]),
            el('div', {'class': 'okr-gadget-row okr-gadget-row-detail'}, [
                progressBar(objective.progress, objective.undefinedReason, objective.status,
                    format(TEXT.objectiveProgress, objective.key)),
                el('span', {'class': 'okr-gadget-owner', text: ownerText(objective)})
            ]),
            region
        ]);
        if (this.openObjectives[objective.key]) {
            toggle.click();
        }
        return item;
    };

    ScorecardGadget.prototype.keyResultList = function (objective) {
        var self = this;
        var keyResults = objective.keyResults || [];
        var list = keyResults.length
            ? el('ul', {'class': 'okr-gadget-krs'})
            : el('p', {'class': 'okr-gadget-note', text: TEXT.noKeyResults});
        keyResults.forEach(function (keyResult) {
            list.appendChild(self.keyResultItem(keyResult));
        });
        if (!objective.support) {
            return list;
        }
        return el('div', {'class': 'okr-gadget-objective-detail'}, [this.supportBlock(objective), list]);
    };

    /**
     * What the objectives supporting this one contribute (the admin's cascade, docs/rollup-rules.md), and the
     * alignment tree below it as far as this answer shows it: each supporting objective with its progress and, in
     * turn, its own supporting objectives. An objective already on the path is not followed again.
     */
    ScorecardGadget.prototype.supportBlock = function (objective) {
        var support = objective.support;
        var byKey = {};
        this.scorecard.perspectives.forEach(function (perspective) {
            (perspective.objectives || []).forEach(function (item) {
                byKey[item.key] = item;
            });
        });
        (this.scorecard.unassigned || []).forEach(function (item) {
            byKey[item.key] = item;
        });
        var sentence = isNumber(support.supportingProgress)
            ? format(TEXT.supportShare, percent(support.fromSupporting), percent(support.supportingProgress),
                isNumber(support.ownProgress) ? percent(support.ownProgress) : '\u2014')
            : TEXT.supportUnmeasured;
        function tree(node, path) {
            var items = (node.support ? node.support.supporting : []).filter(function (key) {
                return byKey[key] && path.indexOf(key) < 0;
            }).map(function (key) {
                var child = byKey[key];
                var value = isNumber(child.progress) ? percent(child.progress) : '\u2014';
                var children = tree(child, path.concat([key]));
                return el('li', {'class': 'okr-gadget-support-item', 'data-objective': key}, [
                    el('span', {'class': 'okr-gadget-key', text: key}),
                    el('span', {'class': 'okr-gadget-summary', text: child.summary}),
                    el('span', {'class': 'okr-gadget-support-value', text: value})
                ].concat(children ? [children] : []));
            });
            var others = node.support ? node.support.otherSupporting : 0;
            if (others > 0) {
                items.push(el('li', {'class': 'okr-gadget-note', text: format(TEXT.supportOther, others)}));
            }
            return items.length ? el('ul', {'class': 'okr-gadget-support-tree'}, items) : null;
        }
        var block = el('div', {'class': 'okr-gadget-support', 'data-okr-support': objective.key}, [
            el('p', {'class': 'okr-gadget-note', text: sentence}),
            el('p', {'class': 'okr-gadget-support-heading', text: TEXT.supportTree})
        ]);
        var children = tree(objective, [objective.key]);
        if (children) {
            block.appendChild(children);
        }
        return block;
    };

    ScorecardGadget.prototype.keyResultItem = function (keyResult) {
        var self = this;
        var region = el('div', {'class': 'okr-gadget-region okr-gadget-explain-region', id: this.nextId('explain')});
        var toggle = disclosure({'class': 'okr-gadget-toggle okr-gadget-toggle-kr'}, [
            el('span', {'class': 'okr-gadget-key', text: keyResult.key}),
            el('span', {'class': 'okr-gadget-summary', text: keyResult.summary}),
            el('span', {'class': 'okr-gadget-kind', text: lookup(KIND, keyResult.kind, keyResult.kind)})
        ], region, function (open) {
            self.openKeyResults[keyResult.key] = open;
            if (open) {
                self.explain(keyResult, region);
            }
            self.call('resize');
        });
        var detail = [progressBar(keyResult.progress, keyResult.undefinedReason, keyResult.status,
            format(TEXT.objectiveProgress, keyResult.key))];
        if (keyResult.confidence) {
            detail.push(el('span', {
                'class': 'okr-gadget-confidence',
                'data-confidence': keyResult.confidence,
                text: format(TEXT.confidence, lookup(CONFIDENCE, keyResult.confidence, keyResult.confidence))
            }));
        }
        if (keyResult.checkInDue && keyResult.checkInDue.since) {
            detail.push(el('span', {
                'class': 'okr-gadget-check-in-due',
                'data-due-since': keyResult.checkInDue.since,
                text: format(TEXT.checkInDue, day(keyResult.checkInDue.since))
            }));
        }
        var item = el('li', {'class': 'okr-gadget-kr', 'data-key-result': keyResult.key}, [
            el('div', {'class': 'okr-gadget-row'}, [
                toggle,
                measure(keyResult.progress, keyResult.undefinedReason, keyResult.status, this.scorecard.statusMode)
            ]),
            el('div', {'class': 'okr-gadget-row okr-gadget-row-detail'}, detail),
            region
        ]);
        if (this.openKeyResults[keyResult.key]) {
            toggle.click();
        }
        return item;
    };

    ScorecardGadget.prototype.listView = function (perspectives, unassigned) {
        var self = this;
        var table = el('table', {'class': 'okr-gadget-table'}, [
            el('thead', {}, [el('tr', {}, [
                el('th', {scope: 'col', text: COLUMN.objective}),
                el('th', {scope: 'col', 'class': 'okr-gadget-col-owner', text: COLUMN.owner}),
                el('th', {scope: 'col', 'class': 'okr-gadget-col-progress', text: COLUMN.progress}),
                el('th', {scope: 'col', text: COLUMN.status})
            ])])
        ]);
        perspectives.forEach(function (perspective) {
            table.appendChild(self.listGroup(perspective, perspective.objectives || []));
        });
        if (unassigned.length) {
            table.appendChild(self.listGroup(null, unassigned));
        }
        return el('div', {'class': 'okr-gadget-table-wrap'}, [table]);
    };

    /** The rows of one perspective (null: the unassigned objectives) in the list view. */
    ScorecardGadget.prototype.listGroup = function (perspective, objectives) {
        var self = this;
        var mode = this.scorecard.statusMode;
        var colour = perspective ? safeColour(perspective.colour, '#6b778c') : '#97a0af';
        var group = el('tbody', {
            'class': 'okr-gadget-group' + (perspective ? '' : ' okr-gadget-group-unassigned'),
            'data-perspective': perspective ? perspective.key : ''
        });
        var groupName = el('th', {scope: 'rowgroup', colspan: 2}, [
            el('span', {'class': 'okr-gadget-swatch', 'aria-hidden': 'true', style: 'background-color:' + colour}),
            el('span', {'class': 'okr-gadget-panel-name', text: perspective ? perspective.name : TEXT.unassigned})
        ]);
        groupName.style.borderLeftColor = colour;
        var head = el('tr', {'class': 'okr-gadget-group-row'}, [
            groupName,
            el('td', {'class': 'okr-gadget-col-progress'}, perspective
                ? [measure(perspective.progress, perspective.undefinedReason, null, mode)]
                : []),
            el('td', {}, perspective ? [lozenge(perspective.status, mode)] : [])
        ]);
        group.appendChild(head);
        objectives.forEach(function (objective) {
            var region = el('div', {'class': 'okr-gadget-region', id: self.nextId('krs')});
            var detailRow = el('tr', {'class': 'okr-gadget-detail-row'}, [el('td', {colspan: 4}, [region])]);
            var toggle = disclosure({'class': 'okr-gadget-toggle'}, [
                el('span', {'class': 'okr-gadget-key', text: objective.key}),
                el('span', {'class': 'okr-gadget-summary', text: objective.summary})
            ], region, function (open) {
                self.openObjectives[objective.key] = open;
                detailRow.hidden = !open;
                if (open && !region.firstChild) {
                    region.appendChild(self.keyResultList(objective));
                }
                self.call('resize');
            });
            detailRow.hidden = true;
            group.appendChild(el('tr', {'class': 'okr-gadget-objective', 'data-objective': objective.key}, [
                el('td', {}, [toggle]),
                el('td', {'class': 'okr-gadget-col-owner okr-gadget-owner', text: objective.ownerName || TEXT.noOwner}),
                el('td', {'class': 'okr-gadget-col-progress'}, [
                    progressBar(objective.progress, objective.undefinedReason, objective.status,
                        format(TEXT.objectiveProgress, objective.key)),
                    measure(objective.progress, objective.undefinedReason, null, mode)
                ]),
                el('td', {}, [lozenge(objective.status, mode)])
            ]));
            group.appendChild(detailRow);
            if (self.openObjectives[objective.key]) {
                toggle.click();
            }
        });
        return group;
    };

    /* ---------- drill-down: the explanation of a key result ---------- */

    ScorecardGadget.prototype.explain = function (keyResult, region) {
        var self = this;
        var key = encodeURIComponent(keyResult.key);
        clear(region);
        region.appendChild(el('p', {'class': 'okr-gadget-loading okr-gadget-loading-inline', role: 'status'}, [
            el('span', {'class': 'okr-gadget-spinner', 'aria-hidden': 'true'}), TEXT.krLoading
        ]));
        var work = keyResult.kind === 'WORK'
            ? request('/keyresults/' + key + '/work?start=0&max=' + LINKS_SHOWN)
            : Promise.resolve(null);
        // a METRIC key result measured from Jira: its last evaluation, to show a failure (never a silent number)
        var measured = keyResult.kind === 'METRIC'
            ? request('/keyresults/' + key + '/measure').then(null, function () {
                return null;
            })
            : Promise.resolve(null);
        Promise.all([request('/keyresults/' + key), work, measured]).then(function (answers) {
            clear(region);
            region.appendChild(explanation(answers[0], answers[1]));
            var failed = measureFailure(answers[2]);
            if (failed) {
                region.appendChild(failed);
            }
        }, function (failure) {
            clear(region);
            region.appendChild(el('p', {
                'class': 'okr-gadget-message okr-gadget-message-error okr-gadget-message-inline',
                role: 'alert',
                text: format(TEXT.krError, failure && failure.message ? failure.message : TEXT.errorNetwork)
            }));
        }).then(function () {
            self.call('resize');
        });
    };

    /**
     * The sentence that explains a key result's number, built from the structured fields of GET /keyresults/{key}:
     * parts such as "12 of 20 issues done", "3 excluded as Won't Do", "2 shared with KR-7", "counting by story points".
     */
    function explanationParts(detail) {
        var parts = [];
        function add(part, value) {
            parts.push({part: part, text: value});
        }
        if (!isNumber(detail.progress)) {
            add('undefined', format(TEXT.explainUndefined, reasonText(detail.undefinedReason)));
        }
        if (detail.work) {
            workParts(detail.work, add);
        } else if (detail.metric) {
            metricParts(detail.metric, add);
        } else if (detail.milestone) {
            add('milestone', format(TEXT.milestone,
                lookup(CATEGORY, detail.milestone.statusCategory, detail.milestone.statusCategory)));
        }
        if (detail.confidence) {
            add('confidence', format(TEXT.confidence, lookup(CONFIDENCE, detail.confidence, detail.confidence)));
        }
        return parts;
    }

    /** A weight in the unit people read: story points as they are, original estimates in hours (Jira sends seconds). */
    function inUnit(weight, policy) {
        return policy === 'TIME' ? weight / 3600 : weight;
    }

    function workParts(work, add) {
        var categories = {};
        (work.categories || []).forEach(function (total) {
            categories[total.category] = total;
        });
        var done = categories.done || {count: 0, weight: 0};
        var started = categories.indeterminate || {count: 0, weight: 0};
        var policy = work.policyUsed;
        if (work.countedItems > 0) {
            if (policy === 'COUNT') {
                add('done', format(TEXT.doneCount, done.count, work.countedItems));
            } else {
                add('done', format(TEXT.doneWeight, number(inUnit(done.weight, policy)),
                    number(inUnit(work.denominator, policy)), lookup(UNIT, policy, policy), done.count,
                    work.countedItems));
            }
            if (started.count > 0) {
                add('in-progress', format(TEXT.inProgress, started.count, percent(work.inProgressCredit)));
            }
        }
        var byResolution = {};
        var resolutions = [];
        (work.excluded || []).forEach(function (item) {
            if (!Object.prototype.hasOwnProperty.call(byResolution, item.resolution)) {
                byResolution[item.resolution] = 0;
                resolutions.push(item.resolution);
            }
            byResolution[item.resolution] += 1;
        });
        resolutions.forEach(function (resolution) {
            add('excluded', format(TEXT.excluded, byResolution[resolution], resolution));
        });
        var excludedListed = (work.excluded || []).length;
        if (work.excludedTotal > excludedListed) {
            add('excluded-other', format(TEXT.excludedOther, work.excludedTotal - excludedListed));
        }
        if (work.sharedTotal > 0) {
            var others = [];
            (work.shared || []).forEach(function (shared) {
                (shared.alsoIn || []).forEach(function (key) {
                    if (others.indexOf(key) < 0) {
                        others.push(key);
                    }
                });
            });
            others.sort();
            add('shared', others.length
                ? format(TEXT.shared, work.sharedTotal, joined(others))
                : format(TEXT.sharedHidden, work.sharedTotal));
        }
        if ((work.ignoredSubtasks || []).length) {
            add('ignored-subtasks', format(TEXT.ignoredSubtasks, work.ignoredSubtasks.length));
        }
        if ((work.hierarchyCycles || []).length) {
            add('hierarchy-cycles', format(TEXT.hierarchyCycles, joined(work.hierarchyCycles)));
        }
        if (work.fellBackToCount) {
            add('policy', lookup(FELL_BACK, work.policyRequested, POLICY.COUNT));
        } else {
            add('policy', lookup(POLICY, policy, policy));
            if (policy !== 'COUNT' && isNumber(work.meanEstimate)) {
                add('mean-estimate', format(TEXT.meanEstimate, number(inUnit(work.meanEstimate, policy)),
                    lookup(UNIT, policy, policy)));
            }
        }
    }

    function metricParts(metric, add) {
        function value(amount) {
            return metric.unit ? format(TEXT.metricValue, number(amount), metric.unit) : number(amount);
        }
        add('range', format(TEXT.metricRange, value(metric.start), value(metric.target), value(metric.current)));
        add('attained', format(TEXT.metricAttained, percent(metric.attainment)));
        if (metric.maintain) {
            add('maintain', format(lookup(MAINTAIN, metric.maintain, '{0}'), value(metric.target)));
        } else if (metric.lowerIsBetter) {
            add('lower-is-better', TEXT.lowerIsBetter);
        }
        add('source', metric.fromCheckIn ? TEXT.fromCheckIn : TEXT.fromField);
    }

    /** The sentence with each part in its own span (data-part names it), joined by the bundle's patterns. */
    function sentence(parts) {
        var paragraph = el('p', {'class': 'okr-gadget-explain-sentence'});
        var separator = format(TEXT.join, '\u0000', '\u0001').split('\u0000')[1].split('\u0001')[0];
        var frame = format(TEXT.sentence, '\u0000').split('\u0000');
        if (frame[0]) {
            paragraph.appendChild(document.createTextNode(frame[0]));
        }
        parts.forEach(function (part, index) {
            if (index > 0) {
                paragraph.appendChild(document.createTextNode(separator));
            }
            paragraph.appendChild(el('span', {'data-part': part.part, text: part.text}));
        });
        if (frame[1]) {
            paragraph.appendChild(document.createTextNode(frame[1]));
        }
        return paragraph;
    }

    /** "Measure failed: … (when)" for a key result whose latest Jira measure failed; null otherwise. */
    function measureFailure(measure) {
        if (!measure || !measure.measure || !measure.lastRun || measure.lastRun.outcome !== 'FAILED') {
            return null;
        }
        return el('p', {
            'class': 'okr-gadget-message okr-gadget-message-error okr-gadget-message-inline okr-gadget-measure-failed',
            role: 'alert',
            text: format(TEXT.measureFailed, measure.lastRun.message, instant(measure.lastRun.at))
        });
    }

    function explanation(detail, page) {
        var box = el('div', {'class': 'okr-gadget-explain', 'data-explains': detail.key}, [
            sentence(explanationParts(detail))
        ]);
        var links = el('p', {'class': 'okr-gadget-explain-links'});
        if (page) {
            box.appendChild(issueLinks(page, detail.searchJql, links));
        }
        if (ISSUE_KEY.test(detail.key)) {
            links.appendChild(el('a', {
                'class': 'okr-gadget-open-issue',
                href: browseUrl(detail.key),
                text: format(TEXT.issueOpen, detail.key)
            }));
        }
        box.appendChild(links);
        return box;
    }

    /**
     * Links to the issues of a WORK key result, counting those the viewer cannot see; the search of all of them (the
     * server's JQL of the key result's work, searchJql) goes into links.
     */
    function issueLinks(page, searchJql, links) {
        var items = (page.items || []).filter(function (item) {
            return ISSUE_KEY.test(item.key);
        });
        var line = el('p', {'class': 'okr-gadget-issues'});
        if (!items.length) {
            line.appendChild(el('span', {'class': 'okr-gadget-note', text: TEXT.issuesNone}));
        } else {
            line.appendChild(el('span', {'class': 'okr-gadget-issues-heading', text: TEXT.issuesHeading}));
            items.forEach(function (item) {
                line.appendChild(document.createTextNode(' '));
                line.appendChild(el('a', {
                    'class': 'okr-gadget-issue okr-gadget-category-' + String(item.statusCategory || 'new'),
                    href: browseUrl(item.key),
                    title: lookup(CATEGORY, item.statusCategory, ''),
                    'data-issue': item.key,
                    text: item.key
                }));
            });
            var more = Math.max(0, page.total - items.length);
            if (more > 0) {
                line.appendChild(document.createTextNode(' '));
                line.appendChild(el('span', {'class': 'okr-gadget-issues-more', text: format(TEXT.issuesMore, more)}));
            }
        }
        if (page.hidden > 0) {
            line.appendChild(document.createTextNode(' '));
            line.appendChild(el('span', {
                'class': 'okr-gadget-issues-hidden',
                text: format(TEXT.issuesHidden, page.hidden)
            }));
        }
        if (items.length && searchJql) {
            links.appendChild(el('a', {
                'class': 'okr-gadget-search',
                href: searchUrl(searchJql),
                text: format(TEXT.issuesSearch, page.total)
            }));
        }
        return el('div', {'class': 'okr-gadget-issue-block'}, [line]);
    }

    /* ---------- strategy map ---------- */

    ScorecardGadget.prototype.drawMapView = function (map) {
        var self = this;
        var holder = el('div', {'class': 'okr-gadget-map'});
        this.body.appendChild(holder);
        var drawnWidth = 0;
        function draw() {
            drawnWidth = holder.clientWidth || self.root.clientWidth || 400;
            clear(holder);
            self.drawMap(map, holder, drawnWidth);
        }
        draw();
        if (typeof window.ResizeObserver === 'function') {
            this.resizeObserver = new window.ResizeObserver(function () {
                var width = holder.clientWidth;
                if (width && Math.abs(width - drawnWidth) >= 16) {
                    draw();
                    self.call('resize');
                }
            });
            this.resizeObserver.observe(holder);
        }
    };

    /**
     * Draws the map into holder at the given width: one horizontal band per perspective in the API's order (the first,
     * financial by default, on top; the unassigned objectives last), objectives as nodes coloured by status linking to
     * their issues, cause links as arrows from cause to effect; links and objectives in a detected cycle are marked.
     */
    ScorecardGadget.prototype.drawMap = function (map, holder, width) {
        var hidden = this.prefs.hiddenPerspectives;
        var lanes = (map.lanes || []).filter(function (lane) {
            return lane.perspective === null || hidden.indexOf(lane.perspective) < 0;
        });
        var objectiveCount = lanes.reduce(function (sum, lane) {
            return sum + (lane.objectives || []).length;
        }, 0);
        if (!objectiveCount) {
            holder.appendChild(el('p', {'class': 'okr-gadget-note', text: TEXT.mapEmpty}));
            return;
        }
        var W = Math.max(240, Math.floor(width));
        var PAD = 8;
        var LABEL = 22;
        var NODE_H = 60;
        var GAP_X = 10;
        var GAP_Y = 22;
        var MIN_W = 104;
        var MAX_W = 210;
        var widest = lanes.reduce(function (most, lane) {
            return Math.max(most, (lane.objectives || []).length);
        }, 1);
        var perRow = Math.max(1, Math.min(widest, Math.floor((W - 2 * PAD + GAP_X) / (MIN_W + GAP_X))));
        var nodeW = Math.min(MAX_W, Math.floor((W - 2 * PAD - (perRow - 1) * GAP_X) / perRow));
        var uid = this.nextId('map');
        var inCauseCycle = {};
        var cycleEdges = {};
        (map.causeCycles || []).forEach(function (cycle) {
            cycle.forEach(function (key, index) {
                inCauseCycle[key] = true;
                cycleEdges[key + '>' + cycle[(index + 1) % cycle.length]] = true;
            });
        });

        var positions = {};
        var bands = [];
        var y = PAD;
        lanes.forEach(function (lane) {
            var nodes = lane.objectives || [];
            var rows = Math.max(1, Math.ceil(nodes.length / perRow));
            var height = LABEL + rows * NODE_H + (rows - 1) * GAP_Y + GAP_Y;
            bands.push({lane: lane, y: y, height: height});
            nodes.forEach(function (node, index) {
                var row = Math.floor(index / perRow);
                var inRow = Math.min(perRow, nodes.length - row * perRow);
                var rowWidth = inRow * nodeW + (inRow - 1) * GAP_X;
                positions[node.key] = {
                    x: Math.round((W - rowWidth) / 2 + (index % perRow) * (nodeW + GAP_X)),
                    y: y + LABEL + row * (NODE_H + GAP_Y),
                    w: nodeW,
                    h: NODE_H,
                    node: node
                };
            });
            y += height + 4;
        });
        var H = y + PAD - 4;

        var chart = svg('svg', {
            'class': 'okr-gadget-map-svg',
            width: W,
            height: H,
            viewBox: '0 0 ' + W + ' ' + H,
            role: 'group',
            'aria-label': format(TEXT.mapLabel, map.cycle ? map.cycle.name : '')
        });
        chart.appendChild(svg('defs', {}, [
            arrowMarker(uid + '-arrow', 'okr-map-arrow'),
            arrowMarker(uid + '-arrow-cycle', 'okr-map-arrow okr-map-arrow-cycle')
        ]));
        holder.appendChild(chart);

        bands.forEach(function (band) {
            var lane = band.lane;
            var colour = lane.perspective === null ? '#97a0af' : safeColour(lane.colour, '#6b778c');
            var group = svg('g', {
                'class': 'okr-map-lane' + (lane.perspective === null ? ' okr-map-lane-unassigned' : ''),
                'data-perspective': lane.perspective === null ? '' : lane.perspective
            });
            group.appendChild(svg('rect', {
                'class': 'okr-map-lane-band', x: 0.5, y: band.y, width: W - 1, height: band.height, rx: 4,
                fill: colour, stroke: colour
            }));
            group.appendChild(svg('rect', {x: 0.5, y: band.y, width: 4, height: band.height, rx: 2, fill: colour}));
            group.appendChild(svg('text', {
                'class': 'okr-map-lane-label', x: PAD + 6, y: band.y + 15, fill: colour,
                text: lane.perspective === null ? TEXT.unassigned : lane.name
            }));
            chart.appendChild(group);
        });

        var edges = (map.edges || []).filter(function (edge) {
            return positions[edge.cause] && positions[edge.effect] && edge.cause !== edge.effect;
        });
        var attachments = {};
        function attach(key, side) {
            var id = key + ':' + side;
            attachments[id] = (attachments[id] || 0) + 1;
            return attachments[id] - 1;
        }
        var routes = edges.map(function (edge) {
            var from = positions[edge.cause];
            var to = positions[edge.effect];
            var route = {edge: edge, from: from, to: to};
            if (to.y + to.h <= from.y) {
                route.fromSide = 'top';
                route.toSide = 'bottom';
            } else if (to.y >= from.y + from.h) {
                route.fromSide = 'bottom';
                route.toSide = 'top';
            } else {
                // side by side: rightwards over the tops, leftwards under the bottoms, so a pair never overlaps
                route.fromSide = to.x > from.x ? 'top' : 'bottom';
                route.toSide = route.fromSide;
                route.sameRow = true;
            }
            route.fromIndex = attach(edge.cause, route.fromSide);
            route.toIndex = attach(edge.effect, route.toSide);
            return route;
        });
        function point(box, side, index, key) {
            var count = attachments[key + ':' + side] || 1;
            var spread = Math.min(16, (box.w - 24) / Math.max(1, count));
            var offset = (index - (count - 1) / 2) * spread;
            return {x: box.x + box.w / 2 + offset, y: side === 'top' ? box.y : box.y + box.h};
        }
        var edgeLayer = svg('g', {'class': 'okr-map-edges'});
        routes.forEach(function (route) {
            var start = point(route.from, route.fromSide, route.fromIndex, route.edge.cause);
            var end = point(route.to, route.toSide, route.toIndex, route.edge.effect);
            var d;
            if (route.sameRow) {
                var lift = route.fromSide === 'top' ? -(GAP_Y - 6) : GAP_Y - 6;
                d = 'M' + start.x.toFixed(1) + ',' + start.y + ' C' + start.x.toFixed(1) + ',' + (start.y + lift)
                    + ' ' + end.x.toFixed(1) + ',' + (end.y + lift) + ' ' + end.x.toFixed(1) + ',' + end.y;
            } else {
                var middle = (start.y + end.y) / 2;
                d = 'M' + start.x.toFixed(1) + ',' + start.y + ' C' + start.x.toFixed(1) + ',' + middle.toFixed(1)
                    + ' ' + end.x.toFixed(1) + ',' + middle.toFixed(1) + ' ' + end.x.toFixed(1) + ',' + end.y;
            }
            var cyclic = cycleEdges[route.edge.cause + '>' + route.edge.effect] === true;
            var label = format(TEXT.mapEdge, route.edge.cause, route.edge.effect);
            edgeLayer.appendChild(svg('path', {
                'class': 'okr-map-edge' + (cyclic ? ' okr-map-edge-cycle' : ''),
                d: d,
                'marker-end': 'url(#' + uid + (cyclic ? '-arrow-cycle' : '-arrow') + ')',
                'data-cause': route.edge.cause,
                'data-effect': route.edge.effect
            }, [svg('title', {text: label})]));
        });
        chart.appendChild(edgeLayer);

        var mode = this.scorecard ? this.scorecard.statusMode : null;
        var nodeLayer = svg('g', {'class': 'okr-map-nodes'});
        chart.appendChild(nodeLayer);
        var summaries = [];
        Object.keys(positions).forEach(function (key) {
            var box = positions[key];
            var node = box.node;
            var value = isNumber(node.progress) ? percent(node.progress) : DASH;
            var label = joined([
                node.key + ' ' + node.summary,
                isNumber(node.progress)
                    ? percent(node.progress)
                    : format(TEXT.undefinedLabel, reasonText(node.undefinedReason)),
                lookup(STATUS, node.status, node.status)
            ]);
            var link = svg('a', {
                'class': 'okr-map-node okr-gadget-tone-' + lookup(STATUS_TONE, node.status, 'none')
                    + (inCauseCycle[node.key] ? ' okr-map-node-cycle' : ''),
                href: ISSUE_KEY.test(node.key) ? browseUrl(node.key) : null,
                'data-key': node.key,
                'data-status': node.status,
                'aria-label': label
            }, [svg('title', {text: label})]);
            link.appendChild(svg('rect', {
                'class': 'okr-map-node-box', x: box.x + 0.5, y: box.y + 0.5, width: box.w - 1, height: box.h - 1, rx: 5
            }));
            link.appendChild(svg('rect', {
                'class': 'okr-map-node-stripe', x: box.x + 0.5, y: box.y + 0.5, width: 5, height: box.h - 1, rx: 2
            }));
            link.appendChild(svg('text', {'class': 'okr-map-node-key', x: box.x + 11, y: box.y + 17, text: node.key}));
            link.appendChild(svg('text', {
                'class': 'okr-map-node-value' + (isNumber(node.progress) ? '' : ' okr-gadget-undefined'),
                x: box.x + box.w - 8, y: box.y + 17, 'text-anchor': 'end', text: value
            }));
            if (inCauseCycle[node.key]) {
                link.appendChild(svg('text', {
                    'class': 'okr-map-node-cycle-mark', x: box.x + box.w - 8, y: box.y + box.h - 8,
                    'text-anchor': 'end', 'aria-hidden': 'true', text: '\u21bb'
                }));
            }
            var summary = svg('text', {'class': 'okr-map-node-summary', x: box.x + 11, y: box.y + 35});
            link.appendChild(summary);
            summaries.push({node: summary, text: node.summary, width: box.w - 19 - (inCauseCycle[node.key] ? 14 : 0)});
            nodeLayer.appendChild(link);
        });
        summaries.forEach(function (entry) {
            wrapText(entry.node, entry.text, entry.width, 2, 15);
        });

        holder.appendChild(this.mapLegend(mode, Object.keys(inCauseCycle).length > 0, uid));
        var notes = [];
        (map.causeCycles || []).forEach(function (cycle) {
            notes.push(el('li', {'class': 'okr-gadget-cycle-note', 'data-cycle': 'cause',
                text: format(TEXT.mapCauseCycle, cyclePath(cycle))}));
        });
        (map.alignmentCycles || []).forEach(function (cycle) {
            notes.push(el('li', {'class': 'okr-gadget-cycle-note', 'data-cycle': 'alignment',
                text: format(TEXT.mapAlignmentCycle, cyclePath(cycle))}));
        });
        if (notes.length) {
            holder.appendChild(el('ul', {'class': 'okr-gadget-cycles', role: 'note'}, notes));
        }
        if (edges.length) {
            holder.appendChild(el('ul', {'class': 'okr-gadget-sr'}, edges.map(function (edge) {
                return el('li', {text: format(TEXT.mapEdge, edge.cause, edge.effect)});
            })));
        }
    };

    ScorecardGadget.prototype.mapLegend = function (mode, hasCycles, uid) {
        var items = [el('span', {'class': 'okr-gadget-legend-item'}, [
            legendArrow(uid + '-legend', false), TEXT.mapDrives
        ])];
        (MODE_STATUSES[mode] || MODE_STATUSES.ABSOLUTE).concat(['NONE']).forEach(function (status) {
            items.push(el('span', {'class': 'okr-gadget-legend-item'}, [
                el('span', {
                    'class': 'okr-gadget-legend-swatch okr-gadget-tone-' + STATUS_TONE[status],
                    'aria-hidden': 'true'
                }),
                STATUS[status]
            ]));
        });
        if (hasCycles) {
            items.push(el('span', {'class': 'okr-gadget-legend-item okr-gadget-legend-cycle'}, [
                legendArrow(uid + '-legend-cycle', true), TEXT.mapInCycle
            ]));
        }
        return el('div', {'class': 'okr-gadget-legend'}, items);
    };

    function legendArrow(id, cyclic) {
        return svg('svg', {
            'class': 'okr-gadget-legend-arrow', width: 26, height: 10, viewBox: '0 0 26 10', 'aria-hidden': 'true'
        }, [
            svg('defs', {}, [arrowMarker(id, 'okr-map-arrow' + (cyclic ? ' okr-map-arrow-cycle' : ''))]),
            svg('path', {
                d: 'M1,5 L22,5',
                'class': 'okr-map-edge' + (cyclic ? ' okr-map-edge-cycle' : ''),
                'marker-end': 'url(#' + id + ')'
            })
        ]);
    }

    function arrowMarker(id, className) {
        return svg('marker', {
            id: id,
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            markerUnits: 'userSpaceOnUse',
            orient: 'auto'
        }, [svg('path', {d: 'M0,0 L10,5 L0,10 z', 'class': className})]);
    }

    function cyclePath(cycle) {
        return cycle.concat(cycle.length ? [cycle[0]] : []).reduce(function (path, key) {
            return path === null ? key : format(TEXT.mapCyclePath, path, key);
        }, null) || '';
    }

    /**
     * Sets an SVG text (already in the document, so that it can be measured) to the words of full, wrapped into at most
     * maxLines lines of the width; the last line ends with an ellipsis when the words do not fit.
     */
    function wrapText(node, full, width, maxLines, lineHeight) {
        var measurable = typeof node.getComputedTextLength === 'function';
        function fits(text) {
            node.textContent = text;
            return !measurable || node.getComputedTextLength() <= width;
        }
        function shortened(text) {
            if (fits(text)) {
                return text;
            }
            var low = 0;
            var high = text.length;
            while (low < high) {
                var middle = Math.ceil((low + high) / 2);
                if (fits(text.slice(0, middle).replace(/\s+$/, '') + '\u2026')) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return text.slice(0, low).replace(/\s+$/, '') + '\u2026';
        }
        var words = String(full).split(/\s+/).filter(function (word) {
            return word.length > 0;
        });
        var lines = [];
        var line = '';
        var index = 0;
        while (index < words.length && lines.length < maxLines - 1) {
            var candidate = line ? line + ' ' + words[index] : words[index];
            if (fits(candidate)) {
                line = candidate;
                index += 1;
            } else if (!line) {
                break;
            } else {
                lines.push(line);
                line = '';
            }
        }
        var rest = words.slice(index).join(' ');
        lines.push(shortened(line && rest ? line + ' ' + rest : line || rest));
        var x = node.getAttribute('x');
        node.textContent = '';
        lines.forEach(function (text, number) {
            node.appendChild(svg('tspan', {x: x, dy: number === 0 ? 0 : lineHeight, text: text}));
        });
    }

    /* ---------- settings (renderEdit) ---------- */

    /** Jira's call to show the item's settings; saving hands them to Jira, which renders the item with them. */
    ScorecardGadget.prototype.renderEdit = function (context, preferences) {
        if (typeof this.API.isEditable === 'function' && !this.API.isEditable()) {
            this.call('closeEdit');
            return;
        }
        var self = this;
        var prefs = readPreferences(preferences);
        var root = this.mount(context, 'okr-gadget okr-gadget-edit');
        var ids = {
            cycle: this.nextId('cycle'),
            projects: this.nextId('projects'),
            filter: this.nextId('filter'),
            trends: this.nextId('trends')
        };
        var status = el('div', {'class': 'okr-gadget-form-status', role: 'alert'});
        var cycle = el('select', {id: ids.cycle, name: 'cycle', 'class': 'okr-gadget-select'}, [
            el('option', {value: '', text: TEXT.configCycleCurrent})
        ]);
        if (prefs.cycle) {
            cycle.appendChild(el('option', {value: prefs.cycle, text: prefs.cycle}));
            cycle.value = prefs.cycle;
        }
        var scopeName = this.nextId('scope');
        var scopeProjects = radio(scopeName, 'projects', prefs.scope === 'projects', TEXT.configScopeProjects, this);
        var scopeFilter = radio(scopeName, 'filter', prefs.scope === 'filter', TEXT.configScopeFilter, this);
        var projects = el('input', {
            id: ids.projects, name: 'projects', type: 'text', 'class': 'okr-gadget-input',
            'aria-describedby': ids.projects + '-description', autocomplete: 'off', spellcheck: 'false'
        });
        projects.value = prefs.projects.join(', ');
        var filter = el('input', {
            id: ids.filter, name: 'filter', type: 'text', inputmode: 'numeric',
            'class': 'okr-gadget-input okr-gadget-input-short',
            'aria-describedby': ids.filter + '-description', autocomplete: 'off'
        });
        filter.value = prefs.filter;
        function scopeChanged() {
            projects.disabled = !scopeProjects.input.checked;
            filter.disabled = !scopeFilter.input.checked;
        }
        scopeProjects.input.addEventListener('change', scopeChanged);
        scopeFilter.input.addEventListener('change', scopeChanged);
        scopeChanged();
        var perspectiveBox = el('div', {'class': 'okr-gadget-checkboxes', 'data-field': 'perspectives'}, [
            el('p', {'class': 'okr-gadget-note', role: 'status', text: TEXT.configPerspectivesLoading})
        ]);
        var layoutName = this.nextId('layout');
        var layouts = LAYOUTS.map(function (layout) {
            return radio(layoutName, layout, prefs.layout === layout, LAYOUT_TEXT[layout], self);
        });
        var trends = el('input', {id: ids.trends, name: 'trends', type: 'checkbox'});
        trends.checked = prefs.trends;
        var save = el('button', {
            type: 'submit', 'class': 'okr-gadget-button okr-gadget-button-primary', text: TEXT.configSave
        });
        var cancel = el('button', {type: 'button', 'class': 'okr-gadget-button', text: TEXT.configCancel});
        cancel.addEventListener('click', function () {
            self.call('closeEdit');
        });

        var form = el('form', {'class': 'okr-gadget-form', novalidate: true}, [
            el('h2', {'class': 'okr-gadget-form-heading', text: TEXT.configHeading}),
            status,
            el('div', {'class': 'okr-gadget-field'}, [
                el('label', {'for': ids.cycle, text: TEXT.configCycle}), cycle
            ]),
            el('fieldset', {'class': 'okr-gadget-fieldset'}, [
                el('legend', {text: TEXT.configScope}),
                el('div', {'class': 'okr-gadget-choice-row'}, [scopeProjects.node]),
                el('div', {'class': 'okr-gadget-field okr-gadget-field-nested', 'data-field': 'projects'}, [
                    el('label', {'for': ids.projects, text: TEXT.configProjects}),
                    projects,
                    el('p', {'class': 'okr-gadget-description', id: ids.projects + '-description',
                        text: TEXT.configProjectsDescription})
                ]),
                el('div', {'class': 'okr-gadget-choice-row'}, [scopeFilter.node]),
                el('div', {'class': 'okr-gadget-field okr-gadget-field-nested', 'data-field': 'filter'}, [
                    el('label', {'for': ids.filter, text: TEXT.configFilter}),
                    filter,
                    el('p', {'class': 'okr-gadget-description', id: ids.filter + '-description',
                        text: TEXT.configFilterDescription})
                ])
            ]),
            el('fieldset', {'class': 'okr-gadget-fieldset'}, [
                el('legend', {text: TEXT.configPerspectives}),
                perspectiveBox
            ]),
            el('fieldset', {'class': 'okr-gadget-fieldset'}, [
                el('legend', {text: TEXT.configLayout}),
                el('div', {'class': 'okr-gadget-choice-row'}, layouts.map(function (choice) {
                    return choice.node;
                }))
            ]),
            el('div', {'class': 'okr-gadget-field okr-gadget-choice'}, [
                trends, el('label', {'for': ids.trends, text: TEXT.configTrends})
            ]),
            el('div', {'class': 'okr-gadget-buttons'}, [save, cancel])
        ]);
        root.appendChild(form);

        var loadedPerspectives = null;
        request('/cycles').then(function (cycles) {
            var chosen = cycle.value;
            clear(cycle);
            cycle.appendChild(el('option', {value: '', text: TEXT.configCycleCurrent}));
            (cycles || []).forEach(function (entry) {
                cycle.appendChild(el('option', {value: entry.id, text: entry.name}));
            });
            cycle.value = chosen;
            if (cycle.value !== chosen) {
                cycle.value = '';
            }
        }, function (failure) {
            showFormError(status, format(TEXT.configErrorLoad, failure.message));
        });
        var perspectiveQuery = prefs.cycle ? '&cycle=' + encodeURIComponent(prefs.cycle) : '';
        request('/scorecard?trendDays=0' + perspectiveQuery).then(function (scorecard) {
            loadedPerspectives = scorecard.perspectives || [];
            clear(perspectiveBox);
            loadedPerspectives.forEach(function (perspective) {
                var id = self.nextId('perspective');
                var box = el('input', {id: id, type: 'checkbox', name: 'perspective', value: perspective.key});
                box.checked = prefs.hiddenPerspectives.indexOf(perspective.key) < 0;
                perspectiveBox.appendChild(el('div', {'class': 'okr-gadget-choice'}, [
                    box,
                    el('label', {'for': id}, [
                        el('span', {'class': 'okr-gadget-swatch', 'aria-hidden': 'true',
                            style: 'background-color:' + safeColour(perspective.colour, '#6b778c')}),
                        perspective.name
                    ])
                ]));
            });
            self.call('resize');
        }, function (failure) {
            clear(perspectiveBox);
            perspectiveBox.appendChild(el('p', {
                'class': 'okr-gadget-note', text: format(TEXT.configErrorLoad, failure.message)
            }));
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearFormErrors(form, status);
            var scope = scopeFilter.input.checked ? 'filter' : 'projects';
            var keys = projectKeys(projects.value);
            if (scope === 'projects' && keys.invalid.length) {
                return fieldError(form, status, projects, format(TEXT.configErrorProjects, keys.invalid[0]));
            }
            var filterId = text(filter.value);
            if (scope === 'filter' && !/^[0-9]{1,18}$/.test(filterId)) {
                return fieldError(form, status, filter, TEXT.configErrorFilter);
            }
            var hiddenKeys = prefs.hiddenPerspectives;
            if (loadedPerspectives) {
                var boxes = Array.prototype.slice.call(perspectiveBox.querySelectorAll('input[type=checkbox]'));
                if (boxes.length && boxes.every(function (box) {
                    return !box.checked;
                })) {
                    return fieldError(form, status, boxes[0], TEXT.configErrorPerspectives);
                }
                hiddenKeys = boxes.filter(function (box) {
                    return !box.checked;
                }).map(function (box) {
                    return box.value;
                });
            }
            var layout = 'quadrant';
            layouts.forEach(function (choice) {
                if (choice.input.checked) {
                    layout = choice.input.value;
                }
            });
            self.call('savePreferences', {
                cycle: CYCLE_ID.test(cycle.value) ? cycle.value : '',
                scope: scope,
                projects: keys.valid.join(','),
                filter: /^[0-9]{1,18}$/.test(filterId) ? filterId : '',
                hiddenPerspectives: hiddenKeys.join(','),
                layout: layout,
                trends: String(trends.checked)
            });
            return undefined;
        });
        this.call('resize');
    };

    function radio(name, value, checked, label, gadget) {
        var id = gadget.nextId('choice');
        var input = el('input', {id: id, type: 'radio', name: name, value: value});
        input.checked = checked;
        return {
            input: input,
            node: el('span', {'class': 'okr-gadget-choice'}, [input, el('label', {'for': id, text: label})])
        };
    }

    function clearFormErrors(form, status) {
        clear(status);
        Array.prototype.slice.call(form.querySelectorAll('[aria-invalid]')).forEach(function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function showFormError(status, message) {
        clear(status);
        status.appendChild(el('div', {'class': 'okr-gadget-message okr-gadget-message-error'}, [
            el('p', {'class': 'okr-gadget-message-detail', text: message})
        ]));
    }

    function fieldError(form, status, input, message) {
        showFormError(status, message);
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return undefined;
    }

    return ScorecardGadget;
});
