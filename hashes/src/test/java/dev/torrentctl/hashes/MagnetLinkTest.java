package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A magnet link")
class MagnetLinkTest {
    private static final String V1 = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
    private static final String V2 = "d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb";

    @Test
    @DisplayName("a hybrid magnet with btih and btmh parses, and prints back to the same link")
    void hybridRoundTrip() {
        MagnetLink m = MagnetLink.parse("magnet:?xt=urn:btih:" + V1 + "&xt=urn:btmh:1220" + V2 + "&dn=a%20b&tr=http%3A%2F%2Ft%2Fa");
        assertThat(m.infoHashes().version()).isEqualTo(TorrentVersion.HYBRID);
        assertThat(m.displayName()).contains("a b");
        assertThat(m.trackers()).containsExactly("http://t/a");
        assertThat(MagnetLink.parse(m.toString())).isEqualTo(m);
        assertThat(m.infoHashes().torrentId().hex()).isEqualTo(V2.substring(0, 40));
    }

    @Test
    @DisplayName("a hash of the right length with a bad character names the character and its position")
    void badCharacterInAHashOfTheRightLength() {
        assertThatThrownBy(() -> MagnetLink.parse("magnet:?xt=urn:btih:0123456789ABCDEFGHIJKLMNOPQRST18"))
                .isInstanceOf(MagnetFormatException.class)
                .hasMessageContaining("a v1 infohash of 32 characters is base32 (A-Z and 2-7), but"
                        + " '0123456789ABCDEFGHIJKLMNOPQRST18' has '0' at position 0")
                .hasMessageNotContaining("got 32 characters");
        assertThatThrownBy(() -> MagnetLink.parse("magnet:?xt=urn:btih:" + "0".repeat(39) + "g"))
                .hasMessageContaining("a v1 infohash of 40 characters is hex, but '" + "0".repeat(39) + "g' has 'g'"
                        + " at position 39");
    }

    @Test
    @DisplayName("a base32 btih equals its hex form")
    void base32Btih() {
        InfoHashV1 hex = InfoHashV1.parse(V1);
        assertThat(MagnetLink.parse("magnet:?xt=urn:btih:" + hex.base32()).infoHashes().v1()).contains(hex);
    }

    @Test
    @DisplayName("a bad hash names the xt parameter")
    void badHashNamesParameter() {
        assertThatThrownBy(() -> MagnetLink.parse("magnet:?xt=urn:btih:1234"))
                .isInstanceOfSatisfying(MagnetFormatException.class, e -> assertThat(e.parameter()).isEqualTo("xt"));
        assertThatThrownBy(() -> MagnetLink.parse("magnet:?dn=x"))
                .isInstanceOf(MagnetFormatException.class).hasMessageContaining("xt");
    }

    private static final String FULL = "magnet:?xt=urn:btih:" + V1 + "&xt=urn:btmh:1220" + V2
            + "&dn=Big+Buck%20Bunny&xl=276445467&tr=udp%3A%2F%2Ftracker.invalid%3A1337&tr.1=http://t2.invalid/announce"
            + "&ws=https%3A%2F%2Fws.invalid%2Fbbb%2F&xs=http://xs.invalid/bbb.torrent&as=http://as.invalid/bbb.torrent"
            + "&kt=big+buck%20bunny&x.pe=10.0.0.1:6881&x.pe=[::1]:51413&so=0,2,4-6&x.custom=v%26w&flag";

    @Test
    @DisplayName("reads every parameter: dn, xl, tr (numbered too), ws, xs, as, kt, x.pe, so, and keeps unknown ones")
    void everyParameter() {
        MagnetLink m = MagnetLink.parse(FULL);
        assertThat(m.infoHashes().v1()).contains(InfoHashV1.parse(V1));
        assertThat(m.infoHashes().v2()).contains(InfoHashV2.parse(V2));
        assertThat(m.displayName()).contains("Big+Buck Bunny");
        assertThat(m.exactLength()).isEqualTo(OptionalLong.of(276445467));
        assertThat(m.trackers()).containsExactly("udp://tracker.invalid:1337", "http://t2.invalid/announce");
        assertThat(m.webSeeds()).containsExactly("https://ws.invalid/bbb/");
        assertThat(m.exactSources()).containsExactly("http://xs.invalid/bbb.torrent");
        assertThat(m.acceptableSources()).containsExactly("http://as.invalid/bbb.torrent");
        assertThat(m.keywords()).containsExactly("big", "buck bunny");
        assertThat(m.peers()).containsExactly("10.0.0.1:6881", "[::1]:51413");
        assertThat(m.selectOnly()).containsExactly(new MagnetLink.IndexRange(0, 0), new MagnetLink.IndexRange(2, 2),
                new MagnetLink.IndexRange(4, 6));
        assertThat(m.otherParameters()).containsExactly(new MagnetLink.Parameter("x.custom", "v&w"),
                new MagnetLink.Parameter("flag", ""));
    }

    @Test
    @DisplayName("round-trips: parse, print, parse gives the same link, and printing is stable")
    void roundTripIsIdentity() {
        MagnetLink m = MagnetLink.parse(FULL);
        String printed = m.toString();
        assertThat(MagnetLink.parse(printed)).isEqualTo(m);
        assertThat(MagnetLink.parse(printed).toString()).isEqualTo(printed);
        assertThat(m.toBuilder().build()).isEqualTo(m);
    }

    @Test
    @DisplayName("builds from a metainfo with the same hashes, name and trackers")
    void fromMetainfo() {
        byte[] torrent = dev.torrentctl.hashes.create.TorrentCreator.builder("x y", TorrentVersion.HYBRID)
                .addFile("f", new byte[10]).tracker("http://t.invalid/a").build();
        MagnetLink m = Metainfo.parse(torrent).toMagnet();
        assertThat(MagnetLink.parse(m.toString())).isEqualTo(m);
        assertThat(m.infoHashes()).isEqualTo(Metainfo.parse(torrent).infoHashes());
        assertThat(m.displayName()).contains("x y");
        assertThat(m.trackers()).containsExactly("http://t.invalid/a");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://x|''|does not start with 'magnet:?'",
        "magnet:?dn=x|xt|missing",
        "magnet:?xt=urn:sha1:abc|xt|expected urn:btih: or urn:btmh:",
        "magnet:?xt=urn:btmh:1114" + "aa|xt|SHA-256 multihash",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&xt.1=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a|xt.1|more than one",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&xl=-5|xl|non-negative byte count",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&xl=12kb|xl|non-negative byte count",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&so=1-|so|file indices",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&so=5-2|so|file indices",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&x.pe=host|x.pe|host:port",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&x.pe=host:99999|x.pe|host:port",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=%zz|dn|bad percent-encoding",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=a&dn=b|dn|more than once"})
    @DisplayName("rejects bad input with an error naming the parameter")
    void rejectsNamingTheParameter(String link, String parameter, String problem) {
        assertThatThrownBy(() -> MagnetLink.parse(link))
                .isInstanceOfSatisfying(MagnetFormatException.class, e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("builds peers and file selections, and refuses a malformed peer")
    void builder() {
        MagnetLink m = MagnetLink.builder(InfoHashes.of(InfoHashV1.parse(V1))).peers(List.of("1.2.3.4:5"))
                .selectOnly(List.of(new MagnetLink.IndexRange(1, 3))).keywords(List.of("a", "b")).exactLength(7).build();
        assertThat(m.toString()).isEqualTo("magnet:?xt=urn:btih:" + V1 + "&xl=7&kt=a+b&x.pe=1.2.3.4:5&so=1-3");
        assertThatThrownBy(() -> MagnetLink.builder(m.infoHashes()).peers(List.of("nope")))
                .isInstanceOf(MagnetFormatException.class);
    }
}
