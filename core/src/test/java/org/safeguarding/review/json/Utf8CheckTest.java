package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Utf8Check} decodes only the runs of non-ASCII bytes; it must find the same first malformed
 * byte as decoding the whole input with the JDK's decoder does.
 */
class Utf8CheckTest {

  /** Bytes that make ASCII, whole characters of two to four bytes, and every kind of malformed input. */
  private static final byte[][] PIECES = {
    bytes("a"), bytes("{\"k\": 1}"), bytes("é"), bytes("–"), bytes("😀"),
    {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x80},
    {(byte) 0x80}, {(byte) 0xff}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
  };

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ASCII", "a café – “quoted” 😀", "é"})
  void wellFormedTextHasNoMalformedByte(String text) {
    assertThat(Utf8Check.firstMalformed(bytes(text))).isEmpty();
  }

  @Test
  void theOffsetIsInTheWholeInputAfterAsciiAndWholeCharacters() {
    byte[] input = concat(bytes("ab é c"), new byte[] {(byte) 0xc0, (byte) 0xaf}, bytes("d"));
    assertThat(Utf8Check.firstMalformed(input)).hasValue(7);
  }

  @Test
  void aCharacterCutShortByAnAsciiByteIsMalformedWhereItBegins() {
    byte[] input = concat(bytes("x"), new byte[] {(byte) 0xe2, (byte) 0x80}, bytes("y"));
    assertThat(Utf8Check.firstMalformed(input)).hasValue(1);
  }

  @Test
  void findsTheSameFirstMalformedByteAsDecodingTheWholeInput() {
    Gen<byte[]> inputs = SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, 12)
        .map(indexes -> concat(indexes.stream().map(index -> PIECES[index]).toArray(byte[][]::new)));
    qt().withExamples(2000).forAll(inputs).checkAssert(input ->
        assertThat(Utf8Check.firstMalformed(input)).isEqualTo(wholeDecode(input)));
  }

  /** The first malformed byte as the JDK's decoder finds it over the whole input at once. */
  private static OptionalInt wholeDecode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return OptionalInt.of(in.position());
    }
    return decoder.flush(out).isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
    for (byte[] part : parts) {
      all.put(part);
    }
    return all.array();
  }
}
