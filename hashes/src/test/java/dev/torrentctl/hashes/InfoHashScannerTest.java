package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Metainfo.infoHashesOf")
class InfoHashScannerTest {

    /** Large enough to be scanned on another core while the caller hashes. */
    private static byte[] large(TorrentVersion version) {
        return large(version, UnaryOperator.identity());
    }

    private static byte[] large(TorrentVersion version, UnaryOperator<TorrentCreator.Builder> options) {
        TorrentCreator.Builder b = options.apply(TorrentCreator.builder("many", version).pieceLength(16_384));
        for (int i = 0; i < 3_000; i++) {
            b.addFile(String.format("d%03d/file-%05d.bin", i % 100, i), new byte[] {(byte) i});
        }
        byte[] torrent = b.build();
        assertThat(torrent.length).isGreaterThan(OverlappedScan.MIN_INPUT_BYTES);
        return torrent;
    }

    /** The hand-over races the pool: repeated, to cover both sides. */
    private static void assertAgreesWithParse(byte[] torrent) {
        InfoHashes expected = Metainfo.parse(torrent).infoHashes();
        for (int i = 0; i < 20; i++) {
            assertThat(Metainfo.infoHashesOf(torrent)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("agrees with Metainfo.parse on a large torrent, hashed while it is scanned")
    void largeTorrentsAgree(TorrentVersion version) {
        byte[] torrent = large(version);
        assertAgreesWithParse(torrent);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("fails with the offset when a large torrent breaks after hashing has begun, and does not hang")
    void largeBrokenTorrentFails(TorrentVersion version) {
        byte[] torrent = large(version);
        byte[] broken = Arrays.copyOf(torrent, torrent.length);
        String text = new String(torrent, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("6:length", torrent.length * 3 / 4);
        assertThat(at).isPositive();
        broken[at] = 'x'; // a key's length prefix, deep inside the info dictionary
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> Metainfo.infoHashesOf(broken)).isInstanceOfSatisfying(BencodeException.class,
                    e -> assertThat(e.offset()).isEqualTo(at));
        }
        assertThatThrownBy(() -> Metainfo.infoHashesOf(Arrays.copyOf(torrent, torrent.length - 1)))
                .isInstanceOf(BencodeException.class).hasMessageContaining("unexpected end of input");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("agrees with Metainfo.parse when the info dictionary is not the last key (web seeds follow it)")
    void infoFollowedByOtherKeys(TorrentVersion version) {
        byte[] torrent = large(version, b -> b.webSeed("http://seed.invalid/files/"));
        String text = new String(torrent, StandardCharsets.ISO_8859_1);
        assertThat(text.indexOf("8:url-list")).isGreaterThan(text.indexOf("4:infod"));
        assertAgreesWithParse(torrent);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("agrees with Metainfo.parse when a string before the info dictionary looks like its key")
    void decoyInfoKey(TorrentVersion version) {
        byte[] torrent = large(version, b -> b.comment("not the 4:infod you are looking for"));
        String text = new String(torrent, StandardCharsets.ISO_8859_1);
        assertThat(text.indexOf("4:infod")).isLessThan(text.indexOf("7:comment") + 40);
        assertAgreesWithParse(torrent);
    }

    @Test
    @DisplayName("scans on the calling thread when the common pool is busy, still agrees, and leaves no reference to the input behind")
    void busyPool() throws InterruptedException {
        byte[] torrent = large(TorrentVersion.HYBRID);
        InfoHashes expected = Metainfo.parse(torrent).infoHashes();
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch running = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            running.await();
            for (int i = 0; i < 5; i++) {
                assertThat(Metainfo.infoHashesOf(torrent)).isEqualTo(expected);
            }
            // the scan tasks are still queued behind the blocked workers; they must not keep the input
            byte[] copy = torrent.clone();
            assertThat(Metainfo.infoHashesOf(copy)).isEqualTo(expected);
            WeakReference<byte[]> input = new WeakReference<>(copy);
            copy = null;
            for (int i = 0; i < 50 && input.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertThat(input.get()).as("input kept by a queued scan task").isNull();
        } finally {
            release.countDown();
        }
    }

    @Test
    @DisplayName("enforces the token limit exactly on large inputs, whether or not their size alone rules it out")
    void tokenLimitOnLargeInputs() {
        int strings = 40_000; // a list of "0:": the densest bencode, two bytes a value
        byte[] list = ("l" + "0:".repeat(strings) + "e").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(list.length).isGreaterThan(OverlappedScan.MIN_INPUT_BYTES);
        int values = strings + 1;
        for (int maxDepth : new int[] {1, 100}) {
            BencodeDecoder.Limits exact = new BencodeDecoder.Limits(maxDepth, values, 1 << 20);
            BencodeDecoder.Limits oneShort = new BencodeDecoder.Limits(maxDepth, values - 1, 1 << 20);
            assertThatThrownBy(() -> Metainfo.infoHashesOf(list, exact)).isInstanceOf(TorrentFormatException.class)
                    .isNotInstanceOf(BencodeException.class).hasMessageContaining("bencoded dictionary");
            assertThatThrownBy(() -> Metainfo.infoHashesOf(list, oneShort)).isInstanceOf(BencodeException.class)
                    .hasMessageContaining("token limit");
        }
        BencodeDecoder.Limits roomy = new BencodeDecoder.Limits(100, values + 101, 1 << 20); // too few bytes to reach it
        assertThatThrownBy(() -> Metainfo.infoHashesOf(list, roomy)).isNotInstanceOf(BencodeException.class);
    }
}
