package dev.torrentctl.hashes.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BencodeDecoderTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} is rejected at byte {1}")
    @CsvSource(delimiter = '|', value = {
        "i03e|1|leading zero",
        "i-0e|2|negative zero",
        "ie|1|empty integer",
        "i99999999999999999999e|1|64 bits",
        "03:abc|0|leading zero",
        "d1:bi1e1:ai2ee|7|not sorted",
        "d1:ai1e1:ai2ee|7|duplicate",
        "i1ei2e|3|trailing",
        "5:abc|0|truncated",
        "l|1|end of input",
        "2147483647:x|0|exceeds",
        "x|0|expected a value",
        "i-e|2|empty integer",
        "i12|3|end of input inside an integer",
        "i1x|2|expected a digit or 'e'",
        "i9223372036854775808e|1|64 bits",
        "i-9223372036854775809e|2|64 bits",
        "di1ei2ee|1|expected a string key",
        "d1:ai1e|7|end of input in a dictionary",
        "1x|1|expected ':'",
        "1|1|end of input in a string length",
        "e|0|expected a value"})
    void strictDecoderRejectsWithOffset(String input, long offset, String problem) {
        assertThatThrownBy(() -> BencodeDecoder.strict().decode(b(input)))
                .isInstanceOfSatisfying(BencodeException.class, e -> assertThat(e.offset()).isEqualTo(offset))
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("the 64-bit extremes decode exactly")
    void longExtremesDecode() {
        assertThat(((BInteger) BencodeDecoder.strict().decode(b("i-9223372036854775808e"))).value()).isEqualTo(Long.MIN_VALUE);
        assertThat(((BInteger) BencodeDecoder.strict().decode(b("i9223372036854775807e"))).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    @DisplayName("input beyond the size limit is rejected, from bytes and from a stream that is read no further")
    void inputSizeLimitIsEnforced() {
        BencodeDecoder small = BencodeDecoder.strict().withLimits(new BencodeDecoder.Limits(100, 1000, 10));
        assertThatThrownBy(() -> small.decode(b("11:hello world"))).isInstanceOf(BencodeException.class)
                .hasMessageContaining("exceeds the limit of 10 bytes");
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return '1';
            }
        };
        assertThatThrownBy(() -> small.decode(endless)).isInstanceOf(BencodeException.class)
                .hasMessageContaining("exceeds the limit");
    }

    @Test
    @DisplayName("the lenient decoder still rejects duplicate keys and negative zero")
    void lenientKeepsHardRules() {
        assertThatThrownBy(() -> BencodeDecoder.lenient().decode(b("d1:ai1e1:ai2ee"))).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> BencodeDecoder.lenient().decode(b("i-0e"))).hasMessageContaining("negative zero");
    }

    @Test
    @DisplayName("nesting beyond the depth limit is rejected before descending, without a StackOverflowError")
    void deepNestingIsRejected() {
        byte[] deep = b("l".repeat(100_000) + "e".repeat(100_000));
        assertThatThrownBy(() -> Bencode.decode(deep)).isInstanceOf(BencodeException.class)
                .hasMessageContaining("depth limit").hasMessageContaining("byte 100");
    }

    @Test
    @DisplayName("the lenient decoder accepts unsorted keys and still records raw spans")
    void lenientAcceptsUnsortedKeys() {
        BDictionary d = (BDictionary) BencodeDecoder.lenient().decode(b("d1:bi1e1:ai2ee"));
        assertThat(d.get("a")).contains(BInteger.of(2));
        assertThat(d.get("b").orElseThrow().span()).contains(new BValue.Span(4, 3));
    }

    @Test
    @DisplayName("the token limit is configurable and enforced")
    void tokenLimitIsEnforced() {
        BencodeDecoder tight = BencodeDecoder.strict().withLimits(new BencodeDecoder.Limits(100, 3, 1000));
        assertThatThrownBy(() -> tight.decode(b("li1ei2ei3ee"))).isInstanceOf(BencodeException.class)
                .hasMessageContaining("token limit");
    }

    @Test
    @DisplayName("encoding sorts keys and decoding gives the value back")
    void encodeDecodeRoundTrip() {
        BDictionary d = BDictionary.builder().put("z", 1).put("a", "x").put("m", BList.of(java.util.List.of(BInteger.of(-5))))
                .build();
        byte[] encoded = Bencode.encode(d);
        assertThat(new String(encoded, StandardCharsets.US_ASCII)).isEqualTo("d1:a1:x1:mli-5ee1:zi1ee");
        assertThat(Bencode.decode(encoded)).isEqualTo(d);
    }

    @Test
    @DisplayName("finds every key of small, large sorted and large unsorted dictionaries, and no other")
    void lookupsInDictionariesOfEverySize() {
        for (int size : new int[] {0, 1, 8, 9, 300}) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                keys.add(String.format("k%04d", i));
            }
            keys.add(size / 2, "\u00e9t\u00e9"); // one non-ASCII key, in no particular place
            for (boolean shuffle : new boolean[] {false, true}) {
                java.util.List<String> order = new java.util.ArrayList<>(keys);
                if (shuffle) {
                    java.util.Collections.shuffle(order, new java.util.Random(size));
                }
                StringBuilder text = new StringBuilder("d");
                for (String k : order) {
                    byte[] utf8 = k.getBytes(StandardCharsets.UTF_8);
                    text.append(utf8.length).append(':').append(new String(utf8, StandardCharsets.ISO_8859_1))
                            .append('i').append(k.hashCode() & 0xffff).append('e');
                }
                BDictionary d = (BDictionary) BencodeDecoder.lenient().decode(b(text.append('e').toString()));
                assertThat(d.size()).isEqualTo(keys.size());
                assertThat(d.entries().keySet()).extracting(BString::utf8).containsExactlyElementsOf(order);
                for (String k : keys) {
                    assertThat(d.get(k)).as(k).contains(BInteger.of(k.hashCode() & 0xffff));
                    assertThat(d.get(BString.of(k))).as(k).contains(BInteger.of(k.hashCode() & 0xffff));
                    assertThat(d.entries().get(BString.of(k))).as(k).isEqualTo(BInteger.of(k.hashCode() & 0xffff));
                }
                assertThat(d.get("k")).isEmpty();
                assertThat(d.get("zzz")).isEmpty();
                assertThat(d.get(BString.of("\u00e9"))).isEmpty();
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("finds a duplicate key in a large unsorted dictionary without comparing every pair")
    void duplicateInLargeUnsortedDictionary() {
        StringBuilder text = new StringBuilder("d");
        int keys = 200_000;
        for (int i = keys; i > 0; i--) { // descending: every key out of order
            String k = Integer.toString(i);
            text.append(k.length()).append(':').append(k).append("i0e");
        }
        byte[] distinct = b(text + "e");
        assertThat(((BDictionary) BencodeDecoder.lenient().decode(distinct)).size()).isEqualTo(keys);
        byte[] duplicated = b(text + "6:100000i0ee");
        assertThatThrownBy(() -> BencodeDecoder.lenient().decode(duplicated)).isInstanceOfSatisfying(BencodeException.class,
                e -> assertThat(e.offset()).isEqualTo(text.length())).hasMessageContaining("duplicate dictionary key '100000'");
        assertThatThrownBy(() -> BencodeDecoder.strict().decode(distinct)).hasMessageContaining("not sorted");
    }

    @Test
    @DisplayName("a dictionary built in code equals the decoded one, and both are unmodifiable")
    void builtAndDecodedDictionariesAgree() {
        BDictionary built = BDictionary.builder().put("b", 2).put("a", "x").build();
        BDictionary decoded = (BDictionary) Bencode.decode(b("d1:a1:x1:bi2ee"));
        assertThat(built).isEqualTo(decoded).hasSameHashCodeAs(decoded);
        assertThat(built.span()).isEmpty();
        assertThat(decoded.span()).contains(new BValue.Span(0, 14));
        assertThatThrownBy(() -> decoded.entries().put(BString.of("c"), BInteger.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((BList) Bencode.decode(b("li1ee"))).values().add(BInteger.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a nesting as deep as a raised limit allows decodes, compares, hashes, prints and encodes on a small stack")
    void deepValuesNeedNoStack() throws InterruptedException {
        int depth = 100_000;
        byte[] input = b("l".repeat(depth) + "d1:ai1e1:b0:e" + "e".repeat(depth));
        BencodeDecoder deep = BencodeDecoder.strict().withLimits(new BencodeDecoder.Limits(depth + 1, 1_000_000, 1 << 20));
        java.util.List<Object> results = new java.util.ArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                BValue a = deep.decode(input);
                BValue b = deep.decode(input);
                results.add(a.equals(b));
                results.add(a.hashCode() == b.hashCode());
                results.add(a.toString().length());
                results.add(java.util.Arrays.equals(Bencode.encode(a), input));
            } catch (Throwable e) { // a StackOverflowError included: reported, not lost in the thread
                results.add(e);
            }
        }, "256 KiB stack", 256 << 10);
        small.start();
        small.join();
        assertThat(results).containsExactly(true, true, depth * "BList[]".length() + "BDictionary{BString[a]=BInteger[1], BString[b]=BString[]}".length(), true);
        assertThatThrownBy(() -> deep.decode(b("l".repeat(depth + 2) + "e".repeat(depth + 2))))
                .hasMessageContaining("depth limit");
    }

    @Test
    @DisplayName("equality, hash codes and text follow the List and Map contracts of values() and entries()")
    void nestedValuesFollowTheCollectionContracts() {
        BValue decoded = Bencode.decode(b("d1:ali1e1:xd1:qi-3eee1:b1:ye"));
        BDictionary built = BDictionary.builder().put("b", "y")
                .put("a", BList.of(java.util.List.of(BInteger.of(1), BString.of("x"),
                        BDictionary.builder().put("q", -3).build())))
                .build();
        BDictionary unsorted = (BDictionary) BencodeDecoder.lenient().decode(b("d1:b1:y1:ali1e1:xd1:qi-3eeee"));
        assertThat(decoded).isEqualTo(built).isEqualTo(unsorted);
        assertThat(built).isEqualTo(decoded);
        assertThat(decoded.hashCode()).isEqualTo(built.hashCode()).isEqualTo(unsorted.hashCode())
                .isEqualTo(((BDictionary) decoded).entries().hashCode());
        BList list = (BList) built.get("a").orElseThrow();
        assertThat(list.hashCode()).isEqualTo(list.values().hashCode());
        assertThat(list.toString()).isEqualTo("BList" + list.values());
        assertThat(decoded.toString()).isEqualTo("BDictionary" + ((BDictionary) decoded).entries())
                .isEqualTo("BDictionary{BString[a]=BList[BInteger[1], BString[x], BDictionary{BString[q]=BInteger[-3]}],"
                        + " BString[b]=BString[y]}");
        assertThat(decoded).isNotEqualTo(Bencode.decode(b("d1:ali1e1:xd1:qi-4eee1:b1:ye")))
                .isNotEqualTo(Bencode.decode(b("d1:ali1e1:xde1:qi-3ee1:b1:ye")))
                .isNotEqualTo(Bencode.decode(b("d1:ali1e1:xd1:qi-3eee1:c1:ye")));
    }
}
