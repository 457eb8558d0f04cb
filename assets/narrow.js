/* Every chart on a narrow screen: the figure carries its narrow and wide layouts in layout.meta
   (components/chart_narrow.py); after each drawing, the one that fits the chart's width is applied. */
(function () {
    function fit(gd) {
        const meta = gd.layout && gd.layout.meta;
        if (!meta || !meta.narrow || gd._luohuFitting || !window.Plotly) { return; }
        const narrow = gd.clientWidth > 0 && gd.clientWidth < (meta.narrow_px || 600);
        const applied = !!(gd.layout.legend && gd.layout.legend.yref === "container");
        if (narrow === applied) { return; }
        gd._luohuFitting = true;
        window.Plotly.relayout(gd, narrow ? meta.narrow : meta.wide).finally(function () { gd._luohuFitting = false; });
    }
    function watch(gd) {
        if (gd._luohuWatched || typeof gd.on !== "function") { return; }
        gd._luohuWatched = true;
        gd.on("plotly_afterplot", function () { fit(gd); });
        fit(gd);
    }
    function scan() { document.querySelectorAll(".js-plotly-plot").forEach(watch); }
    new MutationObserver(scan).observe(document.documentElement, {childList: true, subtree: true});
    window.addEventListener("resize", function () { document.querySelectorAll(".js-plotly-plot").forEach(fit); });
}());
