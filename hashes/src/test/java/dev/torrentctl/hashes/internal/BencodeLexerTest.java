package dev.torrentctl.hashes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.hashes.bencode.BencodeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The eight-bytes-at-a-time paths of the lexer against its byte-by-byte reference, on tokens of
 * every digit count from 0 to 21 (either side of the 8- and 16-digit words), with and without
 * sign, leading zeros and wrong terminators, at offsets that put them near the end of the input
 * and far from it.
 */
@DisplayName("BencodeLexer")
class BencodeLexerTest {
    private static final String[] TERMINATORS = {"e", ":", "x", "-", "/", ";", "\u00b9", "\u0000", ""};
    private static final String[] PADDING = {"", "e", "0:", "i1e", "abcdefgh", "0123456789abcdefghij", "9".repeat(24)};

    private static List<byte[]> cases(char opener) {
        Random random = new Random(42);
        List<byte[]> out = new ArrayList<>();
        for (int digits = 0; digits <= 21; digits++) {
            for (String sign : opener == 'i' ? new String[] {"", "-", "--"} : new String[] {""}) {
                for (String first : new String[] {"", "0", "1", "9"}) {
                    StringBuilder number = new StringBuilder(first);
                    while (number.length() < digits) {
                        number.append((char) ('0' + random.nextInt(10)));
                    }
                    for (String end : TERMINATORS) {
                        for (String pad : PADDING) {
                            String token = (opener == 'i' ? "i" : "") + sign + number.substring(0, Math.min(digits,
                                    number.length())) + end + pad;
                            out.add(token.getBytes(StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            }
        }
        out.add("i9223372036854775807e".getBytes(StandardCharsets.ISO_8859_1));
        out.add("i-9223372036854775808e0123456789".getBytes(StandardCharsets.ISO_8859_1));
        out.add("i9999999999999999e0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1));
        return out;
    }

    /** The same value or the same error (offset and message) from both ways. */
    private static void assertAgree(byte[] token, Supplier<Object> fast, Supplier<Object> reference) {
        Object expected;
        try {
            expected = reference.get();
        } catch (BencodeException e) {
            expected = e.offset() + ": " + e.getMessage();
        }
        Object actual;
        try {
            actual = fast.get();
        } catch (BencodeException e) {
            actual = e.offset() + ": " + e.getMessage();
        }
        assertThat(actual).as(new String(token, StandardCharsets.ISO_8859_1)).isEqualTo(expected);
    }

    @Test
    @DisplayName("reads integers as the byte-by-byte reference does, in strict and lenient mode")
    void integersAgreeWithTheReference() {
        int checked = 0;
        for (byte[] token : cases('i')) {
            for (boolean strict : new boolean[] {true, false}) {
                assertAgree(token, () -> BencodeLexer.integer(token, 0, strict),
                        () -> BencodeLexer.integerBytewise(token, 0, strict));
                assertAgree(token, () -> BencodeLexer.skipInteger(token, 0, strict), () -> {
                    BencodeLexer.integerBytewise(token, 0, strict);
                    return referenceIntegerEnd(token);
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    @DisplayName("finds where an accepted integer ends")
    void integerEndAgreesWithTheReference() {
        for (byte[] token : cases('i')) {
            try {
                BencodeLexer.integerBytewise(token, 0, false);
            } catch (BencodeException e) {
                continue;
            }
            assertThat(BencodeLexer.integerEnd(token, 0)).isEqualTo(referenceIntegerEnd(token));
        }
    }

    @Test
    @DisplayName("reads string headers as the byte-by-byte reference does, in strict and lenient mode")
    void stringHeadersAgreeWithTheReference() {
        int checked = 0;
        for (byte[] token : cases('0')) {
            for (boolean strict : new boolean[] {true, false}) {
                assertAgree(token, () -> BencodeLexer.stringHeader(token, 0, strict),
                        () -> BencodeLexer.stringHeaderBytewise(token, 0, strict));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    private static int referenceIntegerEnd(byte[] token) {
        int p = 1;
        while (token[p] != 'e') {
            p++;
        }
        return p + 1;
    }
}
