package org.safeguarding.review.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Finds bytes that are not well-formed UTF-8, which the parser lets through: overlong forms (such
 * as 0xC0 0xAF for '/' or 0xC0 0x80 for NUL), encoded surrogates, and values beyond U+10FFFF.
 * Input in UTF-16 or UTF-32, which the parser recognises by its byte order mark or its zero bytes,
 * is left to the parser.
 */
final class Utf8Check {

  private Utf8Check() {}

  /** The offset of the first byte that is not well-formed UTF-8, if the input is meant as UTF-8. */
  static OptionalInt firstMalformed(byte[] bytes) {
    if (!isUtf8(bytes)) {
      return OptionalInt.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return OptionalInt.of(in.position());
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
      }
      out.clear();
    }
  }

  /** UTF-8 unless a UTF-16 or UTF-32 byte order mark or a zero in the first four bytes says otherwise. */
  private static boolean isUtf8(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
