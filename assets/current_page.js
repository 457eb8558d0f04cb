/* The navigation link of the page shown (components/layout.py marks it with the class `active`) says so
   to assistive technology too: aria-current="page" on it, on no other link. dcc.Link takes no aria
   attributes, so it is set here whenever the header is drawn again. */
(function () {
    function mark() {
        document.querySelectorAll(".nav .nav-link").forEach(function (link) {
            const current = link.classList.contains("active");
            if (current && link.getAttribute("aria-current") !== "page") { link.setAttribute("aria-current", "page"); }
            if (!current && link.hasAttribute("aria-current")) { link.removeAttribute("aria-current"); }
        });
    }
    new MutationObserver(mark).observe(document.documentElement,
                                       {childList: true, subtree: true, attributes: true, attributeFilter: ["class"]});
    mark();
}());
