package org.safeguarding.review.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A valid document's JSON after some mutations: the bytes, and what was done to them, for failure
 * messages and shrinking.
 *
 * @param json the mutated JSON
 * @param steps the mutations, in the order done
 */
public record Mutated(byte[] json, List<String> steps) {

  /** The longest part of the JSON a failure message shows. */
  private static final int SHOWN = 1_500;

  @Override
  public String toString() {
    return steps + "\n" + show(json);
  }

  /** The bytes as text, with bytes that are not UTF-8 shown as {@code \xNN}, cut if long. */
  static String show(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      StringBuilder escaped = new StringBuilder();
      for (byte b : bytes) {
        escaped.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xff));
      }
      text = escaped.toString();
    }
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "... (" + bytes.length + " bytes)" : text;
  }
}
