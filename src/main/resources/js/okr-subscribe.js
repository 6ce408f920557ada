/*
 * OKR Scorecard weekly digest subscriptions in the browser: the dashboard item's "Subscribe to weekly digest…" action
 * and its dialog (weekday and hour for the item's current scope, and the user's subscriptions with Remove), and the
 * admin page's list of every user's subscriptions with Remove. One global, window.okrScorecard.subscribe, after
 * okr-dom.js (a dependency of this file's web-resource, okr-subscribe-resources, on which the dashboard item's and the
 * admin page's web-resources depend).
 *
 * Rules of this file, as of the other page scripts: the DOM is built with okr-dom.js (createElement and textContent
 * only: no data ever reaches an HTML parser); requests send JSON (Jira's XSRF protection); every visible text is in the
 * i18n bundle (okr.subscribe.*), put into this file by Jira's jsI18n transformer, placeholders filled in by format().
 * The dialog has the look of an AUI dialog (AUI's button, form and dialog classes) and is shown and hidden by this file,
 * so it works wherever AUI's styles are, without AUI's layer manager.
 */
(function (window, document) {
    'use strict';

    var REST_PATH = '/rest/okr-scorecard/1.0';
    var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    var dom = window.okrScorecard.dom;
    var format = dom.format;
    var contextPath = dom.contextPath;
    var el = dom.el;
    var clear = dom.clear;
    var dialogs = 0;

    var TEXT = {
        action: AJS.I18n.getText('okr.subscribe.action'),
        title: AJS.I18n.getText('okr.subscribe.title'),
        intro: AJS.I18n.getText('okr.subscribe.intro'),
        scope: AJS.I18n.getText('okr.subscribe.scope'),
        weekday: AJS.I18n.getText('okr.subscribe.weekday'),
        hour: AJS.I18n.getText('okr.subscribe.hour'),
        hourOption: AJS.I18n.getText('okr.subscribe.hour.option'),
        timeZone: AJS.I18n.getText('okr.subscribe.time-zone'),
        submit: AJS.I18n.getText('okr.subscribe.submit'),
        close: AJS.I18n.getText('okr.subscribe.close'),
        subscribed: AJS.I18n.getText('okr.subscribe.subscribed'),
        mine: AJS.I18n.getText('okr.subscribe.mine'),
        mineNone: AJS.I18n.getText('okr.subscribe.mine.none'),
        all: AJS.I18n.getText('okr.subscribe.all.none'),
        remove: AJS.I18n.getText('okr.subscribe.remove'),
        removeLabel: AJS.I18n.getText('okr.subscribe.remove.label'),
        removed: AJS.I18n.getText('okr.subscribe.removed'),
        loading: AJS.I18n.getText('okr.subscribe.loading'),
        schedule: AJS.I18n.getText('okr.subscribe.schedule'),
        wordsCycle: AJS.I18n.getText('okr.subscribe.words.cycle'),
        wordsProjects: AJS.I18n.getText('okr.subscribe.words.projects'),
        wordsAllProjects: AJS.I18n.getText('okr.subscribe.words.all-projects'),
        wordsFilter: AJS.I18n.getText('okr.subscribe.words.filter'),
        wordsPerspectives: AJS.I18n.getText('okr.subscribe.words.perspectives'),
        wordsAllPerspectives: AJS.I18n.getText('okr.subscribe.words.all-perspectives'),
        join: AJS.I18n.getText('okr.subscribe.join'),
        separator: AJS.I18n.getText('okr.subscribe.separator'),
        columnSubscriber: AJS.I18n.getText('okr.subscribe.column.subscriber'),
        columnScope: AJS.I18n.getText('okr.subscribe.column.scope'),
        columnSchedule: AJS.I18n.getText('okr.subscribe.column.schedule'),
        columnActions: AJS.I18n.getText('okr.subscribe.column.actions'),
        errorHttp: AJS.I18n.getText('okr.subscribe.error.http'),
        errorNetwork: AJS.I18n.getText('okr.subscribe.error.network')
    };
    var WEEKDAY = {
        MONDAY: AJS.I18n.getText('okr.subscribe.weekday.MONDAY'),
        TUESDAY: AJS.I18n.getText('okr.subscribe.weekday.TUESDAY'),
        WEDNESDAY: AJS.I18n.getText('okr.subscribe.weekday.WEDNESDAY'),
        THURSDAY: AJS.I18n.getText('okr.subscribe.weekday.THURSDAY'),
        FRIDAY: AJS.I18n.getText('okr.subscribe.weekday.FRIDAY'),
        SATURDAY: AJS.I18n.getText('okr.subscribe.weekday.SATURDAY'),
        SUNDAY: AJS.I18n.getText('okr.subscribe.weekday.SUNDAY')
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

    function hourText(hour) {
        return format(TEXT.hourOption, (hour < 10 ? '0' : '') + hour);
    }

    /**
     * A scope in words: "Running cycle · projects OKR, DEV · perspectives Customer". perspectives are {key, name}
     * objects (a subscription's) or keys (a scope to subscribe to); names are given by names[key] when known.
     */
    function describe(scope, names) {
        var parts = [TEXT.wordsCycle];
        if (scope.filter) {
            parts.push(format(TEXT.wordsFilter, scope.filter));
        } else if (scope.projects && scope.projects.length) {
            parts.push(format(TEXT.wordsProjects, scope.projects.join(TEXT.join + ' ')));
        } else {
            parts.push(TEXT.wordsAllProjects);
        }
        var perspectives = (scope.perspectives || []).map(function (perspective) {
            if (typeof perspective === 'string') {
                return names && names[perspective] ? names[perspective] : perspective;
            }
            return perspective.name || perspective.key;
        });
        parts.push(perspectives.length ? format(TEXT.wordsPerspectives, perspectives.join(TEXT.join + ' '))
            : TEXT.wordsAllPerspectives);
        return parts.join(' ' + TEXT.separator + ' ');
    }

    /** "Every Monday at 08:00 (Europe/Berlin)". */
    function scheduleText(subscription) {
        return format(TEXT.schedule, WEEKDAY[subscription.weekday] || subscription.weekday, hourText(subscription.hour),
            subscription.timeZone || '');
    }

    function button(text, attributes, onClick) {
        var node = el('button', Object.assign({type: 'button', 'class': 'aui-button', text: text}, attributes || {}));
        node.addEventListener('click', onClick);
        return node;
    }

    function select(name, options, selected) {
        var node = el('select', {'class': 'select', name: name, 'data-field': name, id: name + '-' + dialogs});
        options.forEach(function (option) {
            node.appendChild(el('option', {value: String(option.value), text: option.label,
                selected: option.value === selected ? 'selected' : null}));
        });
        return node;
    }

    /** The user's subscriptions with Remove, drawn into list; onChange after a removal. */
    function drawMine(list, subscriptions, status, onChange) {
        clear(list);
        if (!subscriptions.length) {
            list.appendChild(el('p', {'class': 'okr-subscribe-none', text: TEXT.mineNone}));
            return;
        }
        var items = el('ul', {'class': 'okr-subscribe-list'});
        subscriptions.forEach(function (subscription) {
            var words = describe(subscription);
            var remove = button(TEXT.remove, {
                'class': 'aui-button aui-button-link okr-subscribe-remove',
                'aria-label': format(TEXT.removeLabel, words, scheduleText(subscription)),
                'data-subscription': String(subscription.id)
            }, function () {
                remove.disabled = true;
                request('DELETE', '/subscriptions/' + encodeURIComponent(subscription.id)).then(function () {
                    status.textContent = TEXT.removed;
                    onChange();
                }, function (failure) {
                    remove.disabled = false;
                    status.textContent = failure.message;
                });
            });
            items.appendChild(el('li', {'data-subscription': String(subscription.id)}, [
                el('span', {'class': 'okr-subscribe-schedule', text: scheduleText(subscription)}),
                el('span', {'class': 'okr-subscribe-words', text: words}),
                remove
            ]));
        });
        list.appendChild(items);
    }

    /**
     * Opens the dialog for scope ({projects: [keys], filter: id or null, perspectives: [keys]}; names: perspective
     * key -> name) and returns its element; focus goes back to opener when it closes.
     */
    function openDialog(scope, names, opener) {
        dialogs += 1;
        var titleId = 'okr-subscribe-title-' + dialogs;
        var status = el('p', {'class': 'okr-subscribe-status', role: 'status', 'aria-live': 'polite'});
        var error = el('div', {'class': 'okr-subscribe-error', role: 'alert'});
        var mine = el('div', {'class': 'okr-subscribe-mine'}, [el('p', {text: TEXT.loading})]);
        var zone = el('p', {'class': 'description okr-subscribe-zone'});
        var weekday = select('weekday', WEEKDAYS.map(function (day) {
            return {value: day, label: WEEKDAY[day]};
        }), 'MONDAY');
        var hours = [];
        for (var hour = 0; hour < 24; hour++) {
            hours.push({value: String(hour), label: hourText(hour)});
        }
        var hourSelect = select('hour', hours, '8');
        var overlay = el('div', {'class': 'okr-subscribe-blanket'});
        var submit = el('button', {type: 'submit', 'class': 'aui-button aui-button-primary okr-subscribe-submit',
            text: TEXT.submit});
        var form = el('form', {'class': 'aui okr-subscribe-form', novalidate: true}, [
            el('p', {text: TEXT.intro}),
            el('p', {'class': 'okr-subscribe-scope'}, [
                el('strong', {text: TEXT.scope + ' '}),
                el('span', {'class': 'okr-subscribe-scope-words', text: describe(scope, names)})
            ]),
            el('div', {'class': 'field-group'}, [el('label', {'for': weekday.id, text: TEXT.weekday}), weekday]),
            el('div', {'class': 'field-group'}, [el('label', {'for': hourSelect.id, text: TEXT.hour}), hourSelect,
                zone]),
            error,
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [submit])])
        ]);
        var closeButton = button(TEXT.close, {'class': 'aui-button aui-button-link okr-subscribe-close'}, close);
        var dialog = el('section', {
            'class': 'aui-dialog2 aui-dialog2-medium okr-subscribe-dialog',
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': titleId
        }, [
            el('header', {'class': 'aui-dialog2-header'}, [
                el('h2', {'class': 'aui-dialog2-header-main', id: titleId, text: TEXT.title})
            ]),
            el('div', {'class': 'aui-dialog2-content'}, [
                form,
                el('h3', {'class': 'okr-subscribe-mine-heading', text: TEXT.mine}),
                mine,
                status
            ]),
            el('footer', {'class': 'aui-dialog2-footer'}, [
                el('div', {'class': 'aui-dialog2-footer-actions'}, [closeButton])
            ])
        ]);

        function refresh() {
            request('GET', '/subscriptions').then(function (subscriptions) {
                subscriptions = subscriptions || [];
                if (subscriptions.length) {
                    zone.textContent = format(TEXT.timeZone, subscriptions[0].timeZone);
                }
                drawMine(mine, subscriptions, status, refresh);
            }, function (failure) {
                clear(mine);
                mine.appendChild(el('p', {'class': 'okr-subscribe-error', text: failure.message}));
            });
        }

        function close() {
            document.removeEventListener('keydown', onKey, true);
            [overlay, dialog].forEach(function (node) {
                if (node.parentNode) {
                    node.parentNode.removeChild(node);
                }
            });
            if (opener && typeof opener.focus === 'function') {
                opener.focus();
            }
        }

        function onKey(event) {
            if (event.key === 'Escape') {
                close();
            }
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clear(error);
            Array.prototype.slice.call(form.querySelectorAll('[aria-invalid]')).forEach(function (node) {
                node.removeAttribute('aria-invalid');
            });
            submit.disabled = true;
            request('POST', '/subscriptions', {
                projects: scope.filter ? [] : scope.projects || [],
                filter: scope.filter ? Number(scope.filter) : null,
                perspectives: scope.perspectives || [],
                weekday: weekday.value,
                hour: Number(hourSelect.value)
            }).then(function (created) {
                submit.disabled = false;
                status.textContent = format(TEXT.subscribed, scheduleText(created));
                refresh();
            }, function (failure) {
                submit.disabled = false;
                var field = failure.field ? dom.findField(form, failure.field.replace(/^subscription\./, '')) : null;
                if (field) {
                    field.setAttribute('aria-invalid', 'true');
                }
                error.appendChild(el('div', {'class': 'aui-message aui-message-error'}, [
                    el('p', {text: failure.message})
                ]));
            });
        });
        document.addEventListener('keydown', onKey, true);
        document.body.appendChild(overlay);
        document.body.appendChild(dialog);
        weekday.focus();
        refresh();
        return dialog;
    }

    /**
     * The dashboard item's action: a button that opens the dialog for the scope scopeOf() returns when clicked
     * ({projects, filter, perspectives, names}), so it always subscribes to what the item shows at that moment.
     */
    function action(scopeOf) {
        var opener = button(TEXT.action, {'class': 'aui-button aui-button-link okr-subscribe-action'}, function () {
            var scope = scopeOf();
            openDialog(scope, scope.names || {}, opener);
        });
        return opener;
    }

    /** The admin page's table of every user's subscriptions, each with Remove, drawn into container. */
    function adminList(container, onFailure) {
        clear(container);
        container.appendChild(el('p', {text: TEXT.loading}));
        request('GET', '/admin/subscriptions').then(function (subscriptions) {
            clear(container);
            subscriptions = subscriptions || [];
            if (!subscriptions.length) {
                container.appendChild(el('p', {'class': 'okr-subscribe-none', text: TEXT.all}));
                return;
            }
            var body = el('tbody');
            subscriptions.forEach(function (subscription) {
                var words = describe(subscription);
                var remove = button(TEXT.remove, {
                    'aria-label': format(TEXT.removeLabel, words, scheduleText(subscription)),
                    'data-subscription': String(subscription.id)
                }, function () {
                    remove.disabled = true;
                    request('DELETE', '/subscriptions/' + encodeURIComponent(subscription.id)).then(function () {
                        adminList(container, onFailure);
                    }, function (failure) {
                        remove.disabled = false;
                        onFailure(failure);
                    });
                });
                body.appendChild(el('tr', {'data-subscription': String(subscription.id)}, [
                    el('td', {text: subscription.subscriberName}),
                    el('td', {text: words}),
                    el('td', {text: scheduleText(subscription)}),
                    el('td', {}, [remove])
                ]));
            });
            container.appendChild(el('table', {'class': 'aui okr-subscribe-table'}, [
                el('thead', {}, [el('tr', {}, [TEXT.columnSubscriber, TEXT.columnScope, TEXT.columnSchedule,
                    TEXT.columnActions].map(function (column) {
                    return el('th', {scope: 'col', text: column});
                }))]),
                body
            ]));
        }, function (failure) {
            clear(container);
            onFailure(failure);
        });
    }

    window.okrScorecard = window.okrScorecard || {};
    window.okrScorecard.subscribe = {
        action: action,
        openDialog: openDialog,
        adminList: adminList,
        describe: describe
    };
}(window, document));
