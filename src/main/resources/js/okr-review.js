/*
 * OKR Scorecard review page: a cycle's review from GET /cycles/{id}/review (the cycle from the page's ?cycle=), drawn
 * with okr-dom.js (textContent only, never innerHTML): the cycle's dates and state with Close / Re-open (the lead's
 * POST /cycles/{id}/close and /reopen, re-opening asks for a reason), per perspective its grade, per objective its
 * progress, grade and retrospective (an editor for its owner and reviewers), per key result its progress and grade
 * (an input with a comment for whoever may grade it) and its grade history on demand; grades coloured on the admin's
 * scale; the CSV export; and the carry-forward section, drawn by window.OkrCarryForward when that script is loaded.
 * Every write reloads the review, so the objective's and perspective's grades follow at once.
 */
(function (window, document) {
    'use strict';

    var dom = window.okrScorecard.dom;
    var el = dom.el;
    var clear = dom.clear;

    function start() {
        var root = document.getElementById('okr-review');
        if (!root) {
            return;
        }
        var texts = dom.parseTexts(root.getAttribute('data-i18n'));
        var t = function (key) {
            return Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
        };
        var format = function (key) {
            var args = Array.prototype.slice.call(arguments, 1);
            return t(key).replace(/\{(\d+)\}/g, function (match, index) {
                return args[index] === undefined ? match : String(args[index]);
            });
        };
        var base = root.getAttribute('data-rest-base') || '';
        var header = document.getElementById('okr-review-header');
        var body = document.getElementById('okr-review-body');
        var status = document.getElementById('okr-review-status');
        var cycleId = new window.URLSearchParams(window.location.search).get('cycle') || '';
        var cycleUrl = base + '/cycles/' + encodeURIComponent(cycleId);

        function failureText(failure) {
            if (failure && failure.status === 401) {
                return t('okr.review.error.login');
            }
            if (failure && failure.status > 0) {
                return failure.message || format('okr.review.error.http', failure.status);
            }
            return t('okr.review.error.network');
        }

        function percent(share) {
            return share === null || share === undefined ? t('okr.review.undefined') : Math.round(share * 100) + '%';
        }

        function gradeBadge(grade, colour, extra) {
            if (grade === null || grade === undefined) {
                return el('span', {'class': 'okr-review-grade okr-review-grade-none', text: t('okr.review.grade.none')});
            }
            return el('span', {
                'class': 'okr-review-grade okr-review-grade-' + String(colour || '').toLowerCase(),
                'data-grade': grade.toFixed(2),
                title: t('okr.review.grade.colour.' + String(colour || '').toLowerCase())
            }, [grade.toFixed(2), extra ? el('span', {'class': 'okr-review-grade-default', text: extra}) : null]);
        }

        function load(message) {
            dom.request('GET', cycleUrl + '/review').then(function (review) {
                draw(review);
                status.textContent = message || '';
            }).catch(function (failure) {
                clear(body);
                status.textContent = failureText(failure);
            });
        }

        function draw(review) {
            drawHeader(review);
            clear(body);
            var editable = review.state === 'IN_REVIEW';
            review.perspectives.forEach(function (perspective) {
                if (!perspective.objectives.length) {
                    return;
                }
                body.appendChild(el('section', {
                    'class': 'okr-review-perspective',
                    'data-perspective': perspective.perspective.key
                }, [
                    el('h2', {'class': 'okr-review-perspective-name'}, [
                        el('span', {
                            'class': 'okr-review-swatch',
                            style: 'background-color:' + safeColour(perspective.perspective.colour)
                        }),
                        perspective.perspective.name,
                        ' ',
                        el('span', {'class': 'okr-review-label', text: t('okr.review.perspective.grade')}),
                        gradeBadge(perspective.grade, perspective.gradeColour)
                    ])
                ].concat(perspective.objectives.map(function (objective) {
                    return objectiveCard(objective, editable);
                }))));
            });
            if (review.unassigned.length) {
                body.appendChild(el('section', {'class': 'okr-review-perspective', 'data-perspective': ''}, [
                    el('h2', {text: t('okr.review.unassigned')})
                ].concat(review.unassigned.map(function (objective) {
                    return objectiveCard(objective, editable);
                }))));
            }
            if (review.hiddenObjectives > 0) {
                body.appendChild(el('p', {
                    'class': 'okr-review-note',
                    text: format('okr.review.hidden', review.hiddenObjectives)
                }));
            }
            var carry = document.getElementById('okr-review-carry-forward');
            if (carry && window.OkrCarryForward && typeof window.OkrCarryForward.render === 'function') {
                window.OkrCarryForward.render(carry, review.cycle.id);
            }
        }

        function safeColour(colour) {
            return /^#[0-9A-Fa-f]{6}$/.test(colour || '') ? colour : '#DFE1E6';
        }

        function drawHeader(review) {
            clear(header);
            var cycle = review.cycle;
            var actions = [];
            if (review.mayClose && review.state === 'IN_REVIEW') {
                var close = el('button', {
                    type: 'button',
                    id: 'okr-review-close',
                    'class': 'aui-button aui-button-primary',
                    text: t('okr.review.close')
                });
                close.addEventListener('click', function () {
                    close.disabled = true;
                    dom.request('POST', cycleUrl + '/close', {}).then(function () {
                        load(t('okr.review.closed'));
                    }).catch(function (failure) {
                        close.disabled = false;
                        status.textContent = failureText(failure);
                    });
                });
                actions.push(close);
            }
            if (review.mayClose && review.state === 'CLOSED') {
                actions.push(reopenForm());
            }
            actions.push(el('a', {
                id: 'okr-review-csv',
                'class': 'aui-button aui-button-link',
                href: cycleUrl + '/review.csv',
                text: t('okr.review.export.csv')
            }));
            header.appendChild(el('div', {'class': 'okr-review-cycle'}, [
                el('h2', {'class': 'okr-review-cycle-name', text: cycle.name || cycle.id}),
                el('span', {'class': 'okr-review-dates', text: format('okr.review.dates', cycle.start, cycle.end)}),
                el('span', {
                    id: 'okr-review-state',
                    'class': 'aui-lozenge okr-review-state okr-review-state-' + review.state.toLowerCase(),
                    'data-state': review.state,
                    text: t('okr.review.state.' + review.state.toLowerCase())
                })
            ]));
            header.appendChild(el('p', {
                'class': 'okr-review-scale',
                text: format('okr.review.scale', review.scale.amberFrom.toFixed(2), review.scale.greenFrom.toFixed(2))
            }));
            header.appendChild(el('div', {'class': 'buttons-container okr-review-actions'}, actions));
        }

        function reopenForm() {
            var reason = el('input', {
                type: 'text',
                id: 'okr-review-reopen-reason',
                'class': 'text',
                'data-field': 'reason',
                maxlength: '1000',
                placeholder: t('okr.review.reopen.reason'),
                'aria-label': t('okr.review.reopen.reason')
            });
            var reopen = el('button', {
                type: 'button',
                id: 'okr-review-reopen',
                'class': 'aui-button',
                text: t('okr.review.reopen')
            });
            reopen.addEventListener('click', function () {
                if (!reason.value.trim()) {
                    status.textContent = t('okr.review.reopen.reason.required');
                    reason.focus();
                    return;
                }
                reopen.disabled = true;
                dom.request('POST', cycleUrl + '/reopen', {reason: reason.value}).then(function () {
                    load(t('okr.review.reopened'));
                }).catch(function (failure) {
                    reopen.disabled = false;
                    status.textContent = failureText(failure);
                });
            });
            return el('span', {'class': 'okr-review-reopen'}, [reason, reopen]);
        }

        function objectiveCard(review, editable) {
            var objective = review.objective;
            var rows = review.keyResults.map(function (kr) {
                return keyResultRow(kr, editable);
            });
            return el('article', {'class': 'okr-review-objective', 'data-objective': objective.key}, [
                el('h3', {'class': 'okr-review-objective-title'}, [
                    el('span', {'class': 'okr-review-key', text: objective.key}),
                    ' ',
                    objective.summary
                ]),
                el('p', {'class': 'okr-review-objective-numbers'}, [
                    objective.ownerName ? format('okr.review.owner', objective.ownerName) + ' · ' : '',
                    format('okr.review.progress', percent(objective.progress)),
                    ' · ',
                    el('span', {'class': 'okr-review-label', text: t('okr.review.objective.grade')}),
                    el('span', {'class': 'okr-review-objective-grade'}, [gradeBadge(review.grade, review.gradeColour)])
                ]),
                el('table', {'class': 'aui okr-review-key-results'}, [
                    el('thead', {}, [el('tr', {}, [
                        el('th', {text: t('okr.review.kr')}),
                        el('th', {text: t('okr.review.kr.progress')}),
                        el('th', {text: t('okr.review.kr.grade')}),
                        el('th', {text: t('okr.review.kr.actions')})
                    ])]),
                    el('tbody', {}, rows.length ? rows : [el('tr', {}, [
                        el('td', {colspan: '4', text: t('okr.review.kr.none')})
                    ])])
                ]),
                retrospective(objective.key, review.retrospective, editable && review.mayWriteRetrospective)
            ]);
        }

        function keyResultRow(review, editable) {
            var kr = review.keyResult;
            var history = el('div', {'class': 'okr-review-history', hidden: 'hidden'});
            var historyButton = el('button', {
                type: 'button',
                'class': 'aui-button aui-button-link okr-review-history-toggle',
                text: t('okr.review.history')
            });
            historyButton.addEventListener('click', function () {
                if (!history.hidden) {
                    history.hidden = true;
                    return;
                }
                dom.request('GET', cycleUrl + '/key-results/' + encodeURIComponent(kr.key) + '/grade-history')
                    .then(function (changes) {
                        clear(history);
                        history.appendChild(changes.length
                            ? el('ul', {}, changes.map(function (change) {
                                return el('li', {}, [format(
                                    'okr.review.history.change',
                                    change.actorName,
                                    new Date(change.at).toLocaleString(),
                                    change.before === null ? t('okr.review.grade.none') : change.before.toFixed(2),
                                    change.grade.toFixed(2)
                                ), change.comment ? el('q', {text: change.comment}) : null]);
                            }))
                            : el('p', {text: t('okr.review.history.none')}));
                        history.hidden = false;
                    }).catch(function (failure) {
                        status.textContent = failureText(failure);
                    });
            });
            var gradeCell = [gradeBadge(review.grade, review.gradeColour,
                review.defaultGrade ? t('okr.review.grade.default') : '')];
            if (review.comment) {
                gradeCell.push(el('div', {'class': 'okr-review-comment'}, [
                    format('okr.review.grade.by', review.gradedByName || ''),
                    ' ',
                    el('q', {text: review.comment})
                ]));
            }
            var actions = [historyButton];
            if (editable && review.mayGrade) {
                actions.unshift(gradeForm(kr, review));
            }
            return el('tr', {'class': 'okr-review-kr', 'data-key-result': kr.key}, [
                el('td', {}, [el('span', {'class': 'okr-review-key', text: kr.key}), ' ', kr.summary]),
                el('td', {text: percent(kr.progress)}),
                el('td', {'class': 'okr-review-kr-grade'}, gradeCell),
                el('td', {}, actions.concat([history]))
            ]);
        }

        function gradeForm(kr, review) {
            var input = el('input', {
                type: 'number',
                min: '0',
                max: '1',
                step: '0.01',
                'class': 'text short-field okr-review-grade-input',
                'data-field': 'grading.grade',
                'aria-label': format('okr.review.grade.label', kr.key),
                value: review.grade === null ? '' : review.grade.toFixed(2)
            });
            var comment = el('input', {
                type: 'text',
                maxlength: '1000',
                'class': 'text okr-review-grade-comment',
                'data-field': 'grading.comment',
                placeholder: t('okr.review.grade.comment'),
                'aria-label': t('okr.review.grade.comment')
            });
            var save = el('button', {
                type: 'button',
                'class': 'aui-button okr-review-grade-save',
                text: t('okr.review.grade.save')
            });
            save.addEventListener('click', function () {
                var text = input.value.trim();
                var number = Number(text);
                save.disabled = true;
                dom.request('PUT', cycleUrl + '/key-results/' + encodeURIComponent(kr.key) + '/grade', {
                    grade: text === '' ? null : (isNaN(number) ? text : number),
                    comment: comment.value
                }).then(function () {
                    load(format('okr.review.grade.saved', kr.key));
                }).catch(function (failure) {
                    save.disabled = false;
                    status.textContent = failureText(failure);
                });
            });
            return el('span', {'class': 'okr-review-grade-form'}, [input, comment, save]);
        }

        function retrospective(objectiveKey, note, editable) {
            var parts = [el('h4', {text: t('okr.review.retro.title')})];
            if (editable) {
                var learned = el('textarea', {
                    'class': 'textarea okr-review-retro-learned',
                    'data-field': 'retrospective.learned',
                    maxlength: '4000',
                    rows: '3',
                    'aria-label': t('okr.review.retro.learned')
                });
                learned.value = note.learned || '';
                var change = el('textarea', {
                    'class': 'textarea okr-review-retro-change',
                    'data-field': 'retrospective.change',
                    maxlength: '4000',
                    rows: '3',
                    'aria-label': t('okr.review.retro.change')
                });
                change.value = note.change || '';
                var save = el('button', {
                    type: 'button',
                    'class': 'aui-button okr-review-retro-save',
                    text: t('okr.review.retro.save')
                });
                save.addEventListener('click', function () {
                    save.disabled = true;
                    dom.request('PUT', cycleUrl + '/objectives/' + encodeURIComponent(objectiveKey) + '/retrospective', {
                        learned: learned.value,
                        change: change.value
                    }).then(function () {
                        load(format('okr.review.retro.saved', objectiveKey));
                    }).catch(function (failure) {
                        save.disabled = false;
                        status.textContent = failureText(failure);
                    });
                });
                parts.push(el('label', {text: t('okr.review.retro.learned')}), learned,
                    el('label', {text: t('okr.review.retro.change')}), change,
                    el('div', {'class': 'buttons-container'}, [save]));
            } else {
                parts.push(
                    el('p', {'class': 'okr-review-retro-learned-text'}, [
                        el('strong', {text: t('okr.review.retro.learned') + ' '}),
                        note.learned || t('okr.review.retro.empty')
                    ]),
                    el('p', {'class': 'okr-review-retro-change-text'}, [
                        el('strong', {text: t('okr.review.retro.change') + ' '}),
                        note.change || t('okr.review.retro.empty')
                    ]));
            }
            if (note.authorName) {
                parts.push(el('p', {
                    'class': 'okr-review-note',
                    text: format('okr.review.retro.by', note.authorName, new Date(note.at).toLocaleString())
                }));
            }
            return el('div', {'class': 'okr-review-retro'}, parts);
        }

        if (!cycleId) {
            clear(body);
            status.textContent = t('okr.review.error.no-cycle');
            return;
        }
        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
