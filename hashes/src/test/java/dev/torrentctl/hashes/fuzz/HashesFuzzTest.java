package dev.torrentctl.hashes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.torrentctl.hashes.MagnetFormatException;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the three parsers. In a normal test run they replay the inputs under
 * {@code src/test/resources/dev/torrentctl/hashes/fuzz/HashesFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see the README). Only the declared exceptions may escape: any
 * other throwable, a hang or running out of memory is a finding.
 */
class HashesFuzzTest {

    /** Strict decoding accepts only canonical bencode, so re-encoding gives the input back. */
    @FuzzTest(maxDuration = "30s")
    void bencodeDecoder(byte[] input) {
        BValue value;
        try {
            value = BencodeDecoder.strict().decode(input);
        } catch (BencodeException e) {
            assertThat(e.offset()).isBetween(0L, (long) input.length);
            lenient(input);
            return;
        }
        assertThat(Bencode.encode(value)).isEqualTo(input);
        assertThat(value.span().orElseThrow().length()).isEqualTo(input.length);
    }

    private static void lenient(byte[] input) {
        try {
            BencodeDecoder.lenient().decode(input);
        } catch (BencodeException expected) {
            // declared
        }
    }

    /**
     * Read as libtorrent reads it, a .torrent either parses into safe paths that agree with the
     * strict reading where that reads it too, or fails with a TorrentFormatException.
     */
    @FuzzTest(maxDuration = "30s")
    void lenientMetainfoParser(byte[] input) {
        Metainfo m;
        try {
            m = Metainfo.parseLenient(input, dev.torrentctl.hashes.bencode.BencodeDecoder.Limits.DEFAULT);
        } catch (TorrentFormatException e) {
            return;
        }
        m.files().forEach(f -> assertThat(f.path()).allSatisfy(c -> assertThat(c).isNotEmpty().doesNotContain("/")
                .doesNotContain("\\").isNotEqualTo("..").isNotEqualTo(".")));
        assertThat(m.infoFieldNames()).allSatisfy(k -> assertThat(m.infoField(k)).isPresent());
        assertThat(m.fieldNames()).allSatisfy(k -> assertThat(m.field(k)).isPresent());
        try {
            Metainfo strict = Metainfo.parse(input);
            assertThat(strict.infoHashes()).isEqualTo(m.infoHashes());
            assertThat(strict.totalSizeBytes()).isEqualTo(m.totalSizeBytes());
        } catch (TorrentFormatException e) {
            // strict refuses what lenient reads: a relaxation applied
        }
    }

    /** A .torrent either parses with consistent hashes, or fails with a TorrentFormatException. */
    @FuzzTest(maxDuration = "30s")
    void metainfoParser(byte[] input) {
        Metainfo m;
        try {
            m = Metainfo.parse(input);
        } catch (TorrentFormatException e) {
            return;
        }
        assertThat(Metainfo.parse(m.bytes())).isEqualTo(m);
        assertThat(m.totalSizeBytes()).isNotNegative();
        m.files().forEach(f -> assertThat(f.path()).allSatisfy(c -> assertThat(c).isNotEmpty().doesNotContain("/")
                .isNotEqualTo("..")));
        assertThat(MagnetLink.parse(m.toMagnet().toString()).infoHashes()).isEqualTo(m.infoHashes());
    }

    /**
     * Differential: the one-pass infohash scanner accepts exactly the strict bencode the decoder
     * accepts, and agrees with {@link Metainfo#parse} on every torrent that parses.
     */
    @FuzzTest(maxDuration = "30s")
    void infoHashScanner(byte[] input) {
        boolean strictBencode;
        try {
            BencodeDecoder.strict().decode(input);
            strictBencode = true;
        } catch (BencodeException e) {
            strictBencode = false;
        }
        dev.torrentctl.hashes.InfoHashes fast;
        try {
            fast = Metainfo.infoHashesOf(input);
        } catch (BencodeException e) {
            assertThat(strictBencode).as("scanner rejected bencode the decoder accepts: " + e.getMessage()).isFalse();
            return;
        } catch (TorrentFormatException e) {
            assertThat(strictBencode).as("scanner gave a metainfo error on bad bencode: " + e.getMessage()).isTrue();
            return;
        }
        assertThat(strictBencode).as("scanner accepted bencode the decoder rejects").isTrue();
        try {
            assertThat(Metainfo.parse(input).infoHashes()).isEqualTo(fast);
        } catch (TorrentFormatException e) {
            // the scanner does not validate fields; parse may reject what it hashed
        }
    }

    /** A magnet either parses and round-trips, or fails with a MagnetFormatException. */
    @FuzzTest(maxDuration = "30s")
    void magnetParser(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        MagnetLink m;
        try {
            m = MagnetLink.parse(text);
        } catch (MagnetFormatException e) {
            return;
        }
        assertThat(MagnetLink.parse(m.toString())).isEqualTo(m);
    }
}
