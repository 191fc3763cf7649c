/*
 * Harbour portal shell behaviour, loaded by the layout on every page (no inline script: the
 * Content-Security-Policy allows only the portal's own files).
 * - The navigation folds behind the Menu button on narrow screens (the class hb-js tells the
 *   stylesheet that the button works; without script the navigation stays open).
 * - The error summary takes focus when shown, and its links move focus to their field.
 * - Tables reflow into one card per row on narrow screens: each cell is labelled with its column.
 * - Folded sections (details) marked data-remember keep their state when the page reloads.
 * - After a partial update, focus returns to the control that started it if that was replaced.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('hb-js');

    function navigation() {
        var toggle = document.getElementById('nav-toggle');
        var nav = document.getElementById('main-nav');
        if (!toggle || !nav || toggle.dataset.bound) {
            return;
        }
        toggle.dataset.bound = 'true';
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            nav.classList.toggle('hb-nav-open', open);
            if (open) {
                var first = nav.querySelector('a');
                if (first) {
                    first.focus();
                }
            }
        });
        nav.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
                toggle.setAttribute('aria-expanded', 'false');
                nav.classList.remove('hb-nav-open');
                toggle.focus();
            }
        });
    }

    /** The element a summary link should focus: the field itself, or the input inside a composite component. */
    function focusable(id) {
        var target = document.getElementById(id) || document.getElementById(id + '_input');
        if (target && !target.matches('input, select, textarea, button, a, [tabindex]')) {
            target = target.querySelector('input:not([type=hidden]), select, textarea, button') || target;
        }
        return target;
    }

    function errorSummary() {
        var summary = document.getElementById('error-summary');
        if (!summary || summary.dataset.bound) {
            return;
        }
        summary.dataset.bound = 'true';
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[data-field]');
            if (!link) {
                return;
            }
            var target = focusable(link.dataset.field);
            if (target) {
                event.preventDefault();
                var label = document.querySelector('label[for="' + CSS.escape(target.id) + '"]');
                (label || target).scrollIntoView({block: 'center'});
                target.focus({preventScroll: true});
            }
        });
        summary.focus();
    }

    function reflowTables(root) {
        (root || document).querySelectorAll('table').forEach(function (table) {
            // A header of several rows (a column group over its columns) cannot label each cell from one row:
            // such a table stays whole, in its own scrolling region.
            if (table.closest('.hb-scroll, .hb-table-scroll, .hb-no-reflow') || !table.tHead || table.tHead.rows.length > 1) {
                return;
            }
            var headers = Array.prototype.map.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (cell) {
                var title = cell.querySelector('.ui-column-title');
                return (title || cell).textContent.trim();
            });
            Array.prototype.forEach.call(table.tBodies, function (body) {
                Array.prototype.forEach.call(body.rows, function (row) {
                    if (row.cells.length !== headers.length) {
                        return; // an empty-table message spanning the columns
                    }
                    Array.prototype.forEach.call(row.cells, function (cell, i) {
                        if (headers[i]) {
                            cell.setAttribute('data-label', headers[i]);
                        }
                    });
                });
            });
            table.classList.add('hb-reflow');
        });
    }

    var lastActive = null;
    document.addEventListener('click', function (event) {
        if (event.target.closest('.ui-dialog')) {
            return; // a confirmation's answer: focus goes back to the control that asked it
        }
        var control = event.target.closest('button[id], input[id], a[id]');
        lastActive = control ? control.id : null;
    }, true);

    function refocus() {
        // After the update and after any dialog has closed and handed focus back.
        window.setTimeout(function () {
            var active = document.activeElement;
            if (lastActive && (!active || active === document.body || !active.isConnected)) {
                var again = document.getElementById(lastActive);
                if (again) {
                    again.focus();
                }
            }
        }, 50);
    }

    /** Folded sections marked data-remember stay open or closed across the page's reloads (e.g. after a save). */
    function rememberFolds() {
        document.querySelectorAll('details[data-remember][id]').forEach(function (details) {
            var key = 'hb-open:' + location.pathname + ':' + details.id;
            try {
                if (sessionStorage.getItem(key) === 'true') {
                    details.open = true;
                }
                details.addEventListener('toggle', function () {
                    sessionStorage.setItem(key, details.open ? 'true' : 'false');
                });
            } catch (e) {
                // storage refused by the browser: sections simply start folded
            }
        });
    }

    function ready() {
        rememberFolds();
        navigation();
        errorSummary();
        reflowTables();
    }

    document.addEventListener('DOMContentLoaded', function () {
        ready();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                errorSummary();
                reflowTables();
                refocus();
            });
        }
    });
}());
