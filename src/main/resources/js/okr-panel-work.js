/*
 * OKR Scorecard issue panel on a work item (an epic, story, task or sub-task): "Contributes to", each key result whose
 * work set holds the issue (GET /issues/{key}/contributions) with its objective, perspective, progress (rounded as the
 * gadget rounds it, "—" when undefined), status and how the issue counts there; an "Unlink" action on the issue's own
 * links; and "Link to a key result…", a small dialog that searches the key results of running cycles
 * (GET /keyresults/picker) and links the issue to the one chosen (POST /issues/{key}/contributions). Outside every work
 * set the panel is one line, "Not linked to a key result", with the link action. js/okr-panel.js starts the panel and
 * hands this script its helpers; the DOM is built with okr-dom.js (never innerHTML), every text comes from the
 * panel's i18n texts. The dialog is keyboard usable: the search field takes the focus, the arrow keys move through the
 * results, Enter links the one selected, Escape closes the dialog and gives the focus back to its button.
 */
(function (window, document) {
    'use strict';

    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var clear = dom.clear;
    var SEARCH_DELAY_MS = 200;

    function load(panel, h) {
        panel.loads += 1;
        var token = panel.loads;
        panel.root.setAttribute('aria-busy', 'true');
        if (!panel.body.firstChild) {
            panel.body.appendChild(el('p', {'class': 'okr-panel-loading', text: panel.t('okr.panel.loading')}));
        }
        return dom.request('GET', contributionsPath(panel)).then(function (answer) {
            if (token === panel.loads) {
                render(panel, h, answer);
            }
        }, function (failure) {
            if (token !== panel.loads) {
                return;
            }
            clear(panel.body);
            panel.body.appendChild(el('div', {'class': 'okr-panel-message okr-panel-message-error', role: 'alert'}, [
                el('p', {text: h.failureText(panel, failure, 'okr.panel.error.load')})
            ]));
            panel.root.setAttribute('aria-busy', 'false');
        });
    }

    function contributionsPath(panel) {
        return panel.base + '/issues/' + encodeURIComponent(panel.key) + '/contributions';
    }

    function render(panel, h, answer) {
        clear(panel.body);
        var lines = (answer && answer.contributions) || [];
        var hidden = (answer && answer.hiddenKeyResults) || 0;
        var section = el('section', {'class': 'okr-panel-work', 'data-okr-work': String(lines.length)});
        if (lines.length === 0 && hidden === 0) {
            section.appendChild(el('p', {'class': 'okr-panel-work-none', text: panel.t('okr.panel.work.none')}));
        } else {
            section.appendChild(el('h3', {'class': 'okr-panel-heading', tabindex: -1,
                text: panel.t('okr.panel.work.heading')}));
            var list = el('ul', {'class': 'okr-panel-work-list'});
            lines.forEach(function (line) {
                list.appendChild(lineItem(panel, h, line));
            });
            section.appendChild(list);
            if (hidden > 0) {
                section.appendChild(el('p', {'class': 'okr-panel-work-hidden', 'data-okr-hidden': String(hidden),
                    text: panel.f('okr.panel.work.hidden-key-results', hidden)}));
            }
        }
        section.appendChild(linkAction(panel, h));
        panel.body.appendChild(section);
        panel.root.setAttribute('aria-busy', 'false');
        panel.root.setAttribute('data-okr-loaded', String(panel.loads));
    }

    function lineItem(panel, h, line) {
        var item = el('li', {'class': 'okr-panel-work-item', 'data-okr-key-result': line.keyResult,
            'data-okr-way': line.way});
        item.appendChild(el('div', {'class': 'okr-panel-work-title'}, [
            h.issueLink(panel, line.keyResult),
            el('span', {'class': 'okr-panel-work-summary', text: ' ' + line.summary})
        ]));
        var context = [];
        if (line.objective) {
            context.push(el('span', {text: panel.f('okr.panel.work.objective', line.objective,
                line.objectiveSummary || '')}));
        }
        context.push(el('span', {'class': 'okr-panel-work-perspective',
            text: line.perspective ? line.perspective : panel.t('okr.panel.work.unassigned')}));
        item.appendChild(el('div', {'class': 'okr-panel-work-context'}, context));
        item.appendChild(el('div', {'class': 'okr-panel-work-numbers'}, [
            h.progressValue(panel, line.progress, line.undefinedReason),
            h.statusLozenge(panel, line.status)
        ]));
        item.appendChild(el('p', {'class': 'okr-panel-work-way', text: wayText(panel, line)}));
        if (line.linked) {
            var unlink = el('button', {type: 'button', 'class': 'aui-button aui-button-link okr-panel-work-unlink',
                'aria-label': panel.f('okr.panel.work.unlink.label', line.keyResult),
                text: panel.t('okr.panel.work.unlink')});
            unlink.addEventListener('click', function () {
                unlink.disabled = true;
                change(panel, h, 'DELETE', contributionsPath(panel) + '/' + encodeURIComponent(line.keyResult), null,
                    'okr.panel.work.error.unlink', panel.f('okr.panel.work.unlinked', line.keyResult), function () {
                        unlink.disabled = false;
                    });
            });
            item.appendChild(unlink);
        }
        return item;
    }

    /** How the issue counts in the key result's work set, in words. */
    function wayText(panel, line) {
        var text;
        switch (line.way) {
            case 'SHARED':
                text = line.alsoCountedBy.length > 0
                    ? panel.f('okr.panel.work.way.SHARED', line.alsoCountedBy.join(', '))
                    : panel.t('okr.panel.work.way.COUNTED');
                if (line.alsoCountedHidden > 0) {
                    text += ' ' + panel.f('okr.panel.work.way.shared-hidden', line.alsoCountedHidden);
                }
                break;
            case 'EXCLUDED':
                text = panel.f('okr.panel.work.way.EXCLUDED', line.resolution || '');
                break;
            case 'EXPANDED':
                text = panel.f('okr.panel.work.way.EXPANDED', line.children);
                break;
            case 'SUBTASK':
                text = line.parent ? panel.f('okr.panel.work.way.SUBTASK', line.parent)
                    : panel.t('okr.panel.work.way.SUBTASK-hidden');
                break;
            case 'IGNORED_SUBTASK':
                text = panel.t('okr.panel.work.way.IGNORED_SUBTASK');
                break;
            default:
                text = panel.t('okr.panel.work.way.COUNTED');
        }
        if (line.through && line.way !== 'SUBTASK') {
            text += ' ' + panel.f('okr.panel.work.through', line.through);
        }
        return text;
    }

    /** A link or unlink request; on success the panel shows the answer and announces what happened. */
    function change(panel, h, method, url, body, errorKey, doneText, onFailure) {
        panel.status.textContent = '';
        return dom.request(method, url, body).then(function (answer) {
            panel.loads += 1;
            render(panel, h, answer);
            panel.status.textContent = doneText;
            var heading = panel.body.querySelector('[tabindex="-1"]') || panel.body.querySelector('button');
            if (heading) {
                heading.focus();
            }
        }, function (failure) {
            var message = h.failureText(panel, failure, errorKey);
            if (failure && failure.status === 403 && failure.message) {
                message = panel.t(errorKey) + ' ' + failure.message;
            }
            var shown = panel.body.querySelector('.okr-panel-work-error');
            if (shown) {
                shown.parentNode.removeChild(shown);
            }
            panel.body.insertBefore(el('div', {'class': 'okr-panel-message okr-panel-message-error okr-panel-work-error',
                role: 'alert'}, [el('p', {text: message})]), panel.body.firstChild);
            if (onFailure) {
                onFailure();
            }
        });
    }

    /* ---------- "Link to a key result…": the picker dialog ---------- */

    function linkAction(panel, h) {
        var wrapper = el('div', {'class': 'okr-panel-work-link'});
        var open = el('button', {type: 'button', 'class': 'aui-button okr-panel-work-link-open',
            'aria-haspopup': 'dialog', 'aria-expanded': 'false', text: panel.t('okr.panel.work.link')});
        wrapper.appendChild(open);
        open.addEventListener('click', function () {
            if (wrapper.querySelector('[role="dialog"]')) {
                return;
            }
            open.setAttribute('aria-expanded', 'true');
            wrapper.appendChild(dialog(panel, h, function () {
                open.setAttribute('aria-expanded', 'false');
                open.focus();
            }));
            wrapper.querySelector('input').focus();
        });
        return wrapper;
    }

    function dialog(panel, h, onClose) {
        var titleId = h.nextId('work-dialog-title');
        var inputId = h.nextId('work-search');
        var listId = h.nextId('work-results');
        var box = el('section', {'class': 'okr-panel-work-dialog aui-dialog2-content', role: 'dialog',
            'aria-labelledby': titleId});
        var input = el('input', {type: 'text', id: inputId, 'class': 'text okr-panel-work-search', autocomplete: 'off',
            role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'true', 'aria-controls': listId,
            placeholder: panel.t('okr.panel.work.search.placeholder')});
        var results = el('ul', {id: listId, role: 'listbox', 'class': 'okr-panel-work-results',
            'aria-label': panel.t('okr.panel.work.results')});
        var note = el('p', {'class': 'okr-panel-work-search-note', role: 'status', 'aria-live': 'polite'});
        var cancel = el('button', {type: 'button', 'class': 'aui-button aui-button-link',
            text: panel.t('okr.panel.work.cancel')});
        box.appendChild(el('h4', {id: titleId, text: panel.t('okr.panel.work.dialog.title')}));
        box.appendChild(el('form', {'class': 'aui', action: '#'}, [
            el('label', {'for': inputId, text: panel.t('okr.panel.work.search')}),
            input
        ]));
        box.appendChild(note);
        box.appendChild(results);
        box.appendChild(el('div', {'class': 'okr-panel-work-dialog-actions'}, [cancel]));

        var state = {choices: [], selected: -1, searches: 0, timer: null};

        function close() {
            if (box.parentNode) {
                box.parentNode.removeChild(box);
            }
            onClose();
        }

        function select(index) {
            state.selected = index;
            Array.prototype.forEach.call(results.children, function (option, at) {
                option.setAttribute('aria-selected', at === index ? 'true' : 'false');
                option.classList.toggle('okr-panel-work-selected', at === index);
            });
            var chosen = results.children[index];
            if (chosen) {
                input.setAttribute('aria-activedescendant', chosen.id);
                if (chosen.scrollIntoView) {
                    chosen.scrollIntoView({block: 'nearest'});
                }
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(index) {
            var choice = state.choices[index];
            if (!choice) {
                return;
            }
            input.disabled = true;
            note.textContent = panel.t('okr.panel.work.linking');
            change(panel, h, 'POST', contributionsPath(panel), {keyResult: choice.key}, 'okr.panel.work.error.link',
                panel.f('okr.panel.work.linked', choice.key), function () {
                    input.disabled = false;
                    note.textContent = '';
                });
        }

        function search() {
            state.searches += 1;
            var token = state.searches;
            dom.request('GET', panel.base + '/keyresults/picker?q=' + encodeURIComponent(input.value.trim()))
                .then(function (choices) {
                    if (token !== state.searches) {
                        return;
                    }
                    state.choices = choices || [];
                    clear(results);
                    state.choices.forEach(function (choice, index) {
                        var option = el('li', {id: listId + '-' + index, role: 'option', 'aria-selected': 'false',
                            'class': 'okr-panel-work-option', 'data-okr-choice': choice.key}, [
                            el('span', {'class': 'okr-panel-issue-key', text: choice.key}),
                            el('span', {text: ' ' + choice.summary}),
                            el('span', {'class': 'okr-panel-work-option-objective',
                                text: ' ' + panel.f('okr.panel.work.objective', choice.objective,
                                    choice.objectiveSummary || '')})
                        ]);
                        option.addEventListener('mousedown', function (event) {
                            event.preventDefault();
                        });
                        option.addEventListener('click', function () {
                            choose(index);
                        });
                        results.appendChild(option);
                    });
                    note.textContent = state.choices.length === 0 ? panel.t('okr.panel.work.search.none')
                        : panel.f('okr.panel.work.search.count', state.choices.length);
                    select(state.choices.length > 0 ? 0 : -1);
                }, function (failure) {
                    if (token === state.searches) {
                        note.textContent = h.failureText(panel, failure, 'okr.panel.work.error.search');
                    }
                });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(state.timer);
            state.timer = window.setTimeout(search, SEARCH_DELAY_MS);
        });
        box.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                close();
            } else if (event.key === 'ArrowDown' && state.choices.length > 0) {
                event.preventDefault();
                select(Math.min(state.choices.length - 1, state.selected + 1));
            } else if (event.key === 'ArrowUp' && state.choices.length > 0) {
                event.preventDefault();
                select(Math.max(0, state.selected - 1));
            } else if (event.key === 'Enter' && event.target === input) {
                event.preventDefault();
                choose(state.selected);
            }
        });
        box.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        cancel.addEventListener('click', close);
        search();
        return box;
    }

    window.okrScorecard = window.okrScorecard || {};
    window.okrScorecard.workPanel = {load: load};
}(window, document));
