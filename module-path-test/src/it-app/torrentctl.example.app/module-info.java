/** A modular application that knows only torrentctl's API; the backends come from the module path. */
module torrentctl.example.app {
    requires dev.torrentctl.api;
}
