package org.safeguarding.review.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

/**
 * Finds in a token stream what {@link TreeCheck} finds in the tree of the same JSON, in the order
 * it finds them: arrays longer than the limit, nesting deeper than the limit, and text or property
 * names with an unpaired surrogate. {@link TreeCheck} gives a container's own texts first, then its
 * containers last first, and does not enter a container that breaks a limit; here each container's
 * issues are gathered as its tokens come and put in that order at its end, when its length is known.
 * For the one pass, whose report on such a document is these issues alone, as the tree's path's is.
 */
final class TokenTreeCheck {

  /** A container being read: where it is, its own texts' issues, and the issues of each container inside it, in order. */
  private static final class Open {
    private final Pointer pointer;
    private final boolean array;
    private final int depth;
    private final List<ValidationIssue> texts = new ArrayList<>();
    private final List<List<ValidationIssue>> containers = new ArrayList<>();
    private int items;

    Open(Pointer pointer, boolean array, int depth) {
      this.pointer = pointer;
      this.array = array;
      this.depth = depth;
    }

    /** The issues of this container, in {@link TreeCheck}'s order: its texts, then its containers last first. */
    List<ValidationIssue> issues(ReadLimits limits) {
      if (array && items > limits.get(ReadLimit.ARRAY_LENGTH)) {
        return List.of(LimitIssues.broken(ReadLimit.ARRAY_LENGTH, pointer, limits));
      }
      List<ValidationIssue> issues = new ArrayList<>(texts);
      for (int i = containers.size() - 1; i >= 0; i--) {
        issues.addAll(containers.get(i));
      }
      return issues;
    }
  }

  private TokenTreeCheck() {}

  /**
   * {@return the issues of the JSON object at the parser's next token, to its end} Numbers are
   * read by {@code values} as the tree's reader reads them, so that a number it cannot read fails
   * here too; Jackson's own failures are thrown.
   */
  static List<ValidationIssue> check(JsonParser parser, ObjectReader values, ReadLimits limits) {
    Deque<Open> open = new ArrayDeque<>();
    List<ValidationIssue> found = List.of();
    String name = null;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      Open parent = open.peek();
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        List<ValidationIssue> issues = open.pop().issues(limits);
        if (open.isEmpty()) {
          found = issues;
          break;
        }
        open.peek().containers.add(issues);
        continue;
      }
      if (token == JsonToken.PROPERTY_NAME) {
        name = parser.currentName();
        if (TreeCheck.hasUnpairedSurrogate(name)) {
          parent.texts.add(TreeCheck.unpaired(parent.pointer.property(name), "the property's name"));
          parser.nextToken();
          parser.skipChildren();
        }
        continue;
      }
      Pointer pointer = parent == null ? Pointer.root() : parent.array ? parent.pointer.index(parent.items++) : parent.pointer.property(name);
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        int depth = parent == null ? 1 : parent.depth + 1;
        if (depth > limits.get(ReadLimit.NESTING_DEPTH)) {
          parent.containers.add(List.of(LimitIssues.broken(ReadLimit.NESTING_DEPTH, pointer, limits)));
          parser.skipChildren();
        } else {
          open.push(new Open(pointer, token == JsonToken.START_ARRAY, depth));
        }
      } else if (token == JsonToken.VALUE_STRING && TreeCheck.hasUnpairedSurrogate(parser.getString())) {
        parent.texts.add(TreeCheck.unpaired(pointer, "the text"));
      } else if (token.isNumeric()) {
        values.readTree(parser);
      }
    }
    return found;
  }
}
