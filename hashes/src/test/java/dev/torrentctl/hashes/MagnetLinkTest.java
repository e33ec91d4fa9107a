package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
