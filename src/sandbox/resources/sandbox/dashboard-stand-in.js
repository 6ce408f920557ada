/*
 * Stand-in for what Jira's dashboard gives a dashboard item, so that the app's real item script runs unchanged:
 * - a minimal AMD loader (define/require), as Jira's page has one;
 * - AJS.contextPath() (empty: the sandbox serves everything at the root) where the page has no AUI (the build could not
 *   fetch it); with AUI, the page set it before AUI's script (io.okrscorecard.sandbox.web.Aui) and this leaves it;
 * - per item, a frame with its title and the dashboard-item API object: showLoadingBar, hideLoadingBar, resize,
 *   setTitle, isEditable, savePreferences (kept in localStorage, then the item is rendered again, as Jira does),
 *   closeEdit, getGadgetId, once('afterRender'), initRefresh. The frame's Edit and Refresh buttons play Jira's
 *   gadget menu: renderEdit and render.
 * The page puts the items to mount in a JSON script element (#okr-dashboard-items); ?width=N sets the column width.
 */
(function (window, document) {
    'use strict';

    /* ---------- AMD ---------- */
    if (typeof window.define !== 'function') {
        var modules = {};
        var waiting = [];
        var resolve = function (name) {
            var module = modules[name];
            if (!module) {
                return undefined;
            }
            if (!module.done) {
                var deps = module.deps.map(resolve);
                module.value = module.factory.apply(window, deps);
                module.done = true;
            }
            return module.value;
        };
        var ready = function (names) {
            return names.every(function (name) {
                var module = modules[name];
                return module && module.deps.every(function (dep) {
                    return Object.prototype.hasOwnProperty.call(modules, dep);
                });
            });
        };
        var flush = function () {
            waiting = waiting.filter(function (request) {
                if (!ready(request.names)) {
                    return true;
                }
                request.callback.apply(window, request.names.map(resolve));
                return false;
            });
        };
        window.define = function (name, deps, factory) {
            if (typeof name !== 'string') {
                throw new Error('the stand-in AMD loader needs named modules');
            }
            if (typeof deps === 'function') {
                factory = deps;
                deps = [];
            }
            modules[name] = {deps: deps || [], factory: factory, done: false, value: undefined};
            flush();
        };
        window.define.amd = {};
        window.require = function (names, callback) {
            waiting.push({names: [].concat(names), callback: callback || function () {}});
            flush();
        };
    }

    /* ---------- AUI's context path, where AUI is missing ---------- */
    window.AJS = window.AJS || {};
    if (typeof window.AJS.contextPath !== 'function') {
        window.AJS.contextPath = function () {
            return '';
        };
    }

    /* ---------- the dashboard ---------- */
    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function storageKey(item, index) {
        return 'okr-sandbox-dashboard:' + item.moduleKey + ':' + index;
    }

    function loadPreferences(key) {
        try {
            var saved = JSON.parse(window.localStorage.getItem(key) || 'null');
            return saved && typeof saved === 'object' ? saved : null;
        } catch (e) {
            return null;
        }
    }

    /** Preferences as Jira keeps them: a flat object of strings. */
    function strings(preferences) {
        var result = {};
        Object.keys(preferences || {}).forEach(function (name) {
            var value = preferences[name];
            if (value !== undefined && value !== null && typeof value !== 'object') {
                result[name] = String(value);
            }
        });
        return result;
    }

    function mount(item, index, column) {
        var key = storageKey(item, index);
        var frame = el('section', 'sandbox-gadget');
        frame.setAttribute('data-module-key', item.moduleKey);
        frame.id = 'gadget-' + index;
        var bar = el('header', 'sandbox-gadget-bar');
        var title = el('h2', 'sandbox-gadget-title', item.title);
        var actions = el('div', 'sandbox-gadget-actions');
        var edit = el('button', 'sandbox-gadget-action', item.texts.edit);
        edit.type = 'button';
        edit.setAttribute('data-action', 'edit');
        var refresh = el('button', 'sandbox-gadget-action', item.texts.refresh);
        refresh.type = 'button';
        refresh.setAttribute('data-action', 'refresh');
        if (item.configurable) {
            actions.appendChild(edit);
        }
        actions.appendChild(refresh);
        bar.appendChild(title);
        bar.appendChild(actions);
        var loading = el('div', 'sandbox-gadget-loading');
        loading.hidden = true;
        var content = el('div', 'sandbox-gadget-content');
        frame.appendChild(bar);
        frame.appendChild(loading);
        frame.appendChild(content);
        column.appendChild(frame);

        var preferences = loadPreferences(key) || {};
        var afterRender = [];
        var refreshCallback = null;
        var instance = null;
        var api = {
            showLoadingBar: function () {
                loading.hidden = false;
            },
            hideLoadingBar: function () {
                loading.hidden = true;
            },
            resize: function () {},
            setTitle: function (text) {
                title.textContent = String(text);
            },
            isEditable: function () {
                return true;
            },
            getGadgetId: function () {
                return String(index);
            },
            getContext: function () {
                return content;
            },
            once: function (event, callback) {
                if (event === 'afterRender' && typeof callback === 'function') {
                    afterRender.push(callback);
                }
            },
            initRefresh: function (ignored, callback) {
                refreshCallback = typeof callback === 'function' ? callback : null;
            },
            savePreferences: function (saved) {
                preferences = strings(saved);
                preferences.isConfigured = 'true';
                window.localStorage.setItem(key, JSON.stringify(preferences));
                view();
            },
            closeEdit: function () {
                view();
            }
        };

        function run(method) {
            frame.setAttribute('data-mode', method === 'renderEdit' ? 'edit' : 'view');
            instance[method](content, strings(preferences));
            var callbacks = afterRender;
            afterRender = [];
            window.setTimeout(function () {
                callbacks.forEach(function (callback) {
                    callback();
                });
            }, 0);
        }

        function view() {
            run('render');
        }

        edit.addEventListener('click', function () {
            run('renderEdit');
        });
        refresh.addEventListener('click', function () {
            if (refreshCallback) {
                refreshCallback();
            } else {
                view();
            }
        });
        window.require([item.amdModule], function (Item) {
            instance = new Item(api);
            view();
        });
    }

    function start() {
        var column = document.getElementById('okr-dashboard-column');
        var asked = /[?&]width=(\d{2,4})(?:&|$)/.exec(window.location.search || '');
        var width = asked ? Number(asked[1]) : 0;
        if (width >= 200) {
            column.style.width = width + 'px';
            column.style.maxWidth = 'none';
        }
        var items = JSON.parse(document.getElementById('okr-dashboard-items').textContent);
        items.forEach(function (item, index) {
            mount(item, index, column);
        });
    }

    window.okrSandboxDashboard = {start: start};
}(window, document));
