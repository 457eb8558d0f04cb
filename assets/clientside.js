/* The app's browser-side callbacks (wired in components/callbacks.py with ClientsideFunction). */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    luohu: {
        // The district selector re-renders the page for that district (a URL change, so links keep it).
        set_region: function (region, shown) {
            // drawn with every page, the selector also fires on arrival: only a real change navigates
            if (!region || region === shown) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams(window.location.search);
            p.set('region', region);
            p.delete('cmp');
            return '?' + p.toString();
        },
        // Which pack button was pressed, read here: inside a background callback's worker the triggered id is not reliable.
        pack_request: function (a, b, c) {
            const id = window.dash_clientside.callback_context.triggered_id;
            const fmt = {'pack-pdf': 'pdf', 'pack-pptx': 'pptx', 'pack-zip': 'zip'}[id];
            return fmt ? {fmt: fmt, t: Date.now()} : window.dash_clientside.no_update;
        },
        // The reader opened at a figure (?doc=…&obs=…): scroll to its mark.
        focus_quote: function (children) {
            setTimeout(function () {
                const mark = document.querySelector('#doc-reader mark.focus');
                if (mark) { mark.scrollIntoView({behavior: 'smooth', block: 'center'}); }
            }, 50);
            return '';
        },
        // A chart export was asked for: every export button waits until the file comes back.
        exports_busy: function (clicks) {
            const clicked = (clicks || []).some(function (n) { return n; });
            if (!clicked) { return window.dash_clientside.no_update; }
            return (clicks || []).map(function () { return true; });
        },
        exports_done: function (data, clicks) {
            return (clicks || []).map(function () { return false; });
        },
        // Below 1200 px the panel sits under the charts: bring a clicked point's panel into view.
        reveal_panel: function (children) {
            const panel = document.getElementById('side-panel');
            if (panel && window.innerWidth < 1200) { panel.scrollIntoView({behavior: 'smooth', block: 'start'}); }
            return '';
        },
        // The address bar follows the view without reloading it. A person's change of what the address
        // holds (state.history == 'push': components/history.py) is a new history entry, so Back returns
        // to the view before; the page's own first drawing only rewrites the address it arrived at.
        sync_url: function (state) {
            if (!state) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams();
            for (const [k, v] of Object.entries(state)) {
                if (k !== 'path' && k !== 'history' && v !== null && v !== undefined && v !== '') { p.set(k, v); }
            }
            const s = p.toString();
            const address = state.path + (s ? '?' + s : '');
            if (state.history === 'push' && address !== window.location.pathname + window.location.search) {
                window.history.pushState(null, '', address);
                // the address component learns it too, so that Back to the address before is a change it
                // routes (the router sees the page shows this address already and leaves it as it is)
                window.dash_clientside.set_props('url', {search: s ? '?' + s : ''});
            } else {
                window.history.replaceState(null, '', address);
            }
            return '';
        },
        // 中文 / English: the lang parameter of the URL.
        toggle_lang: function (n) {
            if (!n) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams(window.location.search);
            if ((p.get('lang') || 'zh') === 'zh') { p.set('lang', 'en'); } else { p.delete('lang'); }
            const s = p.toString();
            return s ? '?' + s : '';
        }
    }
});
