package dev.torrentctl.hashes;

import static dev.torrentctl.hashes.TorrentEdits.info;
import static dev.torrentctl.hashes.TorrentEdits.root;
import static dev.torrentctl.hashes.TorrentEdits.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Metainfo reads")
class MetainfoFieldsTest {
    private static final byte[] BASE = TorrentCreator.builder("t", TorrentVersion.V1)
            .addFile("a.bin", new byte[40_000]).addFile("d/b.sh", "echo".getBytes(StandardCharsets.US_ASCII)).build();

    private static BList strings(String... values) {
        return BList.of(Arrays.stream(values).map(BString::of).toList());
    }

    private static byte[] everything() {
        BDictionary info = info(BASE);
        BList files = (BList) info.get("files").orElseThrow();
        BDictionary script = with((BDictionary) files.values().get(1), "attr", BString.of("xhz"));
        info = with(info, "files", BList.of(List.of(files.values().get(0), script)));
        info = with(info, "name.utf-8", BString.of("Ünïcode name"));
        info = with(info, "source", BString.of("TRACKER"));
        info = with(info, "private", BInteger.of(1));
        BDictionary root = with(root(BASE), "info", info);
        root = with(root, "announce", BString.of("http://ignored.invalid/announce"));
        root = with(root, "announce-list", BList.of(List.of(strings("http://a.invalid/1", "http://a.invalid/2"),
                strings(), strings("udp://b.invalid:80", "udp://b.invalid:80"))));
        root = with(root, "url-list", strings("http://ws.invalid/1/", "http://ws.invalid/2/"));
        root = with(root, "httpseeds", BString.of("http://hs.invalid/seed"));
        root = with(root, "nodes", BList.of(List.of(BList.of(List.of(BString.of("router.invalid"), BInteger.of(6881))),
                BList.of(List.of(BString.of("::1"), BInteger.of(6882))))));
        root = with(root, "creation date", BInteger.of(1_700_000_000));
        root = with(root, "comment", BString.of("plain"));
        root = with(root, "comment.utf-8", BString.of("préféré"));
        root = with(root, "created by", BString.of("torrentctl test"));
        root = with(root, "publisher", BDictionary.builder().put("who", "me").build());
        return Bencode.encode(root);
    }

    @Test
    @DisplayName("every documented field of a v1 torrent")
    void everyField() {
        Metainfo m = Metainfo.parse(everything());
        assertThat(m.name()).isEqualTo("Ünïcode name");
        assertThat(m.source()).hasValue("TRACKER");
        assertThat(m.privateTorrent()).isTrue();
        assertThat(m.trackers()).containsExactly(List.of("http://a.invalid/1", "http://a.invalid/2"),
                List.of("udp://b.invalid:80"));
        assertThat(m.webSeeds()).containsExactly("http://ws.invalid/1/", "http://ws.invalid/2/");
        assertThat(m.httpSeeds()).containsExactly("http://hs.invalid/seed");
        assertThat(m.dhtNodes()).containsExactly(new DhtNode("router.invalid", 6881), new DhtNode("::1", 6882));
        assertThat(m.creationDate()).hasValue(Instant.ofEpochSecond(1_700_000_000));
        assertThat(m.comment()).hasValue("préféré");
        assertThat(m.createdBy()).hasValue("torrentctl test");
        assertThat(m.pieceLengthBytes()).isEqualTo(16_384);
        assertThat(m.pieceCount()).isEqualTo(3);
        assertThat(m.totalSizeBytes()).isEqualTo(40_004);
        assertThat(m.files().get(1).attributes()).containsExactlyInAnyOrder(FileAttribute.EXECUTABLE, FileAttribute.HIDDEN);
        assertThat(m.files().get(0).attributes()).isEmpty();
    }

    @Test
    @DisplayName("unknown keys as raw bencode, with spans into the file's bytes")
    void unknownKeys() {
        byte[] bytes = everything();
        Metainfo m = Metainfo.parse(bytes);
        assertThat(m.fieldNames()).contains("publisher", "info", "nodes");
        BValue publisher = m.field("publisher").orElseThrow();
        assertThat(publisher).isEqualTo(BDictionary.builder().put("who", "me").build());
        BValue.Span span = publisher.span().orElseThrow();
        assertThat(new String(bytes, span.offset(), span.length(), StandardCharsets.UTF_8)).isEqualTo("d3:who2:mee");
        assertThat(m.infoFieldNames()).contains("source", "name.utf-8", "piece length");
        assertThat(m.infoField("absent")).isEmpty();
    }

    @Test
    @DisplayName("a single url-list string, and announce when there is no announce-list")
    void singleWebSeedAndAnnounce() {
        BDictionary root = with(root(BASE), "url-list", BString.of("http://ws.invalid/"));
        root = with(root, "announce", BString.of("http://only.invalid/announce"));
        Metainfo m = Metainfo.parse(Bencode.encode(root));
        assertThat(m.webSeeds()).containsExactly("http://ws.invalid/");
        assertThat(m.trackers()).containsExactly(List.of("http://only.invalid/announce"));
    }

    @Test
    @DisplayName("nothing optional in a bare torrent: empty lists and empty Optionals, never null")
    void bareTorrent() {
        Metainfo m = Metainfo.parse(BASE);
        assertThat(m.trackers()).isEmpty();
        assertThat(m.webSeeds()).isEmpty();
        assertThat(m.httpSeeds()).isEmpty();
        assertThat(m.dhtNodes()).isEmpty();
        assertThat(m.creationDate()).isEmpty();
        assertThat(m.comment()).isEmpty();
        assertThat(m.createdBy()).hasValue("torrentctl"); // TorrentCreator signs its torrents
        assertThat(m.source()).isEmpty();
        assertThat(m.privateTorrent()).isFalse();
    }

    @Test
    @DisplayName("the info bytes exactly as found, and equality by the file's bytes")
    void infoBytesAndEquality() {
        Metainfo m = Metainfo.parse(BASE);
        assertThat(m.infoBytes()).isEqualTo(Bencode.encode(info(BASE)));
        assertThat(Metainfo.parse(BASE)).isEqualTo(m).hasSameHashCodeAs(m);
        assertThat(Metainfo.parse(everything())).isNotEqualTo(m);
        assertThat(m.toMagnet().infoHashes()).isEqualTo(m.infoHashes());
        assertThat(m.toMagnet().displayName()).isEqualTo(Optional.of("t"));
        assertThat(Set.copyOf(m.files())).hasSize(2);
    }
}
