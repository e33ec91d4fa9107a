package dev.torrentctl.hashes.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
}
