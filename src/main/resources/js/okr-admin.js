/*
 * OKR Scorecard admin page. Loads and saves the configuration through the REST API (the base URL and every text come
 * from data attributes the server rendered). The DOM is built and the API called with the shared helpers of
 * okr-dom.js (window.okrScorecard.dom): createElement and textContent only, so no data ever reaches an HTML parser, and
 * mutations send JSON with Content-Type application/json, which Jira's XSRF protection accepts only from same-origin
 * scripts. A 400 answer ({status, field, message}) is shown next to the field it names.
 */
(function (window, document) {
    'use strict';

    var TERMINAL_PHASES = ['FINISHED', 'FAILED'];
    var MAPPING_SOURCES = ['PERSPECTIVE_FIELD', 'SELECT_FIELD', 'LABELS', 'COMPONENTS'];
    var STATUS_MODES = ['ABSOLUTE', 'PACE'];
    var CHECK_IN_CADENCES = ['OFF', 'WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY'];
    var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var clear = dom.clear;
    var findField = dom.findField;

    function start() {
        var root = document.getElementById('okr-admin');
        if (!root) {
            return;
        }
        var page = {
            base: root.getAttribute('data-rest-base') || '',
            texts: dom.parseTexts(root.getAttribute('data-i18n')),
            status: document.getElementById('okr-admin-status'),
            perspectives: []
        };
        page.t = function (key) {
            return Object.prototype.hasOwnProperty.call(page.texts, key) ? page.texts[key] : key;
        };
        loadPerspectivesAndMapping(page);
        loadSettings(page);
        loadReviewSettings(page);
        loadMeasureSettings(page);
        loadCycles(page);
        loadBootstrap(page);
        loadSubscriptions(page);
        renderRecalculate(page);
        renderNotifications(page);
    }

    /** Every user's weekly digest subscriptions, each with Remove (drawn by okr-subscribe.js). */
    function loadSubscriptions(page) {
        var container = document.getElementById('okr-admin-subscriptions');
        if (container && window.okrScorecard.subscribe) {
            window.okrScorecard.subscribe.adminList(container, function (failure) {
                showError(page, container, failure);
            });
        }
    }

    /* ---------- DOM and HTTP helpers ---------- */

    var idCounter = 0;

    function nextId(prefix) {
        idCounter += 1;
        return 'okr-admin-' + prefix + '-' + idCounter;
    }

    /** A call of the API; a failure the server did not explain names its status in the page's words. */
    function request(page, method, path, body) {
        return dom.request(method, page.base + path, body).catch(function (failure) {
            if (failure.status > 0 && !failure.message) {
                failure.message = page.t('okr.admin.error.http') + ' ' + failure.status;
            }
            throw failure;
        });
    }

    function announce(page, key) {
        page.status.textContent = page.t(key);
    }

    /** A form's message area plus the field errors under its inputs ([data-field] names the REST field). */
    function clearErrors(container) {
        Array.prototype.slice.call(container.querySelectorAll('.okr-admin-error')).forEach(function (node) {
            node.parentNode.removeChild(node);
        });
        Array.prototype.slice.call(container.querySelectorAll('[aria-invalid]')).forEach(function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    /** Shows a failure next to its field inside scope (default: container), else as a message atop container. */
    function showError(page, container, failure, scope) {
        clearErrors(container);
        var message = failure && failure.message ? String(failure.message) : page.t('okr.admin.error.network');
        var field = failure && failure.field ? String(failure.field) : null;
        var target = field ? findField(scope || container, field) : null;
        var error = el('div', {'class': 'error okr-admin-error', role: 'alert', id: nextId('error'), text: message});
        if (target) {
            target.setAttribute('aria-invalid', 'true');
            target.setAttribute('aria-describedby', error.id);
            target.parentNode.appendChild(error);
            target.focus();
        } else {
            var box = el('div', {'class': 'aui-message aui-message-error okr-admin-error', role: 'alert'}, [
                el('p', {text: message})
            ]);
            container.insertBefore(box, container.firstChild);
        }
    }

    function labelled(labelText, input) {
        if (!input.id) {
            input.id = nextId('field');
        }
        return el('div', {'class': 'field-group'}, [el('label', {'for': input.id, text: labelText}), input]);
    }

    function button(text, onClick, extraClass) {
        var node = el('button', {type: 'button', 'class': 'aui-button' + (extraClass ? ' ' + extraClass : ''), text: text});
        node.addEventListener('click', onClick);
        return node;
    }

    /** A select with AUI's form class, as AUI's forms style only selects that have it. */
    function select(options, selected, attributes) {
        var node = el('select', Object.assign({'class': 'select'}, attributes));
        options.forEach(function (option) {
            var item = el('option', {value: option.value, text: option.label});
            if (option.value === selected) {
                item.selected = true;
            }
            node.appendChild(item);
        });
        return node;
    }

    function loadFailed(page, container, failure) {
        clear(container);
        showError(page, container, failure);
    }

    /* ---------- Perspectives ---------- */

    function loadPerspectivesAndMapping(page) {
        var container = document.getElementById('okr-admin-perspectives');
        request(page, 'GET', '/admin/perspectives').then(function (perspectives) {
            page.perspectives = perspectives || [];
            renderPerspectives(page, container, page.perspectives.map(copy));
            loadMapping(page);
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    function copy(value) {
        return JSON.parse(JSON.stringify(value));
    }

    function renderPerspectives(page, container, rows) {
        clear(container);
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var headers = ['key', 'name', 'colour', 'weight', 'green', 'amber', 'actions'].map(function (column) {
            return el('th', {scope: 'col', text: page.t('okr.admin.perspectives.column.' + column)});
        });
        var body = el('tbody');
        rows.forEach(function (row, index) {
            body.appendChild(perspectiveRow(page, container, rows, row, index));
        });
        form.appendChild(el('table', {'class': 'aui okr-admin-table'}, [el('thead', {}, [el('tr', {}, headers)]), body]));
        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
            button(page.t('okr.admin.perspectives.add'), function () {
                rows.push({key: '', name: '', colour: '#0052cc', weight: 1, green: 0.7, amber: 0.4});
                renderPerspectives(page, container, rows);
                var inputs = container.querySelectorAll('input[data-column="key"]');
                if (inputs.length) {
                    inputs[inputs.length - 1].focus();
                }
            }),
            button(page.t('okr.admin.save'), function () {
                savePerspectives(page, container, rows);
            }, 'aui-button-primary')
        ])]));
        container.appendChild(form);
    }

    function perspectiveRow(page, container, rows, row, index) {
        var at = 'perspectives[' + index + ']';
        var name = row.name || row.key || '';
        function input(column, type, attributes) {
            var node = el('input', Object.assign({
                type: type,
                'class': type === 'number' ? 'text short-field' : 'text',
                'data-field': at + '.' + column,
                'data-column': column,
                'aria-label': page.t('okr.admin.perspectives.column.' + column) + ' ' + (index + 1),
                value: row[column] === null || row[column] === undefined ? '' : row[column]
            }, attributes || {}));
            node.addEventListener('input', function () {
                row[column] = type === 'number' ? (node.value === '' ? null : Number(node.value)) : node.value;
            });
            return el('td', {}, [node]);
        }
        function move(offset) {
            var target = index + offset;
            if (target < 0 || target >= rows.length) {
                return;
            }
            rows.splice(target, 0, rows.splice(index, 1)[0]);
            renderPerspectives(page, container, rows);
        }
        var up = button(page.t('okr.admin.perspectives.up'), function () {
            move(-1);
        }, 'aui-button-subtle');
        up.setAttribute('aria-label', page.t('okr.admin.perspectives.up') + ' ' + name);
        up.disabled = index === 0;
        var down = button(page.t('okr.admin.perspectives.down'), function () {
            move(1);
        }, 'aui-button-subtle');
        down.setAttribute('aria-label', page.t('okr.admin.perspectives.down') + ' ' + name);
        down.disabled = index === rows.length - 1;
        var remove = button(page.t('okr.admin.remove'), function () {
            rows.splice(index, 1);
            renderPerspectives(page, container, rows);
            announce(page, 'okr.admin.perspectives.removed-unsaved');
        }, 'aui-button-subtle');
        remove.setAttribute('aria-label', page.t('okr.admin.remove') + ' ' + name);
        return el('tr', {}, [
            input('key', 'text', {maxlength: 40}),
            input('name', 'text', {maxlength: 255}),
            input('colour', 'color'),
            input('weight', 'number', {min: 0, step: 'any'}),
            input('green', 'number', {min: 0, max: 1, step: 0.05}),
            input('amber', 'number', {min: 0, max: 1, step: 0.05}),
            el('td', {'class': 'okr-admin-actions'}, [up, down, remove])
        ]);
    }

    function savePerspectives(page, container, rows) {
        var body = rows.map(function (row, index) {
            return {key: row.key, name: row.name, order: index, colour: row.colour, weight: row.weight,
                green: row.green, amber: row.amber};
        });
        request(page, 'PUT', '/admin/perspectives', body).then(function (saved) {
            page.perspectives = saved || [];
            renderPerspectives(page, container, page.perspectives.map(copy));
            announce(page, 'okr.admin.saved');
            loadMapping(page);
        }, function (failure) {
            showError(page, container, failure);
        });
    }

    /* ---------- Perspective mapping ---------- */

    function loadMapping(page) {
        var container = document.getElementById('okr-admin-mapping');
        request(page, 'GET', '/admin/mappings').then(function (mapping) {
            var values = [];
            var key;
            for (key in (mapping && mapping.values) || {}) {
                if (Object.prototype.hasOwnProperty.call(mapping.values, key)) {
                    values.push({value: key, perspective: mapping.values[key]});
                }
            }
            renderMapping(page, container, {source: mapping.source, fieldId: mapping.fieldId || '', values: values});
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    function renderMapping(page, container, mapping) {
        clear(container);
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var source = select(MAPPING_SOURCES.map(function (value) {
            return {value: value, label: page.t('okr.admin.mapping.source.' + value)};
        }), mapping.source, {'class': 'select long-field', 'data-field': 'mapping.source'});
        source.addEventListener('change', function () {
            mapping.source = source.value;
        });
        form.appendChild(labelled(page.t('okr.admin.mapping.source'), source));
        var fieldId = el('input', {type: 'text', 'class': 'text', 'data-field': 'mapping.fieldId', value: mapping.fieldId,
            maxlength: 255});
        fieldId.addEventListener('input', function () {
            mapping.fieldId = fieldId.value;
        });
        form.appendChild(labelled(page.t('okr.admin.mapping.field'), fieldId));

        var perspectiveOptions = page.perspectives.map(function (perspective) {
            return {value: perspective.key, label: perspective.name || perspective.key};
        });
        var body = el('tbody');
        mapping.values.forEach(function (entry, index) {
            var value = el('input', {type: 'text', 'class': 'text', 'data-field': 'mapping.values', value: entry.value,
                'aria-label': page.t('okr.admin.mapping.column.value') + ' ' + (index + 1)});
            value.addEventListener('input', function () {
                entry.value = value.value;
            });
            var perspective = select(perspectiveOptions, entry.perspective, {
                'aria-label': page.t('okr.admin.mapping.column.perspective') + ' ' + (index + 1)
            });
            if (!entry.perspective && perspectiveOptions.length) {
                entry.perspective = perspectiveOptions[0].value;
            }
            perspective.addEventListener('change', function () {
                entry.perspective = perspective.value;
            });
            var remove = button(page.t('okr.admin.remove'), function () {
                mapping.values.splice(index, 1);
                renderMapping(page, container, mapping);
            }, 'aui-button-subtle');
            remove.setAttribute('aria-label', page.t('okr.admin.remove') + ' ' + entry.value);
            body.appendChild(el('tr', {}, [el('td', {}, [value]), el('td', {}, [perspective]), el('td', {}, [remove])]));
        });
        form.appendChild(el('table', {'class': 'aui okr-admin-table'}, [
            el('thead', {}, [el('tr', {}, [
                el('th', {scope: 'col', text: page.t('okr.admin.mapping.column.value')}),
                el('th', {scope: 'col', text: page.t('okr.admin.mapping.column.perspective')}),
                el('th', {scope: 'col', text: page.t('okr.admin.perspectives.column.actions')})
            ])]),
            body
        ]));
        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
            button(page.t('okr.admin.mapping.add'), function () {
                mapping.values.push({value: '', perspective: perspectiveOptions.length ? perspectiveOptions[0].value : ''});
                renderMapping(page, container, mapping);
            }),
            button(page.t('okr.admin.save'), function () {
                var values = {};
                mapping.values.forEach(function (entry) {
                    values[entry.value] = entry.perspective;
                });
                request(page, 'PUT', '/admin/mappings', {source: mapping.source, fieldId: mapping.fieldId || null,
                    values: values}).then(function () {
                    announce(page, 'okr.admin.saved');
                    loadMapping(page);
                }, function (failure) {
                    showError(page, container, failure);
                });
            }, 'aui-button-primary')
        ])]));
        container.appendChild(form);
    }

    /* ---------- Settings ---------- */

    function loadSettings(page) {
        var container = document.getElementById('okr-admin-settings');
        Promise.all([request(page, 'GET', '/admin/settings'), request(page, 'GET', '/admin/rollup-policies')])
            .then(function (answers) {
                renderSettings(page, container, answers[0] || {}, answers[1] || []);
            }, function (failure) {
                loadFailed(page, container, failure);
            });
    }

    function renderSettings(page, container, settings, policies) {
        clear(container);
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var policy = select(policies.map(function (item) {
            return {value: item.key, label: item.label};
        }), settings.rollupPolicy, {'data-field': 'settings.rollupPolicy'});
        var policyDescription = el('div', {'class': 'description', id: nextId('policy')});
        policy.setAttribute('aria-describedby', policyDescription.id);
        function describePolicy() {
            var chosen = policies.filter(function (item) {
                return item.key === policy.value;
            })[0];
            policyDescription.textContent = chosen ? chosen.description : '';
        }
        policy.addEventListener('change', describePolicy);
        describePolicy();
        var policyGroup = labelled(page.t('okr.admin.settings.rollup-policy'), policy);
        policyGroup.appendChild(policyDescription);
        form.appendChild(policyGroup);

        var credit = el('input', {type: 'number', 'class': 'text short-field', min: 0, max: 1, step: 0.05,
            'data-field': 'settings.inProgressCredit', value: settings.inProgressCredit});
        form.appendChild(labelled(page.t('okr.admin.settings.in-progress-credit'), credit));
        var resolutions = el('input', {type: 'text', 'class': 'text long-field',
            'data-field': 'settings.excludedResolutions', value: (settings.excludedResolutions || []).join(', ')});
        var resolutionsGroup = labelled(page.t('okr.admin.settings.excluded-resolutions'), resolutions);
        resolutionsGroup.appendChild(el('div', {'class': 'description',
            text: page.t('okr.admin.settings.excluded-resolutions.help')}));
        form.appendChild(resolutionsGroup);
        var mode = select(STATUS_MODES.map(function (value) {
            return {value: value, label: page.t('okr.admin.settings.status-mode.' + value)};
        }), settings.statusMode, {'data-field': 'settings.statusMode'});
        form.appendChild(labelled(page.t('okr.admin.settings.status-mode'), mode));
        var points = el('input', {type: 'text', 'class': 'text', maxlength: 255, placeholder: 'customfield_10002',
            'data-field': 'settings.storyPointsFieldId', value: settings.storyPointsFieldId || ''});
        form.appendChild(labelled(page.t('okr.admin.settings.story-points-field'), points));
        var visible = el('input', {type: 'checkbox', 'class': 'checkbox', 'data-field': 'settings.countOnlyVisibleWork',
            checked: settings.countOnlyVisibleWork === true});
        form.appendChild(labelled(page.t('okr.admin.settings.count-only-visible-work'), visible));
        var cadence = select(CHECK_IN_CADENCES.map(function (value) {
            return {value: value, label: page.t('okr.admin.settings.check-in-cadence.' + value)};
        }), settings.checkInCadence, {'data-field': 'settings.checkInCadence'});
        var cadenceGroup = labelled(page.t('okr.admin.settings.check-in-cadence'), cadence);
        cadenceGroup.appendChild(el('div', {'class': 'description',
            text: page.t('okr.admin.settings.check-in-cadence.help')}));
        form.appendChild(cadenceGroup);
        var weekday = select(WEEKDAYS.map(function (value) {
            return {value: value, label: page.t('okr.admin.settings.check-in-weekday.' + value)};
        }), settings.checkInWeekday, {'data-field': 'settings.checkInWeekday'});
        form.appendChild(labelled(page.t('okr.admin.settings.check-in-weekday'), weekday));
        var aligned = el('input', {type: 'checkbox', 'class': 'checkbox',
            'data-field': 'settings.alignedObjectivesContribute', checked: settings.alignedObjectivesContribute === true});
        var alignedGroup = labelled(page.t('okr.admin.settings.aligned-contribute'), aligned);
        alignedGroup.appendChild(el('div', {'class': 'description',
            text: page.t('okr.admin.settings.aligned-contribute.help')}));
        form.appendChild(alignedGroup);
        var alignedShare = el('input', {type: 'number', 'class': 'text short-field', min: 0.05, max: 1, step: 0.05,
            'data-field': 'settings.alignedShare', value: settings.alignedShare});
        form.appendChild(labelled(page.t('okr.admin.settings.aligned-share'), alignedShare));
        var parentLink = el('input', {type: 'text', 'class': 'text medium-field', placeholder: 'customfield_10200',
            'data-field': 'settings.parentLinkFieldId', value: settings.parentLinkFieldId || ''});
        var parentLinkGroup = labelled(page.t('okr.admin.settings.parent-link-field'), parentLink);
        parentLinkGroup.appendChild(el('div', {'class': 'description',
            text: page.t('okr.admin.settings.parent-link-field.help')}));
        form.appendChild(parentLinkGroup);
        var panelOff = el('input', {type: 'text', 'class': 'text long-field', placeholder: 'OPS, HR',
            'data-field': 'settings.workPanelOffProjects', value: (settings.workPanelOffProjects || []).join(', ')});
        var panelOffGroup = labelled(page.t('okr.admin.settings.work-panel-off'), panelOff);
        panelOffGroup.appendChild(el('div', {'class': 'description',
            text: page.t('okr.admin.settings.work-panel-off.help')}));
        form.appendChild(panelOffGroup);

        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
            button(page.t('okr.admin.save'), function () {
                var body = {
                    rollupPolicy: policy.value,
                    inProgressCredit: credit.value === '' ? null : Number(credit.value),
                    excludedResolutions: resolutions.value.split(',').map(function (item) {
                        return item.trim();
                    }).filter(function (item) {
                        return item.length > 0;
                    }),
                    statusMode: mode.value,
                    storyPointsFieldId: points.value.trim() || null,
                    countOnlyVisibleWork: visible.checked,
                    checkInCadence: cadence.value,
                    checkInWeekday: weekday.value,
                    alignedObjectivesContribute: aligned.checked,
                    alignedShare: alignedShare.value === '' ? null : Number(alignedShare.value),
                    workPanelOffProjects: panelOff.value.split(',').map(function (item) {
                        return item.trim();
                    }).filter(function (item) {
                        return item.length > 0;
                    }),
                    parentLinkFieldId: parentLink.value.trim() || null
                };
                request(page, 'PUT', '/admin/settings', body).then(function (saved) {
                    renderSettings(page, container, saved || body, policies);
                    announce(page, 'okr.admin.saved');
                }, function (failure) {
                    showError(page, container, failure);
                });
            }, 'aui-button-primary')
        ])]));
        container.appendChild(form);
    }

    /* ---------- Cycles ---------- */

    /* ---------- Review settings: the reviewer group and the grade scale ---------- */

    function loadReviewSettings(page) {
        var container = document.getElementById('okr-admin-review');
        if (!container) {
            return;
        }
        request(page, 'GET', '/admin/review-settings').then(function (settings) {
            renderReviewSettings(page, container, settings || {});
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    function renderReviewSettings(page, container, settings) {
        clear(container);
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var group = el('input', {type: 'text', 'class': 'text', maxlength: 255, id: 'okr-admin-review-group',
            'data-field': 'review.reviewerGroup', value: settings.reviewerGroup || ''});
        var groupField = labelled(page.t('okr.admin.review.reviewer-group'), group);
        groupField.appendChild(el('div', {'class': 'description', text: page.t('okr.admin.review.reviewer-group.help')}));
        form.appendChild(groupField);
        var amber = el('input', {type: 'number', 'class': 'text short-field', min: 0.01, max: 1, step: 0.05,
            id: 'okr-admin-review-amber', 'data-field': 'review.amberFrom', value: settings.amberFrom});
        form.appendChild(labelled(page.t('okr.admin.review.amber-from'), amber));
        var green = el('input', {type: 'number', 'class': 'text short-field', min: 0.01, max: 1, step: 0.05,
            id: 'okr-admin-review-green', 'data-field': 'review.greenFrom', value: settings.greenFrom});
        var greenField = labelled(page.t('okr.admin.review.green-from'), green);
        greenField.appendChild(el('div', {'class': 'description', text: page.t('okr.admin.review.scale.help')}));
        form.appendChild(greenField);
        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
            button(page.t('okr.admin.review.save'), function () {
                request(page, 'PUT', '/admin/review-settings', {
                    reviewerGroup: group.value.trim(),
                    amberFrom: amber.value === '' ? null : Number(amber.value),
                    greenFrom: green.value === '' ? null : Number(green.value)
                }).then(function (saved) {
                    renderReviewSettings(page, container, saved || {});
                    announce(page, 'okr.admin.review.saved');
                }, function (failure) {
                    showError(page, container, failure, form);
                });
            }, 'aui-button-primary okr-admin-review-save')
        ])]));
        container.appendChild(form);
    }

    /* ---------- Measures from Jira: the technical user measures run as ---------- */

    function loadMeasureSettings(page) {
        var container = document.getElementById('okr-admin-measures');
        if (!container) {
            return;
        }
        request(page, 'GET', '/admin/measure-settings').then(function (settings) {
            renderMeasureSettings(page, container, settings || {});
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    function renderMeasureSettings(page, container, settings) {
        clear(container);
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        container.appendChild(el('p', {'class': 'okr-admin-measures-current', text: settings.technicalUser
            ? page.t('okr.admin.measures.current').replace('{0}', settings.technicalUserName || settings.technicalUser)
            : page.t('okr.admin.measures.none')}));
        var user = el('input', {type: 'text', 'class': 'text', maxlength: 255, id: 'okr-admin-measures-user',
            'data-field': 'technicalUser', value: settings.technicalUser || ''});
        var userField = labelled(page.t('okr.admin.measures.user'), user);
        userField.appendChild(el('div', {'class': 'description', text: page.t('okr.admin.measures.user.help')}));
        form.appendChild(userField);
        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
            button(page.t('okr.admin.measures.save'), function () {
                request(page, 'PUT', '/admin/measure-settings', {technicalUser: user.value.trim() || null})
                    .then(function (saved) {
                        renderMeasureSettings(page, container, saved || {});
                        announce(page, 'okr.admin.measures.saved');
                    }, function (failure) {
                        showError(page, container, failure, form);
                    });
            }, 'aui-button-primary okr-admin-measures-save')
        ])]));
        container.appendChild(form);
    }

    function loadCycles(page) {
        var container = document.getElementById('okr-admin-cycles');
        request(page, 'GET', '/admin/cycles').then(function (cycles) {
            renderCycles(page, container, cycles || []);
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    function renderCycles(page, container, cycles) {
        clear(container);
        var body = el('tbody');
        cycles.forEach(function (cycle) {
            body.appendChild(cycleRow(page, container, cycle, false));
        });
        body.appendChild(cycleRow(page, container, {id: '', name: '', start: '', end: ''}, true));
        var form = el('form', {'class': 'aui okr-admin-form', novalidate: true}, [
            el('table', {'class': 'aui okr-admin-table'}, [
                el('thead', {}, [el('tr', {}, ['id', 'name', 'start', 'end', 'actions'].map(function (column) {
                    return el('th', {scope: 'col', text: page.t('okr.admin.cycles.column.' + column)});
                }))]),
                body
            ])
        ]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        container.appendChild(form);
    }

    function cycleRow(page, container, cycle, isNew) {
        var label = isNew ? page.t('okr.admin.cycles.new') : cycle.name || cycle.id;
        function input(column, type, attributes) {
            return el('input', Object.assign({type: type, 'class': 'text', 'data-field': 'cycle.' + column,
                value: cycle[column] || '', 'aria-label': page.t('okr.admin.cycles.column.' + column) + ' ' + label},
            attributes || {}));
        }
        var id = input('id', 'text', {maxlength: 40, readonly: !isNew});
        var name = input('name', 'text', {maxlength: 255});
        var startDate = input('start', 'date');
        var endDate = input('end', 'date');
        var row = el('tr', isNew ? {'class': 'okr-admin-new-row'} : {});
        function body() {
            return {id: id.value.trim(), name: name.value, start: startDate.value, end: endDate.value};
        }
        function failed(failure) {
            showError(page, container, failure, row);
        }
        var actions = el('td', {'class': 'okr-admin-actions'});
        if (isNew) {
            actions.appendChild(button(page.t('okr.admin.cycles.create'), function () {
                request(page, 'POST', '/admin/cycles', body()).then(function () {
                    announce(page, 'okr.admin.saved');
                    loadCycles(page);
                }, failed);
            }, 'aui-button-primary'));
        } else {
            var save = button(page.t('okr.admin.save'), function () {
                request(page, 'PUT', '/admin/cycles/' + encodeURIComponent(cycle.id), body()).then(function () {
                    announce(page, 'okr.admin.saved');
                    loadCycles(page);
                }, failed);
            });
            save.setAttribute('aria-label', page.t('okr.admin.save') + ' ' + label);
            var remove = button(page.t('okr.admin.remove'), function () {
                if (!window.confirm(page.t('okr.admin.cycles.confirm-delete') + ' ' + label)) {
                    return;
                }
                request(page, 'DELETE', '/admin/cycles/' + encodeURIComponent(cycle.id)).then(function () {
                    announce(page, 'okr.admin.deleted');
                    loadCycles(page);
                }, failed);
            }, 'aui-button-subtle');
            remove.setAttribute('aria-label', page.t('okr.admin.remove') + ' ' + label);
            actions.appendChild(save);
            actions.appendChild(remove);
        }
        [id, name, startDate, endDate].forEach(function (node) {
            row.appendChild(el('td', {}, [node]));
        });
        row.appendChild(actions);
        return row;
    }

    /* ---------- Bootstrap report ---------- */

    function loadBootstrap(page) {
        var container = document.getElementById('okr-admin-bootstrap');
        request(page, 'GET', '/admin/bootstrap').then(function (report) {
            renderBootstrap(page, container, report || {});
        }, function (failure) {
            loadFailed(page, container, failure);
        });
    }

    /** A translated message with {0}, {1}, ... replaced by the arguments, as plain text. */
    function format(page, key, args) {
        return page.t(key).replace(/\{(\d)\}/g, function (match, index) {
            var value = args[Number(index)];
            return value === null || value === undefined ? '' : String(value);
        });
    }

    /** GET /admin/bootstrap: {run, runMessageKey, checkedNow, complete, objects: [{role, kind, name, id, outcome,
     * messageKey, message}]}; message keys are okr.bootstrap.* texts with {0} name, {1} id, {2} Jira's message. */
    function renderBootstrap(page, container, report) {
        clear(container);
        if (report.runMessageKey || report.run) {
            container.appendChild(el('p', {text: report.runMessageKey ? format(page, report.runMessageKey, [])
                : page.t('okr.admin.bootstrap.run') + ' ' + String(report.run)}));
        }
        var objects = report.objects || [];
        if (!objects.length) {
            container.appendChild(el('p', {text: page.t('okr.admin.bootstrap.empty')}));
            return;
        }
        var columns = ['object', 'outcome', 'name', 'id', 'message'];
        container.appendChild(el('table', {'class': 'aui okr-admin-table'}, [
            el('thead', {}, [el('tr', {}, columns.map(function (column) {
                return el('th', {scope: 'col', text: page.t('okr.admin.bootstrap.column.' + column)});
            }))]),
            el('tbody', {}, objects.map(function (entry) {
                var message = entry.messageKey
                    ? format(page, entry.messageKey, [entry.name, entry.id, entry.message]) : entry.message;
                var cells = [page.t('okr.admin.bootstrap.role.' + entry.role),
                    page.t('okr.admin.bootstrap.outcome.' + entry.outcome), entry.name, entry.id, message];
                return el('tr', {}, cells.map(function (value) {
                    return el('td', {text: value === null || value === undefined ? '' : String(value)});
                }));
            }))
        ]));
    }

    /* ---------- Recalculation ---------- */

    function renderRecalculate(page) {
        var container = document.getElementById('okr-admin-recalculate');
        var progress = el('progress', {max: 1, value: 0, 'class': 'okr-admin-progress', id: nextId('progress')});
        var label = el('label', {'for': progress.id, text: page.t('okr.admin.recalculate.progress')});
        var state = el('p', {'class': 'okr-admin-progress-text', 'aria-live': 'polite'});
        var progressGroup = el('div', {'class': 'okr-admin-progress-group', hidden: true}, [label, progress, state]);
        var start = button(page.t('okr.admin.recalculate.start'), function () {
            clearErrors(container);
            start.disabled = true;
            progressGroup.hidden = false;
            state.textContent = page.t('okr.admin.recalculate.starting');
            request(page, 'POST', '/admin/recalculate', {}).then(function (job) {
                var id = job && job.id;
                if (!id) {
                    throw {message: page.t('okr.admin.error.no-job')};
                }
                poll(page, id, progress, state, function () {
                    start.disabled = false;
                }, function (failure) {
                    start.disabled = false;
                    showError(page, container, failure);
                });
            }).catch(function (failure) {
                start.disabled = false;
                showError(page, container, failure);
            });
        }, 'aui-button-primary');
        container.appendChild(el('div', {'class': 'buttons-container'}, [start]));
        container.appendChild(progressGroup);
    }

    /**
     * Whether Jira's outgoing mail works (else reminders wait, nothing lost) and "send now": runs the notifications
     * and shows what was sent. A mail already sent today is not sent again.
     */
    function renderNotifications(page) {
        var container = document.getElementById('okr-admin-notifications');
        var mailState = el('div', {'class': 'aui-message', role: 'status'});
        var result = el('p', {'class': 'okr-admin-notifications-result', 'aria-live': 'polite'});
        function showMail(available) {
            mailState.className = 'aui-message ' + (available ? 'aui-message-success' : 'aui-message-warning');
            mailState.textContent = page.t(available
                ? 'okr.admin.notifications.mail-available'
                : 'okr.admin.notifications.no-mail');
        }
        var send = button(page.t('okr.admin.notifications.send-now'), function () {
            clearErrors(container);
            send.disabled = true;
            result.textContent = page.t('okr.admin.notifications.sending');
            request(page, 'POST', '/admin/notifications/run', {}).then(function (run) {
                send.disabled = false;
                run = run || {};
                showMail(Boolean(run.mailAvailable));
                var reminders = run.reminders || {};
                result.textContent = run.mailAvailable
                    ? page.t('okr.admin.notifications.sent') + ' ' + (Number(reminders.sent) || 0) + '; '
                        + page.t('okr.admin.notifications.already-sent') + ' ' + (Number(reminders.alreadySent) || 0)
                        + '; ' + page.t('okr.admin.notifications.turned-off') + ' ' + (Number(reminders.turnedOff) || 0)
                        + '; ' + page.t('okr.admin.notifications.unreachable') + ' '
                        + (Number(reminders.unreachable) || 0) + '.'
                        + (reminders.complete ? '' : ' ' + page.t('okr.admin.notifications.stopped'))
                    : page.t('okr.admin.notifications.waiting');
            }).catch(function (failure) {
                send.disabled = false;
                result.textContent = '';
                showError(page, container, failure);
            });
        }, 'aui-button-primary');
        request(page, 'GET', '/admin/notifications').then(function (status) {
            clear(container);
            showMail(Boolean(status && status.mailAvailable));
            container.appendChild(mailState);
            container.appendChild(el('div', {'class': 'buttons-container'}, [send]));
            container.appendChild(result);
        }).catch(function (failure) {
            clear(container);
            container.appendChild(el('div', {'class': 'buttons-container'}, [send]));
            container.appendChild(result);
            showError(page, container, failure);
        });
    }

    function poll(page, id, progress, state, finished, failed) {
        request(page, 'GET', '/admin/recalculate/' + encodeURIComponent(id)).then(function (job) {
            job = job || {};
            var done = Number(job.done) || 0;
            var total = Number(job.total) || 0;
            var phase = job.phase ? String(job.phase) : '';
            progress.max = total > 0 ? total : 1;
            progress.value = total > 0 ? Math.min(done, total) : 0;
            state.textContent = page.t('okr.admin.recalculate.phase') + ' ' + phase + ' \u2014 ' + done + ' / ' + total;
            if (TERMINAL_PHASES.indexOf(phase) >= 0) {
                announce(page, phase === 'FAILED' || (job.failures || []).length
                    ? 'okr.admin.recalculate.failed' : 'okr.admin.recalculate.done');
                finished();
                return;
            }
            window.setTimeout(function () {
                poll(page, id, progress, state, finished, failed);
            }, 1000);
        }, failed);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
