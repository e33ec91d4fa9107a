package dev.torrentctl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TorrentRefTest {
    private static final String HEX = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void aPastedLineIsTrimmed() {
        assertThat(TorrentRef.parse(" " + HEX + "\n")).isEqualTo(TorrentRef.parse(HEX));
        assertThat(TorrentRef.parse("\tmagnet:?xt=urn:btih:" + HEX + " ")).isEqualTo(TorrentRef.parse("magnet:?xt=urn:btih:"
                + HEX));
    }

    @Test
    void anythingElseSaysWhatWasExpected() {
        assertThatThrownBy(() -> TorrentRef.parse("xyz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected 40 or 64 hex digits or a magnet link");
    }

    @Test
    void aMagnetStringIsASource() {
        assertThat(TorrentSource.magnet(" magnet:?xt=urn:btih:" + HEX + "\n")).isInstanceOf(TorrentSource.Magnet.class);
        assertThatThrownBy(() -> TorrentSource.magnet("magnet:?xt=urn:btih:zz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a valid magnet link");
    }
}
