/// Hostile texts for the room display: each tries, if it were ever taken as markup
/// (or as script, style, a URL or a template), to set `window.__pwned = 1`, to set
/// `document.title = 'pwned'`, or to create an element with id `pwned`. Every page must
/// show each one as plain text instead. Used by the browser tests (`BrowserTests`)
/// and the HTTP-level tests alike.
enum XSSCorpus {
    static let payloads: [String] = [
        // Script elements, plain and in other cases.
        "<script>window.__pwned=1</script>",
        "<SCRIPT>document.title='pwned'</SCRIPT>",
        "<ScRiPt src=\"data:text/javascript,window.__pwned=1\"></ScRiPt>",
        "</script><script>window.__pwned=1</script>",
        "<scr<script>ipt>window.__pwned=1</scr</script>ipt>",
        // Event handlers, in various cases and spellings.
        "<img src=x onerror=\"window.__pwned=1\">",
        "<IMG SRC=x OnErRoR=window.__pwned=1>",
        "<img src=x onerror=&#x77;indow.__pwned=&#49;>",
        "<img src=\"x\n\" onerror=\"window.__pwned=1\">",
        "<svg onload=\"window.__pwned=1\">",
        "<svg><script>window.__pwned=1</script></svg>",
        "<svg><animate onbegin=\"window.__pwned=1\" attributeName=x dur=1s>",
        "<body onload=\"window.__pwned=1\">",
        "<input autofocus onfocus=\"window.__pwned=1\">",
        "<details open ontoggle=\"window.__pwned=1\">",
        "<video><source onerror=\"window.__pwned=1\"></video>",
        "<div onmouseover=\"window.__pwned=1\" style=\"position:fixed;inset:0\" id=\"pwned\">hover me</div>",
        "<marquee onstart=\"document.title='pwned'\">",
        // Breaking out of attributes, text areas, lists and comments.
        "\"><script>window.__pwned=1</script>",
        "'><img src=x onerror=window.__pwned=1>",
        "\" onmouseover=\"window.__pwned=1\" data-x=\"",
        "' autofocus onfocus='window.__pwned=1",
        "</textarea><script>window.__pwned=1</script>",
        "</li></ul></section><div id=\"pwned\">injected</div>",
        "</p></h2></main><h1 id=\"pwned\">injected</h1>",
        "<!--<img src=\"--><img src=x onerror=window.__pwned=1>-->",
        "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned=1>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
        // javascript: and data: URLs.
        "<a href=\"javascript:window.__pwned=1\" id=\"pwned\">click me</a>",
        "<a href=\"JaVaScRiPt:document.title='pwned'\">click me</a>",
        "javascript:window.__pwned=1",
        "data:text/html,<script>window.__pwned=1</script>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+\">data url</a>",
        "<object data=\"data:text/html,<script>parent.__pwned=1</script>\"></object>",
        "<embed src=\"data:image/svg+xml,<svg onload=parent.__pwned=1>\">",
        // Frames, styles, meta, base, forms, templates.
        "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
        "<iframe src=\"javascript:parent.__pwned=1\"></iframe>",
        "<style>body{background:url(\"javascript:window.__pwned=1\")}</style><i id=\"pwned\"></i>",
        "<div style=\"width:expression(window.__pwned=1)\" id=\"pwned\">css expression</div>",
        "<link rel=stylesheet href=\"data:text/css,*{color:red}\"><b id=\"pwned\"></b>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=1\">",
        "<base href=\"javascript:window.__pwned=1//\">",
        "<form action=\"javascript:window.__pwned=1\" id=\"pwned\"><button>go</button></form>",
        "<template><img src=x onerror=window.__pwned=1></template><span id=\"pwned\"></span>",
        // Entities and encodings that a careless double decode would turn into markup.
        "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
        "&#60;img src=x onerror=window.__pwned=1&#62;",
        "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
        "\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e",
        // Templates and string breakouts.
        "{{7*7}} {{constructor.constructor('window.__pwned=1')()}}",
        "${window.__pwned=1} `${document.title='pwned'}`",
        "\"; window.__pwned=1; //",
        "'); document.title='pwned'; ('",
        // Unicode tricks: a right-to-left override, zero-width and null characters.
        "\u{202E}<img src=x onerror=window.__pwned=1>\u{202C} gnissap",
        "<scr\u{200B}ipt>window.__pwned=1</scr\u{200B}ipt>",
        "a\u{0}<script>window.__pwned=1</script>\u{0}b",
        // A very long text with markup up front (it is cut at the contribution limit).
        "<script>window.__pwned=1</script>" + String(repeating: "A very long line. ", count: 150),
    ]
}
