/*
 * OKR Scorecard's browser helpers, shared by the admin page, the issue panel and the dashboard item: their
 * web-resources depend on okr-common-resources, which serves this file, so Jira loads it before them. It defines one
 * global, window.okrScorecard.dom, and has no text of its own: each page words failures in its own texts.
 *
 * The DOM is built with createElement/createElementNS and textContent only: no data ever reaches an HTML parser.
 * Requests send JSON with Content-Type application/json, which Jira's XSRF protection accepts only from same-origin
 * scripts; a failed request rejects with {status, field, message}: the server's field and message, or null, and status
 * 0 when the server could not be reached.
 */
(function (window, document) {
    'use strict';

    var SVG_NS = 'http://www.w3.org/2000/svg';

    /**
     * Sets attributes (text: the text content; value and checked: the properties; true: a boolean attribute; null,
     * undefined and false: none) and appends children (strings as text; null, undefined and false: none).
     */
    function fill(node, attributes, children) {
        var name;
        for (name in attributes || {}) {
            if (Object.prototype.hasOwnProperty.call(attributes, name)) {
                var value = attributes[name];
                if (value === null || value === undefined || value === false) {
                    continue;
                }
                if (name === 'text') {
                    node.textContent = String(value);
                } else if (name === 'value') {
                    node.value = String(value);
                } else if (name === 'checked') {
                    node.checked = true;
                } else {
                    node.setAttribute(name, value === true ? name : String(value));
                }
            }
        }
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined && child !== false) {
                node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            }
        });
        return node;
    }

    function el(tag, attributes, children) {
        return fill(document.createElement(tag), attributes, children);
    }

    function svg(tag, attributes, children) {
        return fill(document.createElementNS(SVG_NS, tag), attributes, children);
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    /** The texts the server rendered into a data attribute as a JSON object; none when it is not JSON. */
    function parseTexts(json) {
        try {
            return JSON.parse(json || '{}');
        } catch (e) {
            return {};
        }
    }

    /**
     * The input in container whose data-field names a REST field such as "perspectives[1].weight", or the closest one
     * for a prefix of it; null when there is none.
     */
    function findField(container, field) {
        var candidates = Array.prototype.slice.call(container.querySelectorAll('[data-field]'));
        var name = field;
        while (name) {
            for (var i = 0; i < candidates.length; i++) {
                if (candidates[i].getAttribute('data-field') === name) {
                    return candidates[i];
                }
            }
            var cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
            name = cut > 0 ? name.substring(0, cut) : null;
        }
        return null;
    }

    /** A same-origin request: resolves to the answer's JSON (null for an empty answer), rejects as described above. */
    function request(method, url, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return window.fetch(url, options).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (e) {
                    data = null;
                }
                if (!response.ok) {
                    var failure = data && typeof data === 'object' ? data : {};
                    throw {
                        status: response.status,
                        field: failure.field || null,
                        message: typeof failure.message === 'string' && failure.message ? failure.message : null
                    };
                }
                return data;
            });
        }, function () {
            throw {status: 0, field: null, message: null};
        });
    }

    /** The pattern with {0}, {1}… replaced by the arguments after it, as Jira's texts are written. */
    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    }

    /** Jira's context path (AJS), '' outside Jira or before AJS is there. */
    function contextPath() {
        var ajs = window.AJS;
        return ajs && typeof ajs.contextPath === 'function' ? String(ajs.contextPath() || '') : '';
    }

    window.okrScorecard = window.okrScorecard || {};
    window.okrScorecard.dom = {
        el: el,
        svg: svg,
        clear: clear,
        parseTexts: parseTexts,
        findField: findField,
        request: request,
        format: format,
        contextPath: contextPath
    };
}(window, document));
