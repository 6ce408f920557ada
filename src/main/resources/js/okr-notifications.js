/*
 * OKR Scorecard notifications page: shows whether the logged-in user's check-in reminders are on and turns them off or
 * on with PUT /me/notifications (JSON, so Jira's XSRF protection accepts it only from same-origin scripts). The DOM is
 * built with okr-dom.js (textContent only); the base URL and every text come from data attributes the server rendered.
 */
(function (window, document) {
    'use strict';

    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var clear = dom.clear;

    function start() {
        var root = document.getElementById('okr-notifications');
        if (!root) {
            return;
        }
        var texts = dom.parseTexts(root.getAttribute('data-i18n'));
        var t = function (key) {
            return Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
        };
        var base = root.getAttribute('data-rest-base') || '';
        var container = document.getElementById('okr-notifications-reminders');
        var status = document.getElementById('okr-notifications-status');

        function failed(failure) {
            if (failure && failure.status === 401) {
                status.textContent = t('okr.notifications.error.login');
            } else if (failure && failure.status > 0) {
                status.textContent = failure.message || (t('okr.notifications.error.http').replace('{0}', failure.status));
            } else {
                status.textContent = t('okr.notifications.error.network');
            }
        }

        function show(remindersOn, saved) {
            clear(container);
            var state = el('p', {
                'class': 'okr-notifications-state',
                text: t(remindersOn ? 'okr.notifications.reminders.on' : 'okr.notifications.reminders.off')
            });
            var toggle = el('button', {
                type: 'button',
                'class': 'aui-button aui-button-primary',
                id: 'okr-notifications-toggle',
                text: t(remindersOn ? 'okr.notifications.reminders.turn-off' : 'okr.notifications.reminders.turn-on')
            });
            toggle.addEventListener('click', function () {
                toggle.disabled = true;
                dom.request('PUT', base + '/me/notifications', {reminders: !remindersOn}).then(function (choice) {
                    show(Boolean(choice && choice.reminders), true);
                }).catch(function (failure) {
                    toggle.disabled = false;
                    failed(failure);
                });
            });
            container.appendChild(state);
            container.appendChild(el('div', {'class': 'buttons-container'}, [toggle]));
            status.textContent = saved ? t('okr.notifications.saved') : '';
        }

        dom.request('GET', base + '/me/notifications').then(function (choice) {
            show(Boolean(choice && choice.reminders), false);
        }).catch(failed);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
