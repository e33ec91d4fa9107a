package dev.torrentctl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlFormatTest {
    private static final List<UrlFormat> QBITTORRENT = List.of(UrlFormat.http(8080));
    private static final List<UrlFormat> DELUGE = List.of(UrlFormat.hostPort("deluge", 58846));
    private static final List<UrlFormat> RTORRENT = List.of(UrlFormat.scgi(5000), UrlFormat.unixSocket(),
            UrlFormat.http(80));

    private static ClientConfig parse(String url, List<UrlFormat> formats) {
        return ClientConfig.builder(url, formats).build();
    }

    @Test
    void httpWithoutSchemeGetsTheBackendsPort() {
        assertThat(parse("localhost", QBITTORRENT).baseUri()).hasToString("http://localhost:8080");
        assertThat(parse("https://seedbox/qbt/", QBITTORRENT).baseUri()).hasToString("https://seedbox/qbt");
    }

    @Test
    void delugeHostPortWithCredentials() {
        ClientConfig c = parse("alice:s3cret@10.0.0.5", DELUGE);
        assertThat(c.baseUri()).hasToString("deluge://10.0.0.5:58846");
        assertThat(c.credentials()).contains(new Credentials("alice", "s3cret"));
        assertThat(parse("deluge://host:1234", DELUGE).baseUri()).hasToString("deluge://host:1234");
    }

    @Test
    void delugeTakesNoPath() {
        assertThatThrownBy(() -> parse("host:58846/x", DELUGE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("[deluge://][USER:PASS@]HOST[:PORT]");
    }

    @Test
    void rtorrentScgiSocketAndHttp() {
        assertThat(parse("localhost", RTORRENT).baseUri()).hasToString("scgi://localhost:5000");
        assertThat(parse("scgi://127.0.0.1:5001", RTORRENT).baseUri()).hasToString("scgi://127.0.0.1:5001");
        assertThat(parse("/run/rtorrent.sock", RTORRENT).baseUri()).hasToString("file:/run/rtorrent.sock");
        assertThat(parse("file:///run/rtorrent.sock", RTORRENT).baseUri().getPath()).isEqualTo("/run/rtorrent.sock");
        assertThat(parse("http://user:pw@host/RPC2", RTORRENT).baseUri()).hasToString("http://host/RPC2");
    }

    @Test
    void aSchemeTheBackendDoesNotTakeNamesTheForms() {
        assertThatThrownBy(() -> parse("scgi://host", QBITTORRENT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scgi").hasMessageContaining("[http[s]://][USER:PASS@]HOST[:PORT][/PATH]");
        assertThatThrownBy(() -> parse("/run/x.sock", QBITTORRENT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("socket");
    }

    /** Every reserved character in a password, written as is: split at the last '@', decoded, never echoed. */
    @ParameterizedTest
    @ValueSource(strings = {"Sup3r/S3cret", "12/S3cret", "a?b", "a#b", "p@ss", "x:y", "[v6]", "semi;colon", "a b",
            "pct%25", "plus+", "!$&'()*,=", "ünï"})
    void passwordsWithReservedCharacters(String password) {
        String written = password.replace("%25", "%25"); // percent-encoded as given
        ClientConfig c = parse("http://admin:" + written + "@localhost:8080", QBITTORRENT);
        String expected = password.equals("pct%25") ? "pct%" : password;
        assertThat(c.baseUri()).hasToString("http://localhost:8080");
        assertThat(c.credentials()).contains(new Credentials("admin", expected));
        assertThat(c.toString()).doesNotContain(expected);
    }

    /** A user name may hold every reserved character but ':' (which ends it) and '@' (which ends the user-info). */
    @ParameterizedTest
    @ValueSource(strings = {"us/er", "us?er", "us#er", "us[er]", "us;er", "us&er=", "us+er", "us!$'()*,er", "üser"})
    void userNamesWithReservedCharacters(String user) {
        ClientConfig c = parse("http://" + user + ":p4ss/w?rd@localhost:8080", QBITTORRENT);
        assertThat(c.credentials()).contains(new Credentials(user, "p4ss/w?rd"));
        assertThat(c.baseUri()).hasToString("http://localhost:8080");
        assertThat(c.toString()).doesNotContain("p4ss");
        ClientConfig encoded = parse("http://us%3Aer%40x:pw@localhost:8080", QBITTORRENT);
        assertThat(encoded.credentials()).contains(new Credentials("us:er@x", "pw"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://admin:S3cr/et@", "http://admin:S3cr/et@:8080", "http://admin:S3cr/et@bad host",
            "http://admin:S3cr/et@host:99999", "http://admin:S3cr/et@host/?q", "http://admin:S3cr%zzet@host"})
    void invalidUrlsNeverEchoThePassword(String url) {
        assertThatThrownBy(() -> parse(url, QBITTORRENT)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cr").doesNotContain("admin:"));
    }
}
