/**
 * The torrentctl compatibility kit: extend {@link dev.torrentctl.tck.ApiCompatibilityKit} to prove a
 * backend against a running client.
 */
module dev.torrentctl.tck {
    requires transitive dev.torrentctl.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;
    requires jdk.httpserver;

    exports dev.torrentctl.tck;

    opens dev.torrentctl.tck to org.junit.platform.commons;
    opens dev.torrentctl.tck.internal to org.junit.platform.commons;
}
