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

  /**
   * The offset of the first byte that is not well-formed UTF-8, if the input is meant as UTF-8.
   * Only the runs of non-ASCII bytes are decoded: an ASCII byte is always a whole character, and it
   * can never continue a multi-byte one, so each run must be whole characters on its own.
   */
  static OptionalInt firstMalformed(byte[] bytes) {
    if (!isUtf8(bytes)) {
      return OptionalInt.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(256);
    int start = 0;
    while (true) {
      while (start < bytes.length && bytes[start] >= 0) {
        start++;
      }
      if (start == bytes.length) {
        return OptionalInt.empty();
      }
      int end = start + 1;
      while (end < bytes.length && bytes[end] < 0) {
        end++;
      }
      OptionalInt malformed = firstMalformed(decoder.reset(), ByteBuffer.wrap(bytes, start, end - start), out);
      if (malformed.isPresent()) {
        return malformed;
      }
      start = end;
    }
  }

  /** The offset in the whole input of the first malformed byte of one run, if any. */
  private static OptionalInt firstMalformed(CharsetDecoder decoder, ByteBuffer in, CharBuffer out) {
    while (true) {
      out.clear();
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return OptionalInt.of(in.position());
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
      }
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
