// The drawing pad: pointer input (mouse, touch, pen), smooth round strokes, undo and clear, and a throttled,
// one-at-a-time hand-off of the ink to .NET as a small PNG (cropped to the ink, at most options.exportSide pixels:
// a few KB, far below SignalR's 32 KB message limit; the server refuses larger ink).

const ReferenceSide = 280;      // stroke widths are given in pixels of a 280 px pad, whatever its real size
const ThrottleMs = 120;         // answers while drawing, at most about eight a second
const PadBackground = "#111";
const ExportBackground = "#000";  // the model's own look: white ink on black
const Ink = "#fff";

export function createDrawingPad(canvas, dotNet, options) {
    const strokes = [];         // each { width, points: [{ x, y }] } in 0..1 of the pad's side
    let active = null;
    let strokeWidth = options.strokeWidth / ReferenceSide;
    let inFlight = false;
    let dirty = false;
    let timer = 0;
    let lastSent = 0;
    let redrawQueued = false;
    let disposed = false;
    const context = canvas.getContext("2d");

    function pointOf(event) {
        const box = canvas.getBoundingClientRect();
        const side = box.width || 1;
        return { x: (event.clientX - box.left) / side, y: (event.clientY - box.top) / (box.height || side) };
    }

    function onPointerDown(event) {
        if (!event.isPrimary || (event.pointerType === "mouse" && event.button !== 0)) {
            return;
        }
        event.preventDefault();
        canvas.setPointerCapture(event.pointerId);
        active = { id: event.pointerId, stroke: { width: strokeWidth, points: [pointOf(event)] } };
        strokes.push(active.stroke);
        queueRedraw();
        inkChanged(false);
    }

    function onPointerMove(event) {
        if (!active || event.pointerId !== active.id) {
            return;
        }
        const events = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
        for (const e of events.length ? events : [event]) {
            active.stroke.points.push(pointOf(e));
        }
        queueRedraw();
        inkChanged(false);
    }

    function onPointerUp(event) {
        if (!active || event.pointerId !== active.id) {
            return;
        }
        active = null;
        inkChanged(true);
    }

    function onKeyDown(event) {
        // Leave keys alone while the user types or works a drop-down.
        if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable], .mud-popover")) {
            return;
        }
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
            event.preventDefault();
            undo();
        } else if (event.key === "Delete" || event.key === "Escape") {
            if (strokes.length) {
                event.preventDefault();
                clear();
                dotNet.invokeMethodAsync("OnCleared").catch(() => { });
            }
        }
    }

    function queueRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            requestAnimationFrame(() => { redrawQueued = false; redraw(); });
        }
    }

    function redraw() {
        const side = Math.round(canvas.clientWidth * (window.devicePixelRatio || 1));
        if (side > 0 && (canvas.width !== side || canvas.height !== side)) {
            canvas.width = side;
            canvas.height = side;
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.fillStyle = PadBackground;
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.setTransform(canvas.width, 0, 0, canvas.height, 0, 0);
        paint(context, strokes);
    }

    // data-pending says whether an answer for the latest ink is still to come (for browser tests and measurements).
    function setPending(pending) {
        canvas.dataset.pending = String(pending);
    }

    function inkChanged(final) {
        setPending(true);
        if (inFlight) {
            dirty = true;
            return;
        }
        clearTimeout(timer);
        const wait = final ? 0 : Math.max(0, lastSent + ThrottleMs - performance.now());
        timer = setTimeout(send, wait);
    }

    async function send() {
        timer = 0;
        if (disposed || strokes.length === 0) {
            setPending(false);
            return;
        }
        inFlight = true;
        dirty = false;
        lastSent = performance.now();
        try {
            const png = encodeInk(strokes, options.exportSide);
            canvas.dataset.inkBytes = String(png.length);    // lets browser tests check the payload stays small
            if (png.length > options.streamAboveBytes) {
                await dotNet.invokeMethodAsync("OnInkStreamed", DotNet.createJSStreamReference(png));
            } else {
                await dotNet.invokeMethodAsync("OnInk", png);
            }
        } catch (error) {
            if (!disposed) {
                console.error("The drawing could not be sent for recognition.", error);
            }
        } finally {
            inFlight = false;
        }
        if (dirty && !disposed) {
            inkChanged(active === null);
        } else {
            setPending(false);
        }
    }

    function undo() {
        if (active || strokes.length === 0) {
            return;
        }
        strokes.pop();
        queueRedraw();
        if (strokes.length) {
            inkChanged(true);
        } else {
            clearTimeout(timer);
            dirty = false;
            setPending(inFlight);
            dotNet.invokeMethodAsync("OnCleared").catch(() => { });
        }
    }

    function clear() {
        strokes.length = 0;
        active = null;
        clearTimeout(timer);
        dirty = false;
        setPending(inFlight);
        queueRedraw();
    }

    const resizeObserver = new ResizeObserver(queueRedraw);
    canvas.addEventListener("pointerdown", onPointerDown);
    canvas.addEventListener("pointermove", onPointerMove);
    canvas.addEventListener("pointerup", onPointerUp);
    canvas.addEventListener("pointercancel", onPointerUp);
    document.addEventListener("keydown", onKeyDown);
    resizeObserver.observe(canvas);
    redraw();
    canvas.dataset.ready = "true";                          // input is handled from here on

    return {
        undo,
        clear,
        setStrokeWidth: width => { strokeWidth = width / ReferenceSide; },
        dispose: () => {
            disposed = true;
            delete canvas.dataset.ready;
            clearTimeout(timer);
            resizeObserver.disconnect();
            canvas.removeEventListener("pointerdown", onPointerDown);
            canvas.removeEventListener("pointermove", onPointerMove);
            canvas.removeEventListener("pointerup", onPointerUp);
            canvas.removeEventListener("pointercancel", onPointerUp);
            document.removeEventListener("keydown", onKeyDown);
        },
    };
}

// Strokes as smooth round paths: quadratic curves through the midpoints of successive points.
function paint(context, strokes) {
    context.strokeStyle = Ink;
    context.fillStyle = Ink;
    context.lineCap = "round";
    context.lineJoin = "round";
    for (const { width, points } of strokes) {
        context.lineWidth = width;
        if (points.length === 1) {
            context.beginPath();
            context.arc(points[0].x, points[0].y, width / 2, 0, 2 * Math.PI);
            context.fill();
            continue;
        }
        context.beginPath();
        context.moveTo(points[0].x, points[0].y);
        for (let i = 1; i < points.length - 1; i++) {
            const midX = (points[i].x + points[i + 1].x) / 2;
            const midY = (points[i].y + points[i + 1].y) / 2;
            context.quadraticCurveTo(points[i].x, points[i].y, midX, midY);
        }
        const last = points[points.length - 1];
        context.lineTo(last.x, last.y);
        context.stroke();
    }
}

// Re-renders the strokes, white on black, cropped to the ink with a margin and scaled down to at most
// exportSide pixels, on an offscreen canvas; toDataURL is synchronous (toBlob waits for idle time).
function encodeInk(strokes, exportSide) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const { width, points } of strokes) {
        for (const p of points) {
            minX = Math.min(minX, p.x - width / 2);
            minY = Math.min(minY, p.y - width / 2);
            maxX = Math.max(maxX, p.x + width / 2);
            maxY = Math.max(maxY, p.y + width / 2);
        }
    }
    const inkSide = Math.max(maxX - minX, maxY - minY);
    const margin = Math.max(inkSide * 0.15, 4 / ReferenceSide);
    const left = minX - margin, top = minY - margin;
    const width = maxX - minX + 2 * margin, height = maxY - minY + 2 * margin;
    const scale = Math.min(ReferenceSide, exportSide / Math.max(width, height));
    const offscreen = document.createElement("canvas");
    offscreen.width = Math.max(1, Math.ceil(width * scale));
    offscreen.height = Math.max(1, Math.ceil(height * scale));
    const context = offscreen.getContext("2d");
    context.fillStyle = ExportBackground;
    context.fillRect(0, 0, offscreen.width, offscreen.height);
    context.setTransform(scale, 0, 0, scale, -left * scale, -top * scale);
    paint(context, strokes);
    return dataUrlBytes(offscreen.toDataURL("image/png"));
}

function dataUrlBytes(dataUrl) {
    const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}
