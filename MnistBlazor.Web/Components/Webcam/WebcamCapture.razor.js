// The webcam: opens a camera, keeps the square region of interest outlined over the video, and sends that
// region, downscaled, to .NET a few times a second: at most one frame in flight and at most ~10 a second.

const FrameIntervalMs = 100;    // at most ten frames a second
const RoiShare = 0.6;           // the region of interest is this share of the video's shorter side
export function createWebcam(video, roi, dotNet, options) {
    const sentSide = options.frameSide;     // the region goes as a JPEG of a few KB; the server refuses larger frames
    let stream = null;
    let generation = 0;         // a stop or restart ends the frame loop of the previous start
    const frame = document.createElement("canvas");
    frame.width = sentSide;
    frame.height = sentSide;
    const context = frame.getContext("2d", { willReadFrequently: false });

    function placeRoi() {
        const width = video.clientWidth, height = video.clientHeight;
        if (!video.videoWidth || !width) {
            roi.style.display = "none";
            return;
        }
        // The video is shown with object-fit: contain; find the picture's box inside the element.
        const scale = Math.min(width / video.videoWidth, height / video.videoHeight);
        const side = Math.min(video.videoWidth, video.videoHeight) * RoiShare * scale;
        roi.style.display = "block";
        roi.style.width = `${side}px`;
        roi.style.height = `${side}px`;
        roi.style.left = `${(width - side) / 2}px`;
        roi.style.top = `${(height - side) / 2}px`;
    }

    function grab() {
        const side = Math.min(video.videoWidth, video.videoHeight) * RoiShare;
        const x = (video.videoWidth - side) / 2, y = (video.videoHeight - side) / 2;
        context.drawImage(video, x, y, side, side, 0, 0, sentSide, sentSide);
        const dataUrl = frame.toDataURL("image/jpeg", 0.9);
        const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes;
    }

    async function frames(token) {
        while (token === generation) {
            const started = performance.now();
            if (video.readyState >= 2 && video.videoWidth > 0) {
                try {
                    await dotNet.invokeMethodAsync("OnFrame", grab());
                } catch (error) {
                    if (token === generation) {
                        console.error("A webcam frame could not be recognized.", error);
                    }
                }
            }
            const wait = Math.max(0, FrameIntervalMs - (performance.now() - started));
            await new Promise(resolve => setTimeout(resolve, wait));
        }
    }

    function stop() {
        generation++;
        if (stream) {
            for (const track of stream.getTracks()) {
                track.onended = null;
                track.stop();
            }
            stream = null;
        }
        video.srcObject = null;
        roi.style.display = "none";
    }

    async function start(deviceId) {
        stop();
        const token = generation;
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            return { error: "Unsupported", message: "navigator.mediaDevices is not available", cameras: [], deviceId: null };
        }
        let opened;
        try {
            opened = await navigator.mediaDevices.getUserMedia({
                audio: false,
                video: deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: "environment" } },
            });
        } catch (error) {
            return { error: error.name || "Error", message: error.message || String(error), cameras: [], deviceId: null };
        }
        if (token !== generation) {
            opened.getTracks().forEach(track => track.stop());   // stopped while permission was being asked
            return { error: "Stopped", message: "stopped before the camera opened", cameras: [], deviceId: null };
        }
        stream = opened;
        const track = stream.getVideoTracks()[0];
        track.onended = () => {
            stop();
            dotNet.invokeMethodAsync("OnCameraLost").catch(() => { });
        };
        video.srcObject = stream;
        await video.play().catch(() => { });
        placeRoi();
        const devices = await navigator.mediaDevices.enumerateDevices();
        const cameras = devices.filter(d => d.kind === "videoinput")
            .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
        frames(token);
        return { error: null, message: null, cameras, deviceId: track.getSettings().deviceId || null };
    }

    const resizeObserver = new ResizeObserver(placeRoi);
    resizeObserver.observe(video);
    video.addEventListener("loadedmetadata", placeRoi);

    return {
        start,
        stop,
        dispose: () => {
            stop();
            resizeObserver.disconnect();
            video.removeEventListener("loadedmetadata", placeRoi);
        },
    };
}
