/*
 * Pins and rectangles on a layer preview: the glue between our pages and Annotorious 3 (annotorious/annotorious.js,
 * which must load first, with annotorious/annotorious.css). Plain ES2017, no build step, no other library.
 *
 * Markup (WEB-INF/includes/annotator.xhtml writes it; no inline script is needed):
 *   <img src="..." data-annotations='[...]'   stored W3C Web Annotations, each with
 *                                              "gatehouse": {"number": 3, "resolved": false, "internal": false};
 *                                              drawn read-only, with their number as a badge
 *        data-editable="true"                 whether the user may add one ("false" or absent: only shows them)
 *        data-source="https://..."            optional: target.source of a new one (default: the image's address)
 *        data-target-input="form:json"        optional: id of a hidden input that gets the new one's W3C JSON
 *        data-comment-panel="form:panel"      optional: id of an element rendered with the hidden attribute; shown
 *                                              when a shape is drawn, its first textarea focused; a button in it
 *                                              with data-annotate-cancel (or Escape in it) removes the shape,
 *                                              empties the input and hides it again
 *        data-on-create="myFunction">         optional: window.myFunction(w3cAnnotation) when a shape is drawn
 *
 * GatehouseAnnotate.attachAll(root) attaches to every such img under root (default: the document), each once. It
 * runs on DOMContentLoaded and again whenever such an img enters the page (a MutationObserver), so a PrimeFaces Ajax
 * update that replaces the img needs nothing; calling it from oncomplete as well is harmless. Annotators whose img
 * left the page are destroyed then (Annotorious listens on the document for undo keys).
 *
 * GatehouseAnnotate.attach(img, {annotations, editable, source, onCreate, targetInput, commentPanel}) does the same
 * from script (targetInput and commentPanel: elements or ids) and returns
 * {annotator, pending(): the new annotation's W3C form or null, cancel(), destroy()}.
 *
 * Gestures: a click (no drag) places a pin, a square of 1% of the image's larger side centred on the click; a drag
 * draws a rectangle, which stays resizable until it is saved. Both are stored as plain FragmentSelectors
 * (xywh=pixel:x,y,w,h, whole pixels). One new shape at a time: drawing is off until it is saved or cancelled.
 * Annotorious' drawingMode 'drag' is used because 'click' would make a click start a rectangle (a second click ends
 * it), leaving no gesture for a pin; a drag-mode click draws nothing, so the click is ours. The polygon tool is not
 * offered: it also builds shapes from clicks.
 */
(function () {
    'use strict';

    const OPEN = '#1f6feb';
    const INTERNAL = '#d97706';
    const RESOLVED = '#6b7280';
    const NEW = '#7c3aed';
    /** A press that moves less than this (CSS pixels) is a click. */
    const CLICK_SLOP = 5;
    /** A drawn rectangle smaller than this on screen (CSS pixels, both sides) was meant as a click: it becomes a pin. */
    const TINY = 8;

    const attachments = new Map();
    const panels = new WeakMap();
    const guardedPanels = new WeakSet();

    function byId(elementOrId) {
        if (!elementOrId) {
            return null;
        }
        return typeof elementOrId === 'string' ? document.getElementById(elementOrId) : elementOrId;
    }

    function whenLoaded(img, fn) {
        if (img.complete && img.naturalWidth) {
            fn();
        } else {
            img.addEventListener('load', fn, { once: true });
        }
    }

    function boundsOf(annotation) {
        const selector = annotation.target && annotation.target.selector;
        return selector && selector.geometry && selector.geometry.bounds;
    }

    function pinSide(img) {
        return Math.max(4, Math.round(Math.max(img.naturalWidth, img.naturalHeight) / 100));
    }

    function isPinSized(img, annotation) {
        const b = boundsOf(annotation);
        const side = pinSide(img) + 1;
        return Boolean(b) && b.maxX - b.minX <= side && b.maxY - b.minY <= side;
    }

    /** Whole pixels inside the image: Media Fragments' xywh=pixel takes integers, Annotorious writes fractions. */
    function roundFragment(w3c, img) {
        const selector = w3c.target && w3c.target.selector;
        if (!selector || selector.type !== 'FragmentSelector') {
            return;
        }
        const match = /^xywh=pixel:([-\d.eE+]+),([-\d.eE+]+),([-\d.eE+]+),([-\d.eE+]+)$/.exec(selector.value);
        if (!match) {
            return;
        }
        const [x, y, w, h] = match.slice(1).map(Number);
        const maxX = img.naturalWidth || Infinity;
        const maxY = img.naturalHeight || Infinity;
        const x0 = Math.max(0, Math.floor(x));
        const y0 = Math.max(0, Math.floor(y));
        const x1 = Math.max(x0 + 1, Math.min(maxX, Math.ceil(x + w)));
        const y1 = Math.max(y0 + 1, Math.min(maxY, Math.ceil(y + h)));
        selector.value = 'xywh=pixel:' + x0 + ',' + y0 + ',' + (x1 - x0) + ',' + (y1 - y0);
    }

    function attach(img, options) {
        if (attachments.has(img)) {
            return attachments.get(img);
        }
        const A = window.Annotorious;
        if (!A || !A.createImageAnnotator) {
            console.error('GatehouseAnnotate: annotorious.js is not loaded');
            return null;
        }
        const opts = options || {};
        const editable = Boolean(opts.editable);
        const source = opts.source || img.currentSrc || img.src;
        const inputOf = () => byId(opts.targetInput);
        const panelOf = () => byId(opts.commentPanel);

        // {id, pin}: the one shape drawn and not yet saved
        let pending = null;
        // counts shapes Annotorious created, so a click that ended a drag does not also place a pin
        let created = 0;
        let nextIsPin = false;

        const annotator = A.createImageAnnotator(img, {
            adapter: A.W3CImageFormat(source),
            drawingEnabled: editable,
            drawingMode: 'drag',
            // stored ones are inert (no selecting, moving or resizing); a new rectangle may be adjusted until saved
            userSelectAction: (a) => pending && a.id === pending.id
                ? (pending.pin ? A.UserSelectAction.SELECT : A.UserSelectAction.EDIT)
                : A.UserSelectAction.NONE,
            style: (a, state) => {
                const g = a.gatehouse;
                const colour = !g ? NEW : g.resolved ? RESOLVED : g.internal ? INTERNAL : OPEN;
                const pin = img.naturalWidth && isPinSized(img, a);
                return {
                    stroke: colour,
                    strokeWidth: 2,
                    fill: colour,
                    fillOpacity: pin ? 0.7 : (state && state.selected ? 0.2 : 0.08)
                };
            },
            theme: 'light'
        });
        annotator.setDrawingTool('rectangle');
        const wrap = annotator.element;
        wrap.classList.add('gh-annotate');
        const store = annotator.state.store;

        function serialized(id) {
            const w3c = annotator.getAnnotationById(id);
            if (!w3c) {
                return null;
            }
            // Annotorious' anonymous guest: the server knows who is signed in
            if (w3c.creator && w3c.creator.isGuest) {
                delete w3c.creator;
            }
            roundFragment(w3c, img);
            return w3c;
        }

        function writeInput() {
            const input = inputOf();
            if (input) {
                input.value = pending ? JSON.stringify(serialized(pending.id)) : '';
            }
        }

        function renderBadges() {
            wrap.querySelectorAll('.gh-annotate-badge').forEach((badge) => badge.remove());
            const width = img.naturalWidth;
            const height = img.naturalHeight;
            if (!width || !height) {
                return;
            }
            store.all().forEach((a) => {
                const b = boundsOf(a);
                const g = a.gatehouse;
                const isNew = pending && a.id === pending.id;
                if (!b || (!isNew && (!g || g.number == null))) {
                    return;
                }
                const badge = document.createElement('span');
                badge.className = 'gh-annotate-badge';
                if (isNew) {
                    badge.classList.add('gh-new');
                    badge.textContent = 'New';
                } else {
                    badge.textContent = g.resolved ? g.number + ' \u2713' : String(g.number);
                    badge.classList.toggle('gh-resolved', Boolean(g.resolved));
                    badge.classList.toggle('gh-internal', Boolean(g.internal));
                }
                // the list beside the image is the accessible form; the badges only repeat its numbers
                badge.setAttribute('aria-hidden', 'true');
                badge.style.left = (b.minX / width * 100) + '%';
                badge.style.top = (b.minY / height * 100) + '%';
                wrap.appendChild(badge);
            });
        }

        function showPanel(focus) {
            const panel = panelOf();
            if (!panel) {
                return;
            }
            panel.hidden = false;
            if (!guardedPanels.has(panel)) {
                guardedPanels.add(panel);
                panel.addEventListener('keydown', (e) => {
                    if ((e.ctrlKey || e.metaKey) && /^[zy]$/i.test(e.key)) {
                        // Annotorious undoes on Ctrl+Z anywhere in the document: undoing a typo must not remove the shape
                        e.stopPropagation();
                    } else if (e.key === 'Escape') {
                        cancelFrom(panel);
                    }
                });
            }
            const field = panel.querySelector('textarea, input:not([type=hidden])');
            if (focus && field) {
                field.focus();
            }
        }

        function hidePanel() {
            const panel = panelOf();
            if (panel) {
                panel.hidden = true;
            }
        }

        function forget() {
            pending = null;
            writeInput();
            hidePanel();
            annotator.setDrawingEnabled(editable);
            renderBadges();
        }

        function settle(id) {
            if (!pending || pending.id !== id) {
                return;
            }
            const a = store.getAnnotation(id);
            const b = a && boundsOf(a);
            if (!b) {
                return;
            }
            const scale = img.getBoundingClientRect().width / (img.naturalWidth || 1);
            if (!pending.pin && (b.maxX - b.minX) * scale < TINY && (b.maxY - b.minY) * scale < TINY) {
                pending.pin = true;
                store.updateAnnotation(Object.assign({}, a, {
                    target: Object.assign({}, a.target, {
                        selector: pinShape((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2)
                    })
                }));
            }
            if (pending.pin) {
                annotator.setSelected(id, false);
            }
            annotator.setDrawingEnabled(false);
            writeInput();
            renderBadges();
            showPanel(true);
            const callback = opts.onCreate;
            if (typeof callback === 'function') {
                callback(serialized(id));
            }
        }

        function pinShape(cx, cy) {
            const side = pinSide(img);
            const x = Math.min(Math.max(0, Math.round(cx - side / 2)), Math.max(0, img.naturalWidth - side));
            const y = Math.min(Math.max(0, Math.round(cy - side / 2)), Math.max(0, img.naturalHeight - side));
            return {
                type: A.ShapeType.RECTANGLE,
                geometry: { x: x, y: y, w: side, h: side, rot: 0, bounds: { minX: x, minY: y, maxX: x + side, maxY: y + side } }
            };
        }

        store.observe((event) => {
            const changes = event.changes;
            if (event.origin === 'LOCAL') {
                (changes.created || []).forEach((a) => {
                    created += 1;
                    if (pending && pending.id !== a.id) {
                        annotator.removeAnnotation(pending.id);
                    }
                    // set now: Annotorious selects a drawn shape right after this and asks userSelectAction
                    pending = { id: a.id, pin: nextIsPin };
                    nextIsPin = false;
                    setTimeout(() => settle(a.id), 0);
                });
                if (pending && (changes.updated || []).some((u) => u.newValue.id === pending.id)) {
                    writeInput();
                    renderBadges();
                }
            }
            if (pending && (changes.deleted || []).some((a) => a.id === pending.id)) {
                forget();
            }
        });

        let down = null;
        // capture: Annotorious stops the pointerup that ends a drag on its own layer
        wrap.addEventListener('pointerdown', (e) => {
            down = e.isPrimary && e.button === 0 ? { x: e.clientX, y: e.clientY, created: created } : null;
        }, true);
        wrap.addEventListener('pointerup', (e) => {
            const start = down;
            down = null;
            if (!start || !editable || pending || !e.isPrimary || !img.naturalWidth) {
                return;
            }
            if (Math.abs(e.clientX - start.x) > CLICK_SLOP || Math.abs(e.clientY - start.y) > CLICK_SLOP) {
                return;
            }
            const r = img.getBoundingClientRect();
            if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) {
                return;
            }
            const cx = (e.clientX - r.left) / r.width * img.naturalWidth;
            const cy = (e.clientY - r.top) / r.height * img.naturalHeight;
            // after Annotorious has handled the same pointerup: if it drew a shape, that shape wins
            setTimeout(() => {
                if (created !== start.created || pending) {
                    return;
                }
                nextIsPin = true;
                store.addAnnotation({
                    bodies: [],
                    target: { selector: pinShape(cx, cy), creator: annotator.getUser(), created: new Date() }
                });
            }, 0);
        }, true);

        const panel = panelOf();
        if (panel) {
            panel.hidden = true;
        }
        annotator.setAnnotations(Array.isArray(opts.annotations) ? opts.annotations : [], true);

        whenLoaded(img, () => {
            // a save that failed validation renders the input with the shape again: show it and the comment box
            const input = inputOf();
            if (editable && input && input.value && !pending) {
                try {
                    const w3c = JSON.parse(input.value);
                    annotator.addAnnotation(w3c);
                    const restored = store.getAnnotation(w3c.id);
                    if (restored) {
                        pending = { id: restored.id, pin: isPinSized(img, restored) };
                        annotator.setDrawingEnabled(false);
                        showPanel(true);
                    }
                } catch (err) {
                    console.warn('GatehouseAnnotate: the new annotation could not be restored', err);
                    input.value = '';
                }
            }
            renderBadges();
        });

        const handle = {
            annotator: annotator,
            pending: () => (pending ? serialized(pending.id) : null),
            cancel: () => {
                if (pending) {
                    const id = pending.id;
                    forget();
                    annotator.removeAnnotation(id);
                }
            },
            destroy: () => {
                attachments.delete(img);
                try {
                    annotator.destroy();
                } catch (err) {
                    // its wrapper may already be gone with the page part an Ajax update replaced
                }
            }
        };
        attachments.set(img, handle);
        panels.set(handle, panelOf);
        return handle;
    }

    function optionsFrom(img) {
        let annotations = [];
        try {
            annotations = JSON.parse(img.getAttribute('data-annotations') || '[]');
        } catch (err) {
            console.error('GatehouseAnnotate: data-annotations is not JSON', img, err);
        }
        const callbackName = img.getAttribute('data-on-create');
        return {
            annotations: annotations,
            editable: img.getAttribute('data-editable') === 'true',
            source: img.getAttribute('data-source') || undefined,
            targetInput: img.getAttribute('data-target-input') || undefined,
            commentPanel: img.getAttribute('data-comment-panel') || undefined,
            onCreate: callbackName
                ? (w3c) => {
                    const fn = window[callbackName];
                    if (typeof fn === 'function') {
                        fn(w3c);
                    } else {
                        console.error('GatehouseAnnotate: no function window.' + callbackName);
                    }
                }
                : undefined
        };
    }

    function sweep() {
        Array.from(attachments.keys()).forEach((img) => {
            if (!img.isConnected) {
                attachments.get(img).destroy();
            }
        });
    }

    function attachAll(root) {
        sweep();
        const scope = root || document;
        const images = Array.from(scope.querySelectorAll ? scope.querySelectorAll('img[data-annotations]') : []);
        if (scope.matches && scope.matches('img[data-annotations]')) {
            images.unshift(scope);
        }
        return images.map((img) => attach(img, optionsFrom(img))).filter(Boolean);
    }

    /** Cancels the new shape of the image whose comment box holds this element. */
    function cancelFrom(element) {
        attachments.forEach((handle, img) => {
            const panel = panels.get(handle)();
            if (panel && panel.contains(element)) {
                handle.cancel();
                const layer = img.parentNode && img.parentNode.querySelector('svg');
                if (layer) {
                    layer.focus();
                }
            }
        });
    }

    // one listener for every comment box, whichever image it belongs to
    document.addEventListener('click', (e) => {
        const button = e.target.closest && e.target.closest('[data-annotate-cancel]');
        if (button) {
            cancelFrom(button);
        }
    });

    function start() {
        attachAll(document);
        // started after the page is parsed: an img found mid-parse could precede its input and comment box
        new MutationObserver((records) => {
            let removed = false;
            records.forEach((record) => {
                removed = removed || record.removedNodes.length > 0;
                record.addedNodes.forEach((node) => {
                    if (node.nodeType === 1) {
                        attachAll(node);
                    }
                });
            });
            if (removed) {
                sweep();
            }
        }).observe(document.documentElement, { childList: true, subtree: true });
    }

    window.GatehouseAnnotate = { attach: attach, attachAll: attachAll };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
