/* Every chart on a narrow screen: the figure carries its narrow and wide layouts in layout.meta
   (components/chart_narrow.py); after each drawing, the one that fits the chart's width is applied.
   On a narrow chart the notes under the plot (the source line among them) start at the chart's left
   edge, not at the plot's: long y labels (a dumbbell's indicator names) leave the plot too little
   width for a note broken to fit the chart. */
(function () {
    const EDGE = 10;      // px from the chart's left edge to a note under the plot

    function isNote(a) {
        return a && a.xref === "paper" && a.yref === "paper" && a.x === 0 && a.y === 0 && (a.yshift || 0) < 0
            && a.xanchor === "left";
    }
    /* The narrow layout with its notes moved to the chart's left edge, by the plot's left margin as drawn
       now (the y labels are the same in both layouts). One relayout: a second one would lose the
       narrow height to the graph's autosize. */
    function narrowLayout(gd, narrow) {
        const size = gd._fullLayout && gd._fullLayout._size;
        const shift = -Math.max(0, Math.round(size ? size.l : 0) - EDGE);
        const update = Object.assign({}, narrow);
        if (Array.isArray(narrow.annotations)) {
            update.annotations = narrow.annotations.map(function (a) {
                return isNote(a) ? Object.assign({}, a, {xshift: shift}) : a;
            });
        }
        return update;
    }
    function fit(gd) {
        const meta = gd.layout && gd.layout.meta;
        if (!meta || !meta.narrow || gd._luohuFitting || !window.Plotly) { return; }
        const narrow = gd.clientWidth > 0 && gd.clientWidth < (meta.narrow_px || 600);
        const applied = !!(gd.layout.legend && gd.layout.legend.yref === "container");
        if (narrow === applied) { return; }
        gd._luohuFitting = true;
        window.Plotly.relayout(gd, narrow ? narrowLayout(gd, meta.narrow) : meta.wide).finally(function () {
            gd._luohuFitting = false;
        });
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
